"""A club's shifts in "Mein Bereich": the list with sign-ups, adding, changing and deleting
shifts, cancelling a sign-up, and that no other club gets at any of it."""

import datetime

import pytest

from clubs.models import OpportunityPage, Shift, ShiftSignup
from tests.clubs.shifts_club_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.shifts_club_setup import en_url, in_days
from tests.factories import ShiftFactory, ShiftSignupFactory, UserFactory
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db


def shifts_url(club, offer):
    return en_url("club_offer_shifts", club.pk, offer.pk)


def shift_data(**changes):
    data = {
        "shift-date": in_days(10).isoformat(),
        "shift-starts_at": "10:00",
        "shift-ends_at": "13:00",
        "shift-helpers_needed": "4",
        "shift-task": "Aufbau",
        "shift-place_note": "",
    }
    data.update(changes)
    return data


def plain(data):
    return {key.removeprefix("shift-"): value for key, value in data.items()}


class TestShiftsPage:
    def test_shows_the_places_taken_and_each_sign_up(
        self, client, representative, club, offer, signups
    ):
        client.force_login(representative)

        response = client.get(shifts_url(club, offer))

        body = response.content.decode()
        assert "3 of 4 places taken" in body
        for signup in signups:
            assert signup.name in body
            assert signup.email in body
        assert "0461 12345" in body
        assert en_url("club_signup_cancel", club.pk, signups[0].pk) in body

    def test_past_shifts_are_collapsed_below_the_upcoming_ones(
        self, client, representative, club, offer
    ):
        ShiftFactory(opportunity=offer, date=in_days(-3), task="Abbau vom Vorjahr")
        ShiftFactory(opportunity=offer, date=in_days(3), task="Aufbau")
        client.force_login(representative)

        body = client.get(shifts_url(club, offer)).content.decode()

        past = body.index("Past shifts")
        assert body.index("Aufbau") < past < body.index("Abbau vom Vorjahr")

    def test_a_regular_offer_says_that_shifts_are_for_one_off_offers(
        self, client, representative, club, offer
    ):
        OpportunityPage.objects.filter(pk=offer.pk).update(commitment="regular")
        client.force_login(representative)

        response = client.post(shifts_url(club, offer), shift_data())

        assert "Shifts exist for one-off and short-term offers" in response.content.decode()
        assert not Shift.objects.exists()

    def test_the_query_count_does_not_grow_with_shifts_and_sign_ups(
        self, client, representative, club, offer
    ):
        client.force_login(representative)

        def add(count):
            for number in range(count):
                shift = ShiftFactory(opportunity=offer, date=in_days(1 + number % 5))
                ShiftSignupFactory(shift=shift)
                ShiftSignupFactory(shift=shift)

        add(2)
        few = count_queries(client, shifts_url(club, offer), language="en")
        add(18)
        many = count_queries(client, shifts_url(club, offer), language="en")

        assert many == few


class TestAddShift:
    def test_adds_a_shift_to_the_offer(self, client, representative, club, offer):
        client.force_login(representative)

        response = client.post(shifts_url(club, offer), shift_data())

        assert response.status_code == 302
        shift = Shift.objects.get()
        assert (shift.opportunity_id, shift.date, shift.starts_at, shift.helpers_needed) == (
            offer.pk,
            in_days(10),
            datetime.time(10, 0),
            4,
        )

    def test_works_for_an_offer_in_draft(self, client, representative, club, offer):
        offer.unpublish()
        client.force_login(representative)

        client.post(shifts_url(club, offer), shift_data())

        assert Shift.objects.filter(opportunity=offer).exists()

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            ({"shift-date": "2020-01-01"}, "The date of the shift lies in the past"),
            ({"shift-ends_at": "09:00"}, "The shift must end after it starts"),
            ({"shift-helpers_needed": "0"}, "A shift needs at least one helper"),
            ({"shift-helpers_needed": "501"}, "Please enter at most 500 helpers"),
            ({"shift-date": "morgen"}, "Please enter the date of the shift as DD.MM.YYYY"),
            ({"shift-starts_at": ""}, "Please enter when the shift starts."),
        ],
    )
    def test_refuses_wrong_entries_with_a_message_that_names_the_fix(
        self, client, representative, club, offer, changes, message
    ):
        client.force_login(representative)

        response = client.post(shifts_url(club, offer), shift_data(**changes))

        assert response.status_code == 200
        assert message in response.content.decode()
        assert not Shift.objects.exists()

    def test_a_double_click_adds_the_shift_once(self, client, representative, club, offer):
        client.force_login(representative)
        data = shift_data(**{"shift-submission_token": "a" * 32})

        client.post(shifts_url(club, offer), data)
        client.post(shifts_url(club, offer), data)

        assert Shift.objects.count() == 1


