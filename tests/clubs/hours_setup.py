"""The world of the hours tests: the two clubs with an offer each from the shift tests, a shift
that has ended with three helpers, a volunteer's open "Mein Engagement", and helpers to read
mails and PDFs."""

import datetime
import io
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from pypdf import PdfReader

from clubs.hours.models import HoursRecord
from clubs.volunteer_area.access import SESSION_KEY, create_link, link_for_token
from tests.clubs.shifts_club_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.shifts_club_setup import in_days
from tests.factories import ShiftFactory, ShiftSignupFactory

VOLUNTEER = "anna@example.org"


@pytest.fixture
def ended_shift(offer):
    """Three days ago, 14–17 h: three hours per helper by default."""
    return ShiftFactory(opportunity=offer, date=in_days(-3), task="Kuchenstand")


@pytest.fixture
def helpers(ended_shift):
    return [
        ShiftSignupFactory(shift=ended_shift, name="Anna Beispiel", email="Anna@Example.org"),
        ShiftSignupFactory(shift=ended_shift, name="Łukasz Nowak", email="lukasz@example.org"),
        ShiftSignupFactory(shift=ended_shift, name="Олена Шевченко", email="olena@example.org"),
    ]


def open_area(client, email=VOLUNTEER):
    """Open Mein Engagement for `email` in this client, as the mailed link does."""
    link = link_for_token(create_link(email))
    session = client.session
    session[SESSION_KEY] = link.pk
    session.save()


def hours_record(club, email=VOLUNTEER, confirmed=True, **fields):
    values = {
        "source": HoursRecord.Source.RECORDED,
        "club": club,
        "club_name": club.title,
        "name": "Anna Beispiel",
        "email": email,
        "activity": "Jugendtraining",
        "starts_on": datetime.date(2026, 1, 1),
        "ends_on": datetime.date(2026, 3, 31),
        "hours": Decimal(24),
        "volunteer_confirmed_at": timezone.now() if confirmed else None,
    }
    values.update(fields)
    return HoursRecord.objects.create(**values)


def page_text(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def pdf_text(content):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
