"""After a shift, the club says who came: everybody ticked by default, no-shows unticked, the
hours prefilled with the shift's length. Saving again changes the records, a double click saves
once, and no other club gets at the shift."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail

from clubs.hours.models import HoursRecord
from clubs.models import Shift
from tests.clubs.hours_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.hours_setup import page_text
from tests.clubs.shifts_club_setup import en_url, in_days
from tests.factories import ShiftFactory, ShiftSignupFactory

pytestmark = pytest.mark.django_db


def attendance_url(club, shift):
    return en_url("club_shift_attendance", club.pk, shift.pk)


def answers(helpers, came=None, hours=None, token=None):
    """Form data: `came` the helpers ticked (default: all), `hours` per helper (default 3)."""
    came = helpers if came is None else came
    data = {f"hours_{helper.pk}": (hours or {}).get(helper.pk, "3") for helper in helpers}
    data.update({f"came_{helper.pk}": "on" for helper in came})
    if token:
        data["submission_token"] = token
    return data


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def send(url, data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return send


class TestTheForm:
    def test_everybody_is_ticked_with_the_shifts_length(
        self, client, representative, club, ended_shift, helpers
    ):
        client.force_login(representative)

        response = client.get(attendance_url(club, ended_shift))

        assert response.status_code == 200
        form = response.context["form"]
        for helper in helpers:
            assert form[f"came_{helper.pk}"].value() is True
            assert form[f"hours_{helper.pk}"].value() == Decimal(3)
        assert "Confirm attendance" in page_text(response)
        assert "Łukasz Nowak" in page_text(response)

    def test_cancelled_helpers_are_not_listed(
        self, client, representative, club, ended_shift, helpers
    ):
        cancelled = ShiftSignupFactory(
            shift=ended_shift,
            name="Abgesagt Person",
            cancelled_at=datetime.datetime.now(datetime.UTC),
        )
        client.force_login(representative)

        response = client.get(attendance_url(club, ended_shift))

        assert f"came_{cancelled.pk}" not in response.context["form"].fields

    def test_a_shift_that_has_not_ended_cannot_be_confirmed(
        self, client, post, representative, club, offer
    ):
        coming = ShiftFactory(opportunity=offer, date=in_days(2))
        helper = ShiftSignupFactory(shift=coming)
        client.force_login(representative)

        response = post(attendance_url(club, coming), answers([helper]))

        assert response.status_code == 200
        assert "once the shift has ended" in page_text(response)
        assert not HoursRecord.objects.exists()


class TestSaving:
    def test_ticked_helpers_get_confirmed_hours_and_a_mail(
        self, client, post, representative, club, offer, ended_shift, helpers
    ):
        client.force_login(representative)

        response = post(attendance_url(club, ended_shift), answers(helpers[:2]))

        assert response.status_code == 302
        assert response["Location"] == en_url("club_offer_shifts", club.pk, offer.pk)
        records = {record.email: record for record in HoursRecord.objects.all()}
        assert set(records) == {"anna@example.org", "lukasz@example.org"}
        anna = records["anna@example.org"]
        assert anna.hours == Decimal(3)
        assert anna.source == HoursRecord.Source.SHIFT
        assert anna.club == club
        assert anna.club_name == "Sportverein Lindau"
        assert anna.activity == "Sommerfest – Kuchenstand"
        assert anna.starts_on == anna.ends_on == ended_shift.date
        assert anna.volunteer_confirmed_at is not None
        assert anna.signup == helpers[0]
        ended_shift.refresh_from_db()
        assert ended_shift.attendance_confirmed_at is not None
        assert sorted(message.to[0] for message in mail.outbox) == [
            "anna@example.org",
            "lukasz@example.org",
        ]
        assert "/mein-engagement/" in mail.outbox[0].body

    def test_the_hours_per_person_can_be_changed(
        self, client, post, representative, club, ended_shift, helpers
    ):
        client.force_login(representative)

        post(attendance_url(club, ended_shift), answers(helpers, hours={helpers[1].pk: "1.5"}))

        assert HoursRecord.objects.get(signup=helpers[1]).hours == Decimal("1.5")

    @pytest.mark.parametrize("hours", ["0", "0,1", "24,5", "abc", ""])
    def test_hours_outside_a_quarter_to_24_are_refused(
        self, client, post, representative, club, ended_shift, helpers, hours
    ):
        client.force_login(representative)

        response = post(
            attendance_url(club, ended_shift), answers(helpers, hours={helpers[0].pk: hours})
        )

        assert response.status_code == 200
        assert response.context["form"].errors
        assert not HoursRecord.objects.exists()

    def test_a_no_shows_hours_field_is_ignored(
        self, client, post, representative, club, ended_shift, helpers
    ):
        client.force_login(representative)

        response = post(
            attendance_url(club, ended_shift),
            answers(helpers, came=helpers[1:], hours={helpers[0].pk: "x"}),
        )

        assert response.status_code == 302
        assert not HoursRecord.objects.filter(signup=helpers[0]).exists()

    def test_changing_it_later_updates_and_removes_records_without_new_mails(
        self, client, post, representative, club, ended_shift, helpers
    ):
        client.force_login(representative)
        post(attendance_url(club, ended_shift), answers(helpers))
        mail.outbox.clear()

        post(attendance_url(club, ended_shift), answers(helpers[1:], hours={helpers[1].pk: "2"}))

        assert not HoursRecord.objects.filter(signup=helpers[0]).exists()
        assert HoursRecord.objects.get(signup=helpers[1]).hours == Decimal(2)
        assert HoursRecord.objects.count() == 2
        assert mail.outbox == []

    def test_the_form_shows_what_was_saved(
        self, client, post, representative, club, ended_shift, helpers
    ):
        client.force_login(representative)
        post(attendance_url(club, ended_shift), answers(helpers[1:], hours={helpers[1].pk: "2"}))

        form = client.get(attendance_url(club, ended_shift)).context["form"]

        assert form[f"came_{helpers[0].pk}"].value() is False
        assert form[f"hours_{helpers[1].pk}"].value() == Decimal(2)

    def test_a_double_click_saves_once_and_mails_once(
        self, client, post, representative, club, ended_shift, helpers
    ):
        client.force_login(representative)
        data = answers(helpers, token="attendance-token-0123456789")

        first = post(attendance_url(club, ended_shift), data)
        second = post(attendance_url(club, ended_shift), data)

        assert first.status_code == second.status_code == 302
        assert HoursRecord.objects.count() == 3
        assert len(mail.outbox) == 3

    def test_the_shifts_page_links_past_shifts_to_the_attendance(
        self, client, post, representative, club, offer, ended_shift, helpers
    ):
        client.force_login(representative)
        url = en_url("club_offer_shifts", club.pk, offer.pk)

        before = client.get(url).content.decode()
        post(attendance_url(club, ended_shift), answers(helpers))
        after = client.get(url).content.decode()

        assert attendance_url(club, ended_shift) in before
        assert "Confirm attendance" in before
        assert "Change attendance" in after


class TestOtherClubs:
    def test_another_clubs_representative_gets_404(
        self, client, post, other_representative, club, other_club, ended_shift, helpers
    ):
        client.force_login(other_representative)

        assert client.get(attendance_url(club, ended_shift)).status_code == 404
        assert client.get(attendance_url(other_club, ended_shift)).status_code == 404
        assert post(attendance_url(other_club, ended_shift), answers(helpers)).status_code == 404
        assert not HoursRecord.objects.exists()
        assert Shift.objects.get(pk=ended_shift.pk).attendance_confirmed_at is None

    def test_anonymous_visitors_are_sent_to_the_login(self, client, club, ended_shift):
        response = client.get(attendance_url(club, ended_shift))

        assert response.status_code == 302
        assert "login" in response["Location"] or "anmelden" in response["Location"]