class TestEditShift:
    def test_saves_the_changes(self, client, representative, club, shift):
        client.force_login(representative)

        client.post(
            en_url("club_shift_edit", club.pk, shift.pk),
            plain(shift_data(**{"shift-task": "Kasse", "shift-helpers_needed": "6"})),
        )

        shift.refresh_from_db()
        assert (shift.task, shift.helpers_needed) == ("Kasse", 6)

    def test_refuses_fewer_places_than_helpers_signed_up(
        self, client, representative, club, shift, signups
    ):
        client.force_login(representative)

        response = client.post(
            en_url("club_shift_edit", club.pk, shift.pk),
            plain(shift_data(**{"shift-helpers_needed": "2"})),
        )

        assert (
            "3 helpers are already signed up; please enter at least 3" in response.content.decode()
        )
        shift.refresh_from_db()
        assert shift.helpers_needed == 4

    def test_a_new_time_mails_each_helper_once(
        self,
        client,
        representative,
        club,
        shift,
        signups,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        client.force_login(representative)

        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                en_url("club_shift_edit", club.pk, shift.pk),
                plain(shift_data(**{"shift-starts_at": "15:00", "shift-ends_at": "18:00"})),
            )

        assert sorted(mail.to[0] for mail in mailoutbox) == [s.email for s in signups]
        assert all((len(mail.to), mail.cc, mail.bcc) == (1, [], []) for mail in mailoutbox)
        assert all("15:00" in mail.body for mail in mailoutbox)

    def test_a_new_task_alone_mails_nobody(
        self,
        client,
        representative,
        club,
        shift,
        signups,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        client.force_login(representative)
        data = plain(shift_data(**{"shift-task": "Kasse"}))
        data.update(date=shift.date.isoformat(), starts_at="14:00", ends_at="17:00")

        with django_capture_on_commit_callbacks(execute=True):
            client.post(en_url("club_shift_edit", club.pk, shift.pk), data)

        assert mailoutbox == []


class TestDeleteShift:
    def test_the_confirmation_says_how_many_helpers_will_be_told(
        self, client, representative, club, shift, signups
    ):
        client.force_login(representative)

        response = client.get(en_url("club_shift_delete", club.pk, shift.pk))

        assert "3 helpers are signed up for this shift" in response.content.decode()
        assert Shift.objects.filter(pk=shift.pk).exists()

    def test_deleting_tells_each_active_helper_in_their_language(
        self,
        client,
        representative,
        club,
        shift,
        signups,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        ShiftSignupFactory(shift=shift, email="weg@example.org", cancelled_at="2026-01-01T10:00Z")
        client.force_login(representative)

        with django_capture_on_commit_callbacks(execute=True):
            client.post(en_url("club_shift_delete", club.pk, shift.pk))

        assert not Shift.objects.filter(pk=shift.pk).exists()
        assert not ShiftSignup.objects.filter(shift_id=shift.pk).exists()
        assert sorted(mail.to[0] for mail in mailoutbox) == [s.email for s in signups]
        english = next(mail for mail in mailoutbox if mail.to == ["cem@example.org"])
        assert english.subject.startswith("Shift cancelled")

    def test_a_double_click_deletes_once_and_answers_both_clicks(
        self,
        client,
        representative,
        club,
        shift,
        signups,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        client.force_login(representative)
        url = en_url("club_shift_delete", club.pk, shift.pk)
        data = {"submission_token": "c" * 32}

        with django_capture_on_commit_callbacks(execute=True):
            first = client.post(url, data)
            second = client.post(url, data)

        assert (first.status_code, second.status_code) == (302, 302)
        assert second.url == first.url
        assert len(mailoutbox) == len(signups)


class TestCancelSignup:
    def test_cancels_and_mails_the_message_to_the_helper(
        self, client, representative, club, signups, mailoutbox, django_capture_on_commit_callbacks
    ):
        signup = signups[0]
        client.force_login(representative)

        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                en_url("club_signup_cancel", club.pk, signup.pk),
                {"message": "Wir haben zu viele Kuchen."},
            )

        signup.refresh_from_db()
        assert signup.cancelled_at
        assert signup.cancelled_by == representative
        assert signup.cancel_message == "Wir haben zu viele Kuchen."
        (mail,) = mailoutbox
        assert mail.to == [signup.email]
        assert "Wir haben zu viele Kuchen." in mail.body

    def test_a_second_click_sends_no_second_mail(
        self, client, representative, club, signups, mailoutbox, django_capture_on_commit_callbacks
    ):
        url = en_url("club_signup_cancel", club.pk, signups[0].pk)
        client.force_login(representative)

        with django_capture_on_commit_callbacks(execute=True):
            client.post(url, {"message": ""})
            response = client.post(url, {"message": ""}, follow=True)

        assert len(mailoutbox) == 1
        assert "was already cancelled" in response.content.decode()


def urls_of_club(club, offer, shift, signup):
    return [
        en_url("club_offer_shifts", club.pk, offer.pk),
        en_url("club_offer_message", club.pk, offer.pk),
        en_url("club_offer_helper_list", club.pk, offer.pk, "csv"),
        en_url("club_offer_helper_list", club.pk, offer.pk, "pdf"),
        en_url("club_shift_edit", club.pk, shift.pk),
        en_url("club_shift_message", club.pk, shift.pk),
        en_url("club_shift_delete", club.pk, shift.pk),
        en_url("club_signup_cancel", club.pk, signup.pk),
    ]


class TestOtherClubs:
    def test_another_clubs_representative_gets_404_everywhere(
        self, client, other_representative, other_club, club, offer, shift, signups
    ):
        client.force_login(other_representative)
        # With club A's id, and with their own club's id and club A's objects.
        urls = urls_of_club(club, offer, shift, signups[0]) + urls_of_club(
            other_club, offer, shift, signups[0]
        )

        for url in urls:
            assert client.get(url).status_code == 404, url
            assert (
                client.post(url, {"message": "x", "subject": "x", "text": "x"}).status_code == 404
            ), url

        assert Shift.objects.filter(pk=shift.pk).exists()
        assert not ShiftSignup.objects.filter(cancelled_at__isnull=False).exists()

    def test_a_superuser_may_act_for_any_club(self, client, club, offer, shift):
        client.force_login(UserFactory(username="admin", is_superuser=True))

        assert client.get(en_url("club_offer_shifts", club.pk, offer.pk)).status_code == 200

    def test_visitors_are_sent_to_the_login(self, client, club, offer):
        response = client.get(en_url("club_offer_shifts", club.pk, offer.pk))

        assert response.status_code == 302
        assert "login" in response.url or "anmelden" in response.url
