"""Hours a club records by address: the form's checks, the volunteer's mail with the signed
link, confirming or declining by that link (GET only asks), forged and expired links, and that
only confirmed hours count."""

import datetime
import re
from decimal import Decimal

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from clubs.hours import certificates
from clubs.hours.models import HoursRecord
from clubs.hours.recording import CONFIRM_LINK_DAYS, confirm_token
from tests.clubs.hours_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.hours_setup import VOLUNTEER, hours_record, page_text
from tests.clubs.shifts_club_setup import en_url

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 4, 15)


def record_url(club):
    return en_url("club_hours_record", club.pk)


def entries(**changes):
    data = {
        "name": "Anna Beispiel",
        "email": "Anna@Example.org",
        "activity": "Jugendtraining",
        "starts_on": "2026-01-01",
        "ends_on": "2026-03-31",
        "hours": "24",
    }
    data.update(changes)
    return data


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel(
        datetime.datetime(2026, 4, 15, 10, 0, tzinfo=datetime.UTC), tick=False
    ):
        yield


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def send(url, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {})

    return send


def link_in(message):
    return re.search(r"https?://\S+/stunden/bestaetigen/\S+/", message.body).group(0)


class TestRecording:
    def test_records_unconfirmed_hours_and_mails_the_volunteer_a_link(
        self, client, post, representative, club
    ):
        client.force_login(representative)

        response = post(record_url(club), entries())

        assert response.status_code == 302
        assert response["Location"] == en_url("club_hours", club.pk)
        record = HoursRecord.objects.get()
        assert record.email == "anna@example.org"
        assert record.hours == Decimal(24)
        assert record.source == HoursRecord.Source.RECORDED
        assert record.recorded_by == representative
        assert record.volunteer_confirmed_at is None
        (message,) = mail.outbox
        assert message.to == ["anna@example.org"]
        assert "Jugendtraining" in message.body
        assert confirm_token(record) in link_in(message)

    @pytest.mark.parametrize(
        ("changes", "field", "message"),
        [
            ({"ends_on": "2026-04-16"}, "ends_on", "once they are done"),
            (
                {"starts_on": "2026-05-01", "ends_on": "2026-05-02"},
                "starts_on",
                "once they are done",
            ),
            ({"starts_on": "2026-03-01", "ends_on": "2026-02-01"}, "ends_on", "cannot end before"),
            ({"hours": "0.2"}, "hours", "at least"),
            ({"hours": "2000.25"}, "hours", "at most"),
            ({"hours": "viel"}, "hours", "as a number"),
            ({"email": "anna"}, "email", "valid email address"),
            ({"name": "  "}, "name", "volunteer's name"),
            ({"activity": ""}, "activity", "what the volunteer did"),
        ],
    )
    def test_refuses_wrong_entries_with_a_clear_message(
        self, client, post, representative, club, changes, field, message
    ):
        client.force_login(representative)

        response = post(record_url(club), entries(**changes))

        assert response.status_code == 200
        assert message in " ".join(response.context["form"].errors[field])
        assert not HoursRecord.objects.exists()
        assert mail.outbox == []

    def test_a_double_click_records_once(self, client, post, representative, club):
        client.force_login(representative)
        data = entries(submission_token="record-token-0123456789")

        post(record_url(club), data)
        post(record_url(club), data)

        assert HoursRecord.objects.count() == 1
        assert len(mail.outbox) == 1

    def test_another_clubs_representative_gets_404(self, client, post, other_representative, club):
        client.force_login(other_representative)

        assert client.get(record_url(club)).status_code == 404
        assert post(record_url(club), entries()).status_code == 404
        assert client.get(en_url("club_hours", club.pk)).status_code == 404
        assert not HoursRecord.objects.exists()


