"""Participation certificates print every name as it is written: the PDF embeds a Unicode
font instead of folding letters to Latin-1."""

import io

import pytest
from pypdf import PdfReader

from home.events.certificates import certificate_pdf
from home.models import EventPage
from tests.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_page):
    return EventPageFactory(
        parent=EventIndexPageFactory(parent=home_page),
        title="Zertifikatskurs Vereinsmanagement",
        kind=EventPage.Kind.CERTIFICATE_COURSE,
        sessions_in=(7,),
    )


@pytest.mark.parametrize("name", ["Łukasz Wąsik", "Ayşe Yıldız", "Олена Шевченко", "Jürgen Groß"])
def test_names_print_unchanged(course, name):
    registration = RegistrationFactory(event=course, name=name, organisation="Związek Ævar")
    registration.attended_sessions.set(course.sessions.all())

    pdf = certificate_pdf(registration, "Engagementportal Musterland")

    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert name in text
    assert "Związek Ævar" in text


def test_the_font_is_embedded(course):
    registration = RegistrationFactory(event=course, name="Олена")

    pdf = certificate_pdf(registration, "Engagementportal")

    fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    names = [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
    assert any("FiraSans" in name for name in names)
