"""Two representatives of the owning club accept overlapping requests for the same item at the
same moment (PostgreSQL, real threads and connections): exactly one is accepted, the other is
refused with the busy dates."""

import threading

import pytest
from django.db import connection
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation

from clubs.exchange import loans
from clubs.exchange.models import Loan
from tests.clubs.exchange_factories import loan_of
from tests.clubs.loan_world import *  # noqa: F403 (the fixtures)
from tests.concurrency import HeldAtFirstCall, in_thread, until_it_waits_for_a_lock


def logged_in_client(user):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def accept_by_form(client, club, loan):
    with translation.override("en"):
        return client.post(
            reverse("club_loan_answer", args=[club.pk, loan.pk]),
            {"answer-decision": "accept"},
            follow=True,
        )


def page_text(response):
    """The page's text (the test client's captured context mixes up parallel requests)."""
    return response.content.decode()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_accepts_at_the_same_moment_accept_one_and_refuse_the_other(
    club_a, club_b, club_c, item_of_b, other_representative, monkeypatch
):
    first_loan = loan_of(item_of_b, club_a, days_ahead=10, days_long=3)
    second_loan = loan_of(item_of_b, club_c, days_ahead=12, days_long=3)
    # The first accept stops right after it has locked the item, while it checks the dates.
    held = HeldAtFirstCall(monkeypatch, loans, "overlapping_accepted")
    first_tab, second_tab = (
        logged_in_client(other_representative),
        logged_in_client(other_representative),
    )

    first_thread, first = in_thread(lambda: accept_by_form(first_tab, club_b, first_loan))
    assert held.inside.wait(timeout=60)
    second_thread, second = in_thread(lambda: accept_by_form(second_tab, club_b, second_loan))
    until_it_waits_for_a_lock(second_thread)  # the second waits for the item's row lock
    held.release()
    first_thread.join()
    second_thread.join()

    states = dict(Loan.objects.values_list("pk", "state"))
    assert states == {first_loan.pk: "accepted", second_loan.pk: "requested"}
    refusal = page_text(second["response"])
    assert "The item is already lent on these days" in refusal
    assert first_loan.starts_on.strftime("%m/%d/%Y") in refusal
    assert "You have accepted the request." in page_text(first["response"])
    assert "You have accepted the request." not in refusal


def run_at_once(functions):
    """Start all functions at the same moment, each in its own thread and connection."""
    barrier = threading.Barrier(len(functions))
    results = [None] * len(functions)

    def attempt(index, function):
        try:
            barrier.wait()
            results[index] = function()
        except Exception as error:  # collected and asserted by the test
            results[index] = error
        finally:
            connection.close()

    threads = [
        threading.Thread(target=attempt, args=(index, function))
        for index, function in enumerate(functions)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_many_parallel_accepts_of_overlapping_loans_leave_exactly_one(
    club_a, club_b, club_c, item_of_b, other_representative
):
    requests = [
        loan_of(item_of_b, borrower, days_ahead=10 + offset, days_long=4)
        for offset, borrower in enumerate([club_a, club_c, club_a, club_c])
    ]
    http_request = RequestFactory().post("/")

    results = run_at_once(
        [
            lambda loan=loan: loans.accept(loan, other_representative, "", http_request)
            for loan in requests
        ]
    )

    assert results.count(True) == 1
    refusals = [result for result in results if isinstance(result, loans.LoanRefusedError)]
    assert len(refusals) == 3
    assert Loan.objects.filter(state=Loan.State.ACCEPTED).count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_double_click_on_accept_accepts_once(club_a, club_b, item_of_b, other_representative):
    loan = loan_of(item_of_b, club_a)
    http_request = RequestFactory().post("/")

    results = run_at_once(
        [lambda: loans.accept(loan, other_representative, "Gern", http_request)] * 2
    )

    assert sorted(results) == [False, True]
    loan.refresh_from_db()
    assert (loan.state, loan.messages.count()) == ("accepted", 1)