class TestTheClubsList:
    def test_lists_the_clubs_records_by_year_and_not_another_clubs(
        self, client, representative, club, other_club
    ):
        hours_record(club, activity="Jugendtraining")
        hours_record(
            club,
            activity="Altes Training",
            starts_on=datetime.date(2025, 3, 1),
            ends_on=datetime.date(2025, 3, 1),
        )
        hours_record(other_club, activity="Feuerwehrübung")
        client.force_login(representative)

        everything = page_text(client.get(en_url("club_hours", club.pk)))
        of_2025 = page_text(client.get(en_url("club_hours", club.pk) + "?year=2025"))
        nonsense = client.get(en_url("club_hours", club.pk) + "?year=abc&page=x")

        assert "Jugendtraining" in everything
        assert "Altes Training" in everything
        assert "Feuerwehrübung" not in everything
        assert "Altes Training" in of_2025
        assert "Jugendtraining" not in of_2025
        assert nonsense.status_code == 200

    def test_says_which_records_wait_for_the_volunteer(self, client, representative, club):
        hours_record(club, confirmed=False)
        client.force_login(representative)

        assert "waiting for the volunteer's confirmation" in page_text(
            client.get(en_url("club_hours", club.pk))
        )


class TestTheLink:
    def test_get_only_asks(self, client, club):
        record = hours_record(club, confirmed=False)

        response = client.get(en_url("hours_confirm", confirm_token(record)))

        assert response.status_code == 200
        assert "Is this right?" in page_text(response)
        assert "Confirm hours" in page_text(response)
        assert "private" in response["Cache-Control"]
        record.refresh_from_db()
        assert record.volunteer_confirmed_at is None

    def test_confirm_makes_the_hours_count(self, client, post, club):
        record = hours_record(club, confirmed=False)
        assert certificates.issue(VOLUNTEER, "Anna", None, "de") is None

        response = post(en_url("hours_confirm", confirm_token(record)), {"action": "confirm"})
        again = post(en_url("hours_confirm", confirm_token(record)), {"action": "confirm"})

        assert response.status_code == again.status_code == 200
        record.refresh_from_db()
        assert record.volunteer_confirmed_at == timezone.now()
        assert certificates.issue(VOLUNTEER, "Anna", None, "de").statement["total_hours"] == "24.00"

    def test_not_right_deletes_the_hours_and_tells_the_club(self, client, post, club):
        club.contact_email = "vorstand@sv-lindau.example"
        club.save()
        record = hours_record(club, confirmed=False)

        response = post(en_url("hours_confirm", confirm_token(record)), {"action": "decline"})
        again = post(en_url("hours_confirm", confirm_token(record)), {"action": "decline"})

        assert response.status_code == 200
        assert again.status_code == 404
        assert not HoursRecord.objects.exists()
        (message,) = mail.outbox
        assert "vorstand@sv-lindau.example" in message.to
        assert "Jugendtraining" in message.body

    def test_confirmed_hours_cannot_be_declined_by_the_link(self, client, post, club):
        record = hours_record(club, confirmed=True)

        post(en_url("hours_confirm", confirm_token(record)), {"action": "decline"})

        assert HoursRecord.objects.filter(pk=record.pk).exists()

    @pytest.mark.parametrize("token", ["x", "abc:def:ghi", "00000000-0000-0000-0000-000000000000"])
    def test_a_forged_link_changes_nothing(self, client, post, club, token):
        record = hours_record(club, confirmed=False)

        response = post(en_url("hours_confirm", token), {"action": "confirm"})

        assert response.status_code == 404
        record.refresh_from_db()
        assert record.volunteer_confirmed_at is None

    def test_a_link_with_another_records_reference_is_refused(self, client, post, club):
        record = hours_record(club, confirmed=False)
        other = hours_record(club, email="bodo@example.org", confirmed=False)
        forged = confirm_token(record).replace(str(record.reference), str(other.reference))

        response = post(en_url("hours_confirm", forged), {"action": "confirm"})

        assert response.status_code == 404
        other.refresh_from_db()
        assert other.volunteer_confirmed_at is None

    def test_an_expired_link_points_to_mein_engagement(self, client, post, club):
        record = hours_record(club, confirmed=False)
        token = confirm_token(record)

        with time_machine.travel(timezone.now() + datetime.timedelta(days=CONFIRM_LINK_DAYS + 1)):
            response = post(en_url("hours_confirm", token), {"action": "confirm"})

        assert response.status_code == 410
        assert "expired" in page_text(response)
        record.refresh_from_db()
        assert record.volunteer_confirmed_at is None
