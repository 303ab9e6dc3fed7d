"""The volunteer's side in Mein Engagement: confirmed hours per club and year, hours waiting
for confirmation, creating an Engagementnachweis and downloading its PDF, with any letters in
the name, the hours, the code and a QR code of the verification page."""

import datetime
import io
from decimal import Decimal

import pytest
import qrcode
from django.core import mail
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from pypdf import PdfReader

from clubs.hours.area import area_context
from clubs.hours.certificates import CODE_ALPHABET
from clubs.hours.models import EngagementCertificate, HoursRecord
from tests.clubs.hours_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.hours_setup import VOLUNTEER, hours_record, open_area, page_text, pdf_text
from tests.clubs.shifts_club_setup import en_url

pytestmark = pytest.mark.django_db


def de(text):
    with translation.override("de"):
        return translation.gettext(text)


def section(email=VOLUNTEER):
    with translation.override("en"):
        return " ".join(
            render_to_string("clubs/hours/area_section.html", area_context(email)).split()
        )


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def send(url, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {})

    return send


def create(post, year="", name="Anna Beispiel", token=None):
    data = {"year": year, "name": name}
    if token:
        data["submission_token"] = token
    return post(en_url("engagement_certificate_create"), data)


class TestTheSection:
    def test_sums_confirmed_hours_per_club_and_year(self, club, other_club):
        hours_record(club, hours=Decimal(24))
        hours_record(
            club,
            hours=Decimal("1.5"),
            starts_on=datetime.date(2026, 5, 1),
            ends_on=datetime.date(2026, 5, 1),
        )
        hours_record(
            other_club,
            hours=Decimal(3),
            starts_on=datetime.date(2025, 7, 1),
            ends_on=datetime.date(2025, 7, 1),
        )
        hours_record(club, hours=Decimal(100), confirmed=False, activity="Unbestätigt")
        hours_record(club, email="bodo@example.org", hours=Decimal(50))

        context = area_context(VOLUNTEER)

        assert context["hours_by_year"] == [
            (2026, [("Sportverein Lindau", Decimal("25.5"))], Decimal("25.5")),
            (2025, [("Feuerwehr Südheim", Decimal(3))], Decimal(3)),
        ]
        assert [record.activity for record in context["hours_waiting"]] == ["Unbestätigt"]
        text = section()
        assert "25.50 hours" in text
        assert "Waiting for your confirmation" in text

    def test_empty_states(self, db):
        text = section("niemand@example.org")

        assert "No confirmed hours yet" in text
        assert "Once you have confirmed hours" in text
        assert "Create Engagementnachweis" not in text

    def test_the_form_offers_the_years_and_only_the_names_the_clubs_confirmed(
        self, club, other_club
    ):
        hours_record(club, name="Ayşe Yıldız")
        hours_record(other_club, name="Ayse Yildiz")
        hours_record(club, name="Nicht Bestätigt", confirmed=False)

        form = area_context(VOLUNTEER)["certificate_form"]

        names = sorted(value for value, _label in form.fields["name"].choices)
        assert names == ["Ayse Yildiz", "Ayşe Yıldız"]
        assert [value for value, _label in form.fields["year"].choices] == ["", 2026]


class TestAnsweringInTheArea:
    def test_confirms_own_waiting_hours(self, client, post, club):
        record = hours_record(club, confirmed=False)
        open_area(client)

        response = post(en_url("hours_answer", record.pk), {"action": "confirm"})

        assert response.status_code == 302
        record.refresh_from_db()
        assert record.volunteer_confirmed_at is not None

    def test_declining_deletes_and_tells_the_club(self, client, post, club):
        club.contact_email = "vorstand@sv-lindau.example"
        club.save()
        record = hours_record(club, confirmed=False)
        open_area(client)

        post(en_url("hours_answer", record.pk), {"action": "decline"})

        assert not HoursRecord.objects.exists()
        assert mail.outbox[0].to == ["vorstand@sv-lindau.example"]

    def test_another_persons_hours_answer_404(self, client, post, club):
        record = hours_record(club, email="bodo@example.org", confirmed=False)
        open_area(client)

        response = post(en_url("hours_answer", record.pk), {"action": "confirm"})

        assert response.status_code == 404
        record.refresh_from_db()
        assert record.volunteer_confirmed_at is None

    def test_without_an_open_area_nothing_happens(self, client, post, club):
        record = hours_record(club, confirmed=False)

        response = post(en_url("hours_answer", record.pk), {"action": "confirm"})

        assert response.status_code == 302
        record.refresh_from_db()
        assert record.volunteer_confirmed_at is None


