"""The owner's answer, the withdrawal and the confirmed return of a loan: each changes the loan
once (a second click changes nothing), overlapping accepted loans are refused, and the other
club is mailed."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from clubs.exchange.models import Loan
from tests.clubs.exchange_factories import loan_of
from tests.clubs.loan_world import *  # noqa: F403 (the fixtures)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def url(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def answer(client, club, loan, decision="accept", text=""):
    return client.post(
        url("club_loan_answer", club.pk, loan.pk),
        {"answer-decision": decision, "answer-text": text},
        follow=True,
    )


def shown_messages(response):
    return [str(message) for message in response.context["messages"]]


class TestAnswer:
    def test_accepting_tells_the_asking_club_and_adds_the_message(
        self,
        client,
        representative,
        other_representative,
        club_a,
        club_b,
        item_of_b,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        loan = loan_of(item_of_b, club_a)
        client.force_login(other_representative)

        with django_capture_on_commit_callbacks(execute=True):
            answer(client, club_b, loan, text="Abholung am Freitag ab 17 Uhr.")

        loan.refresh_from_db()
        assert loan.state == Loan.State.ACCEPTED
        assert loan.decided_at is not None
        assert loan.messages.get().club == club_b
        assert [mail.to for mail in mailoutbox] == [[representative.email]]
        assert item_of_b.title in mailoutbox[0].subject

    def test_accepting_twice_does_nothing_the_second_time(
        self,
        client,
        representative,
        other_representative,
        club_a,
        club_b,
        item_of_b,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        loan = loan_of(item_of_b, club_a)
        client.force_login(other_representative)

        with django_capture_on_commit_callbacks(execute=True):
            answer(client, club_b, loan, text="Gern!")
        loan.refresh_from_db()
        decided_at = loan.decided_at
        with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
            second = answer(client, club_b, loan, text="Gern!")

        loan.refresh_from_db()
        assert (loan.state, loan.decided_at) == (Loan.State.ACCEPTED, decided_at)
        assert loan.messages.count() == 1
        assert len(mailoutbox) == 1
        assert "Nothing was changed" in shown_messages(second)[0]

    def test_declining_after_accepting_changes_nothing(
        self, client, other_representative, club_a, club_b, item_of_b
    ):
        loan = loan_of(item_of_b, club_a, state=Loan.State.ACCEPTED)
        client.force_login(other_representative)

        answer(client, club_b, loan, decision="decline")

        loan.refresh_from_db()
        assert loan.state == Loan.State.ACCEPTED

    def test_declining_tells_the_asking_club(
        self,
        client,
        representative,
        other_representative,
        club_a,
        club_b,
        item_of_b,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        loan = loan_of(item_of_b, club_a)
        client.force_login(other_representative)

        with django_capture_on_commit_callbacks(execute=True):
            answer(client, club_b, loan, decision="decline")

        loan.refresh_from_db()
        assert loan.state == Loan.State.DECLINED
        assert not loan.messages.exists()
        assert [mail.to for mail in mailoutbox] == [[representative.email]]

    def test_an_overlapping_accepted_loan_is_refused_with_its_dates(
        self, client, other_representative, club_a, club_b, club_c, item_of_b
    ):
        loan_of(item_of_b, club_c, days_ahead=9, days_long=2, state=Loan.State.ACCEPTED)
        loan = loan_of(item_of_b, club_a, days_ahead=10, days_long=3)
        client.force_login(other_representative)

        with translation.override("en"):
            response = answer(client, club_b, loan)

        loan.refresh_from_db()
        assert loan.state == Loan.State.REQUESTED
        text = shown_messages(response)[0]
        assert "already lent" in text
        assert (TODAY + timedelta(days=9)).strftime("%m/%d/%Y") in text

    @pytest.mark.parametrize(
        "change", [{"hidden_at": timezone.now()}, {"state": "paused"}, {"state": "ended"}]
    )
    def test_an_entry_that_is_not_current_is_not_lent(
        self, client, other_representative, club_a, club_b, item_of_b, change
    ):
        loan = loan_of(item_of_b, club_a, days_ahead=10, days_long=3)
        type(item_of_b).objects.filter(pk=item_of_b.pk).update(**change)
        client.force_login(other_representative)

        with translation.override("en"):
            response = answer(client, club_b, loan)

        loan.refresh_from_db()
        assert loan.state == Loan.State.REQUESTED
        assert "cannot be lent now" in shown_messages(response)[0]

    def test_loans_that_only_touch_are_both_accepted(
        self, client, other_representative, club_a, club_b, club_c, item_of_b
    ):
        loan_of(item_of_b, club_c, days_ahead=5, days_long=4, state=Loan.State.ACCEPTED)
        loan = loan_of(item_of_b, club_a, days_ahead=10, days_long=2)
        client.force_login(other_representative)

        answer(client, club_b, loan)

        loan.refresh_from_db()
        assert loan.state == Loan.State.ACCEPTED

    def test_a_request_whose_days_have_passed_cannot_be_accepted(
        self, client, other_representative, club_a, club_b, item_of_b
    ):
        loan = loan_of(item_of_b, club_a, days_ahead=-5, days_long=1)
        client.force_login(other_representative)

        answer(client, club_b, loan)

        loan.refresh_from_db()
        assert loan.state == Loan.State.REQUESTED

    @pytest.mark.parametrize(
        "data",
        [
            {},
            {"answer-decision": "maybe"},
            {"answer-decision": "accept", "answer-text": "x" * 3001},
        ],
    )
    def test_junk_answers_are_refused(
        self, client, other_representative, club_a, club_b, item_of_b, data
    ):
        loan = loan_of(item_of_b, club_a)
        client.force_login(other_representative)

        response = client.post(url("club_loan_answer", club_b.pk, loan.pk), data)

        assert response.status_code == 400
        assert response.context["answer_form"].errors
        loan.refresh_from_db()
        assert loan.state == Loan.State.REQUESTED

    def test_a_get_is_not_allowed(self, client, other_representative, club_a, club_b, item_of_b):
        loan = loan_of(item_of_b, club_a)
        client.force_login(other_representative)

        assert client.get(url("club_loan_answer", club_b.pk, loan.pk)).status_code == 405


class TestWithdraw:
    def test_the_asking_club_withdraws_a_request_once(
        self,
        client,
        representative,
        other_representative,
        club_a,
        item_of_b,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        loan = loan_of(item_of_b, club_a)
        client.force_login(representative)

        with django_capture_on_commit_callbacks(execute=True):
            client.post(url("club_loan_withdraw", club_a.pk, loan.pk))
            client.post(url("club_loan_withdraw", club_a.pk, loan.pk))

        loan.refresh_from_db()
        assert loan.state == Loan.State.WITHDRAWN
        assert [mail.to for mail in mailoutbox] == [[other_representative.email]]

    def test_an_accepted_loan_can_be_withdrawn_before_it_begins(
        self, client, representative, club_a, item_of_b
    ):
        loan = loan_of(item_of_b, club_a, days_ahead=1, state=Loan.State.ACCEPTED)
        client.force_login(representative)

        client.post(url("club_loan_withdraw", club_a.pk, loan.pk))

        loan.refresh_from_db()
        assert loan.state == Loan.State.WITHDRAWN

    def test_a_begun_loan_cannot_be_withdrawn(self, client, representative, club_a, item_of_b):
        loan = loan_of(item_of_b, club_a, days_ahead=0, state=Loan.State.ACCEPTED)
        client.force_login(representative)

        with translation.override("en"):
            response = client.post(url("club_loan_withdraw", club_a.pk, loan.pk), follow=True)

        loan.refresh_from_db()
        assert loan.state == Loan.State.ACCEPTED
        assert "can no longer be withdrawn" in shown_messages(response)[0]


class TestReturn:
    def test_the_owner_confirms_the_return_once(
        self,
        client,
        representative,
        other_representative,
        club_a,
        club_b,
        item_of_b,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        loan = loan_of(item_of_b, club_a, days_ahead=-2, state=Loan.State.ACCEPTED)
        client.force_login(other_representative)

        with django_capture_on_commit_callbacks(execute=True):
            client.post(url("club_loan_returned", club_b.pk, loan.pk))
            client.post(url("club_loan_returned", club_b.pk, loan.pk))

        loan.refresh_from_db()
        assert loan.state == Loan.State.RETURNED
        assert loan.returned_at is not None
        assert [mail.to for mail in mailoutbox] == [[representative.email]]

    @pytest.mark.parametrize(
        ("days_ahead", "state"),
        [(3, Loan.State.ACCEPTED), (-3, Loan.State.REQUESTED), (-3, Loan.State.DECLINED)],
    )
    def test_only_a_begun_accepted_loan_can_be_returned(
        self, client, other_representative, club_a, club_b, item_of_b, days_ahead, state
    ):
        loan = loan_of(item_of_b, club_a, days_ahead=days_ahead, state=state)
        client.force_login(other_representative)

        response = client.post(url("club_loan_returned", club_b.pk, loan.pk))

        assert response.status_code == 302
        loan.refresh_from_db()
        assert loan.state == state


class TestMailLanguage:
    def test_each_representative_reads_the_mail_in_their_language(
        self,
        client,
        representative,
        other_representative,
        club_a,
        club_b,
        item_of_b,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        profile = UserProfile.get_for_user(representative)
        profile.preferred_language = "en"
        profile.save()
        loan = loan_of(item_of_b, club_a)
        client.force_login(other_representative)

        with django_capture_on_commit_callbacks(execute=True):
            answer(client, club_b, loan)

        assert mailoutbox[0].subject.startswith("Loan accepted:")
        assert "/en/" in mailoutbox[0].body
