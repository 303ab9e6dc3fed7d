"""Asking another club for an item, and the thread of a loan in "Mein Bereich": who may ask,
which dates are refused and why, the messages both clubs write, and the mails they get."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from clubs.exchange.models import ExchangeItem, Loan, LoanMessage
from tests.clubs.exchange_factories import item_of, loan_of
from tests.clubs.loan_world import *  # noqa: F403 (the fixtures)
from tests.factories import UserFactory
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def url(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def day(offset):
    return (TODAY + timedelta(days=offset)).isoformat()


def request_data(club, **changes):
    return {
        "borrower": str(club.pk),
        "starts_on": day(5),
        "ends_on": day(7),
        "text": "Wir brauchen das Zelt für unser Sommerfest.",
        **changes,
    }


def ask(client, item, data, capture=None):
    if capture is None:
        return client.post(url("loan_request", item.pk), data)
    with capture(execute=True):
        return client.post(url("loan_request", item.pk), data)


class TestAsking:
    def test_a_representative_asks_and_the_owner_is_mailed(
        self,
        client,
        representative,
        other_representative,
        club_a,
        item_of_b,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        client.force_login(representative)

        response = ask(client, item_of_b, request_data(club_a), django_capture_on_commit_callbacks)

        loan = Loan.objects.get()
        assert response.status_code == 302
        assert response.url == url("club_loan", club_a.pk, loan.pk)
        assert (loan.borrower, loan.item, loan.state) == (club_a, item_of_b, "requested")
        assert (loan.starts_on, loan.ends_on) == (
            TODAY + timedelta(days=5),
            TODAY + timedelta(days=7),
        )
        message = LoanMessage.objects.get()
        assert (message.club, message.author) == (club_a, representative)
        assert [mail.to for mail in mailoutbox] == [[other_representative.email]]
        assert item_of_b.title in mailoutbox[0].subject
        assert url("club_loan", item_of_b.club.pk, loan.pk) in mailoutbox[0].body
        assert "Sommerfest" not in mailoutbox[0].body  # the message stays in the portal

    def test_a_double_click_asks_once(self, client, representative, club_a, item_of_b):
        client.force_login(representative)
        page = client.get(url("loan_request", item_of_b.pk))
        token = page.context["form"]["submission_token"].value()
        data = request_data(club_a, submission_token=token)

        ask(client, item_of_b, data)
        second = ask(client, item_of_b, data)

        assert Loan.objects.count() == 1
        assert second.status_code == 302

    def test_with_several_clubs_the_representative_chooses_one_of_their_own(
        self, client, representative, club_a, club_c, item_of_b
    ):
        representative.groups.add(club_c.representatives)
        client.force_login(representative)

        page = client.get(url("loan_request", item_of_b.pk))
        assert 'type="radio"' in page.content.decode()
        ask(client, item_of_b, request_data(club_c))

        assert Loan.objects.get().borrower == club_c

    def test_another_clubs_id_is_refused(self, client, representative, club_a, club_c, item_of_b):
        client.force_login(representative)

        response = ask(client, item_of_b, request_data(club_c))

        assert response.status_code == 200
        assert "borrower" in response.context["form"].errors
        assert not Loan.objects.exists()

    def test_a_club_never_asks_for_its_own_item(self, client, other_representative, item_of_b):
        client.force_login(other_representative)

        page = client.get(url("loan_request", item_of_b.pk))
        posted = ask(client, item_of_b, request_data(item_of_b.club))

        assert (page.status_code, posted.status_code) == (403, 403)
        assert not Loan.objects.exists()

    def test_an_account_without_a_club_cannot_ask(self, client, roles, item_of_b):
        client.force_login(UserFactory())

        assert client.get(url("loan_request", item_of_b.pk)).status_code == 403

    def test_anonymous_visitors_are_sent_to_the_login(self, client, item_of_b):
        response = client.get(url("loan_request", item_of_b.pk))

        assert response.status_code == 302
        assert "login" in response.url or "anmelden" in response.url

    @pytest.mark.parametrize(
        "changes",
        [
            {"state": ExchangeItem.State.PAUSED},
            {"state": ExchangeItem.State.ENDED},
            {"available_until": TODAY - timedelta(days=1)},
            {"direction": ExchangeItem.Direction.NEED},
        ],
    )
    def test_items_that_are_not_current_offers_cannot_be_asked_for(
        self, client, representative, club_b, changes
    ):
        item = item_of(club_b, **changes)
        client.force_login(representative)

        assert client.get(url("loan_request", item.pk)).status_code == 404

    def test_an_unknown_item_answers_404(self, client, representative):
        client.force_login(representative)

        assert client.get(url("loan_request", 999999)).status_code == 404


class TestDatesOfARequest:
    @pytest.mark.parametrize(
        ("changes", "field"),
        [
            ({"starts_on": day(7), "ends_on": day(5)}, "ends_on"),
            ({"starts_on": day(-1)}, "starts_on"),
            ({"starts_on": ""}, "starts_on"),
            ({"ends_on": "morgen"}, "ends_on"),
            ({"starts_on": "31.02.2027"}, "starts_on"),
            ({"text": ""}, "text"),
            ({"text": "x" * 3001}, "text"),
            ({"borrower": "abc"}, "borrower"),
            ({"borrower": "99999999999999999999"}, "borrower"),
            ({"starts_on": "9999-12-31", "ends_on": "9999-12-31"}, "starts_on"),
            ({"starts_on": day(1), "ends_on": day(400)}, "ends_on"),
        ],
    )
    def test_junk_is_refused_with_a_message(
        self, client, representative, club_a, item_of_b, changes, field
    ):
        client.force_login(representative)

        response = ask(client, item_of_b, request_data(club_a, **changes))

        assert response.status_code == 200
        assert response.context["form"].errors[field]
        assert not Loan.objects.exists()

    def test_days_outside_the_items_period_are_refused(
        self, client, representative, club_a, club_b
    ):
        item = item_of(
            club_b,
            available_from=TODAY + timedelta(days=3),
            available_until=TODAY + timedelta(days=10),
        )
        client.force_login(representative)

        with translation.override("en"):
            early = ask(client, item, request_data(club_a, starts_on=day(2)))
            late = ask(client, item, request_data(club_a, ends_on=day(11)))

        assert "can be had from" in early.context["form"].errors["starts_on"][0]
        assert "can be had until" in late.context["form"].errors["ends_on"][0]
        assert not Loan.objects.exists()

    def test_days_of_an_accepted_loan_are_refused_naming_them(
        self, client, representative, club_a, club_c, item_of_b
    ):
        loan_of(item_of_b, club_c, days_ahead=6, days_long=3, state=Loan.State.ACCEPTED)
        client.force_login(representative)

        with translation.override("en"):
            response = ask(client, item_of_b, request_data(club_a))

        errors = response.context["form"].non_field_errors()
        busy = (TODAY + timedelta(days=6)).strftime("%m/%d/%Y")
        assert "already lent" in errors[0]
        assert busy in errors[0]
        assert Loan.objects.count() == 1

    def test_days_of_a_mere_request_stay_free(
        self, client, representative, club_a, club_c, item_of_b
    ):
        loan_of(item_of_b, club_c, days_ahead=5)
        client.force_login(representative)

        ask(client, item_of_b, request_data(club_a))

        assert Loan.objects.count() == 2


class TestThread:
    def test_both_clubs_write_and_the_other_side_is_mailed(
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
        loan = loan_of(item_of_b, club_a, text="Geht das?")
        client.force_login(other_representative)

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                url("club_loan", club_b.pk, loan.pk), {"message-text": "Ja, gern."}
            )

        assert response.status_code == 302
        assert [m.text for m in loan.messages.all()] == ["Geht das?", "Ja, gern."]
        assert loan.messages.last().club == club_b
        assert [mail.to for mail in mailoutbox] == [[representative.email]]
        assert club_b.title in mailoutbox[0].body
        assert url("club_loan", club_a.pk, loan.pk) in mailoutbox[0].body

    def test_the_thread_names_clubs_not_addresses(
        self, client, representative, other_representative, club_a, item_of_b
    ):
        loan = loan_of(item_of_b, club_a, text="Geht das?")
        client.force_login(representative)

        page = client.get(url("club_loan", club_a.pk, loan.pk)).content.decode()

        assert "Geht das?" in page
        assert club_a.title in page
        assert representative.email not in page
        assert other_representative.email not in page

    @pytest.mark.parametrize("text", ["", "   ", "x" * 3001])
    def test_an_empty_or_too_long_message_is_refused(
        self, client, representative, club_a, item_of_b, text
    ):
        loan = loan_of(item_of_b, club_a)
        client.force_login(representative)

        response = client.post(url("club_loan", club_a.pk, loan.pk), {"message-text": text})

        assert response.status_code == 200
        assert response.context["form"].errors["text"]
        assert not loan.messages.exists()

    def test_no_messages_once_finished(self, client, representative, club_a, item_of_b):
        loan = loan_of(item_of_b, club_a, state=Loan.State.DECLINED)
        client.force_login(representative)

        response = client.post(url("club_loan", club_a.pk, loan.pk), {"message-text": "Hallo"})

        assert response.status_code == 200
        assert not loan.messages.exists()
        assert 'name="message-text"' not in response.content.decode()

    def test_a_double_click_sends_one_message(self, client, representative, club_a, item_of_b):
        loan = loan_of(item_of_b, club_a)
        client.force_login(representative)
        page = client.get(url("club_loan", club_a.pk, loan.pk))
        token = page.context["form"]["submission_token"].value()
        data = {"message-text": "Hallo", "message-submission_token": token}

        client.post(url("club_loan", club_a.pk, loan.pk), data)
        client.post(url("club_loan", club_a.pk, loan.pk), data)

        assert loan.messages.count() == 1


class TestWhoSeesALoan:
    """Club C's representative never sees or changes the loan between A and B; a coordinator
    has no way into the thread either."""

    def loan_urls(self, club, loan):
        return [
            ("get", url("club_loan", club.pk, loan.pk)),
            ("post", url("club_loan", club.pk, loan.pk)),
            ("post", url("club_loan_answer", club.pk, loan.pk)),
            ("post", url("club_loan_withdraw", club.pk, loan.pk)),
            ("post", url("club_loan_returned", club.pk, loan.pk)),
        ]

    def test_a_third_club_gets_404_with_its_own_or_the_others_club_id(
        self, client, representative_c, club_a, club_b, club_c, item_of_b
    ):
        loan = loan_of(item_of_b, club_a, text="Nur für A und B")
        client.force_login(representative_c)

        for club in (club_a, club_b, club_c):
            for method, address in self.loan_urls(club, loan):
                data = {"message-text": "x", "answer-decision": "accept"}
                response = getattr(client, method)(address, data if method == "post" else {})
                assert response.status_code == 404, address
        loan.refresh_from_db()
        assert (loan.state, loan.messages.count()) == ("requested", 1)

    def test_the_loans_list_of_another_club_is_404(self, client, representative_c, club_a):
        client.force_login(representative_c)

        assert client.get(url("club_loans", club_a.pk)).status_code == 404
        assert client.get(url("club_calendar", club_a.pk)).status_code == 404
        assert client.get(url("club_calendar_ics", club_a.pk)).status_code == 404

    def test_a_coordinator_of_the_region_cannot_read_the_thread(
        self, client, coordinator_a, club_a, item_of_b
    ):
        loan = loan_of(item_of_b, club_a, text="Vertraulich")
        client.force_login(coordinator_a)

        for method, address in self.loan_urls(club_a, loan):
            assert getattr(client, method)(address).status_code == 404, address

    def test_anonymous_visitors_are_sent_to_the_login(self, client, club_a, item_of_b):
        loan = loan_of(item_of_b, club_a)

        for method, address in [
            *self.loan_urls(club_a, loan),
            ("get", url("club_loans", club_a.pk)),
            ("get", url("club_calendar", club_a.pk)),
            ("get", url("club_calendar_ics", club_a.pk)),
        ]:
            response = getattr(client, method)(address)
            assert response.status_code == 302, address
            assert "next=" in response.url

    def test_the_owner_cannot_withdraw_and_the_asking_club_cannot_answer(
        self, client, representative, other_representative, club_a, club_b, item_of_b
    ):
        loan = loan_of(item_of_b, club_a)
        client.force_login(representative)
        answer = client.post(
            url("club_loan_answer", club_a.pk, loan.pk), {"answer-decision": "accept"}
        )
        returned = client.post(url("club_loan_returned", club_a.pk, loan.pk))
        client.force_login(other_representative)
        withdraw = client.post(url("club_loan_withdraw", club_b.pk, loan.pk))

        assert (answer.status_code, returned.status_code, withdraw.status_code) == (404,) * 3
        loan.refresh_from_db()
        assert loan.state == "requested"


class TestLoansList:
    def test_shows_both_groups_with_the_other_club(
        self, client, representative, club_a, club_b, club_c, item_of_b
    ):
        own_item = item_of(club_a, title="Beamer")
        loan_of(item_of_b, club_a)
        loan_of(own_item, club_c)
        loan_of(item_of(club_b, title="Geheim"), club_c)
        client.force_login(representative)

        response = client.get(url("club_loans", club_a.pk))

        lent = list(response.context["lent"].object_list)
        asked = list(response.context["asked"].object_list)
        assert [(loan.item.title, loan.borrower) for loan in lent] == [("Beamer", club_c)]
        assert [loan.item.club for loan in asked] == [club_b]
        assert "Geheim" not in response.content.decode()

    def test_empty_lists_say_so(self, client, representative, club_a):
        client.force_login(representative)

        page = client.get(url("club_loans", club_a.pk)).content.decode()

        assert "No other club has asked for your items yet." in page

    def test_the_list_needs_the_same_queries_for_few_and_many_loans(
        self, client, representative, club_a, club_b, club_c, item_of_b
    ):
        client.force_login(representative)

        def add(count):
            own = item_of(club_a, title="Beamer")
            for number in range(count):
                loan_of(item_of_b, club_a, days_ahead=number * 5)
                loan_of(own, club_c, days_ahead=number * 5)

        add(2)
        few = count_queries(client, url("club_loans", club_a.pk), language="en")
        add(15)
        assert count_queries(client, url("club_loans", club_a.pk), language="en") == few