class TestCreating:
    def test_freezes_what_it_states_with_a_readable_code(self, client, post, club, other_club):
        hours_record(club, hours=Decimal(24))
        hours_record(
            other_club,
            activity="Übung",
            hours=Decimal("2.5"),
            starts_on=datetime.date(2026, 2, 3),
            ends_on=datetime.date(2026, 2, 3),
        )
        hours_record(club, hours=Decimal(9), confirmed=False)
        open_area(client)

        response = create(post, name="Anna Beispiel")

        assert response.status_code == 302
        certificate = EngagementCertificate.objects.get()
        assert certificate.email == VOLUNTEER
        letters = certificate.code.replace("-", "")
        assert len(letters) == 12
        assert set(letters) <= set(CODE_ALPHABET)
        assert certificate.code[4] == certificate.code[9] == "-"
        assert certificate.statement == {
            "name": "Anna Beispiel",
            "year": None,
            "clubs": ["Feuerwehr Südheim", "Sportverein Lindau"],
            "entries": [
                {
                    "club": "Feuerwehr Südheim",
                    "activity": "Übung",
                    "starts_on": "2026-02-03",
                    "ends_on": "2026-02-03",
                    "hours": "2.50",
                },
                {
                    "club": "Sportverein Lindau",
                    "activity": "Jugendtraining",
                    "starts_on": "2026-01-01",
                    "ends_on": "2026-03-31",
                    "hours": "24.00",
                },
            ],
            "total_hours": "26.50",
        }

    def test_a_name_no_club_confirmed_is_refused(self, client, post, club):
        hours_record(club)
        open_area(client)

        response = create(post, name="Jemand Anderes")

        assert response.status_code == 302
        assert not EngagementCertificate.objects.exists()

    def test_one_year_only(self, client, post, club):
        hours_record(
            club,
            starts_on=datetime.date(2025, 5, 1),
            ends_on=datetime.date(2025, 5, 2),
            hours=Decimal(5),
        )
        hours_record(club)
        open_area(client)

        create(post, year="2025")

        statement = EngagementCertificate.objects.get().statement
        assert statement["year"] == 2025
        assert statement["total_hours"] == "5.00"

    def test_nothing_to_certify_says_so(self, client, post, club):
        hours_record(club, confirmed=False)
        open_area(client)

        response = create(post)

        assert response.status_code == 302
        assert not EngagementCertificate.objects.exists()

    def test_a_double_click_makes_one_certificate(self, client, post, club):
        hours_record(club)
        open_area(client)

        create(post, token="certificate-token-0123456789")
        create(post, token="certificate-token-0123456789")
        create(post)

        assert EngagementCertificate.objects.count() == 1

    def test_needs_an_open_area(self, client, post, club):
        hours_record(club)

        response = create(post)

        assert response.status_code == 302
        assert not EngagementCertificate.objects.exists()


@pytest.fixture
def certificate(client, post, club, other_club):
    hours_record(club, name="Łukasz Ayşe Yıldız Олена", hours=Decimal(24))
    hours_record(
        other_club,
        activity="Erste Hilfe",
        hours=Decimal("1.25"),
        starts_on=datetime.date(2026, 2, 3),
        ends_on=datetime.date(2026, 2, 3),
    )
    open_area(client)
    create(post, name="Łukasz Ayşe Yıldız Олена")
    return EngagementCertificate.objects.get()


class TestThePdf:
    def test_prints_every_name_hours_clubs_and_the_code(self, client, certificate):
        with translation.override("en"):
            response = client.get(en_url("engagement_certificate_download", certificate.pk))

        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert "private" in response["Cache-Control"]
        text = pdf_text(response.content)
        assert "Łukasz Ayşe Yıldız Олена" in text
        assert "Engagement certificate" in text
        assert "Sportverein Lindau" in text
        assert "Feuerwehr Südheim" in text
        assert "Jugendtraining" in text
        assert "Erste Hilfe" in text
        assert "24 hours" in text
        assert "1.25 hours" in text
        assert "25.25 hours" in text
        assert certificate.code in text
        with translation.override("en"):
            issued = formats.date_format(timezone.localdate(), "SHORT_DATE_FORMAT")
        assert f"Issued on {issued}" in text

    def test_in_german_by_default(self, client, certificate):
        certificate.language = "de"
        certificate.save()

        text = pdf_text(
            client.get(en_url("engagement_certificate_download", certificate.pk)).content
        )

        assert de("Engagement certificate") in text
        assert "1,25" in text

    def test_the_qr_code_is_the_verification_pages_address(self, client, certificate):
        response = client.get(en_url("engagement_certificate_download", certificate.pk))

        reader = PdfReader(io.BytesIO(response.content))
        url = f"http://testserver{en_url('engagement_certificate_verify_code', certificate.code)}"
        assert reader.metadata.subject == url
        assert url in pdf_text(response.content).replace("\n", "")
        (embedded,) = reader.pages[0].images
        expected = qrcode.make(url, border=2).get_image().convert("L")
        assert embedded.image.convert("L").size == expected.size
        assert embedded.image.convert("L").tobytes() == expected.tobytes()

    def test_only_the_owner_downloads_it(self, client, certificate):
        url = en_url("engagement_certificate_download", certificate.pk)
        open_area(client, "bodo@example.org")

        assert client.get(url).status_code == 404

    def test_a_revoked_certificate_is_no_longer_offered(self, client, certificate):
        certificate.revoked_at = timezone.now()
        certificate.revoked_reason = "Falsche Stunden"
        certificate.save()

        assert (
            client.get(en_url("engagement_certificate_download", certificate.pk)).status_code == 404
        )
        text = section()
        assert "revoked on" in text
        assert "Falsche Stunden" in text


class TestWithdrawing:
    def test_the_holder_withdraws_it_and_its_code_then_says_so(self, client, post, certificate):
        response = post(en_url("engagement_certificate_withdraw", certificate.pk))
        again = post(en_url("engagement_certificate_withdraw", certificate.pk))

        assert response.status_code == again.status_code == 302
        certificate.refresh_from_db()
        assert certificate.revoked_at is not None
        assert certificate.revoked_by is None
        verification = client.get(f"/nachweis/{certificate.code}/")
        with translation.override(certificate.language):
            reason = translation.gettext("Withdrawn by the person it was issued to.")
        assert certificate.revoked_reason == reason
        assert reason in page_text(verification)
        assert (
            client.get(en_url("engagement_certificate_download", certificate.pk)).status_code == 404
        )

    def test_nobody_withdraws_another_persons_certificate(self, client, post, certificate):
        open_area(client, "bodo@example.org")

        response = post(en_url("engagement_certificate_withdraw", certificate.pk))

        assert response.status_code == 404
        certificate.refresh_from_db()
        assert certificate.revoked_at is None
