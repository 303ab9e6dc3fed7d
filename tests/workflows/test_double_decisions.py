"""The same decision sent twice (a double click, a second tab): the first one counts, the
second is told so and changes nothing, also when both arrive at the same moment."""

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from tests.concurrency import HeldAtFirstCall, in_thread, until_it_waits_for_a_lock
from tests.factories import FundingApplicationFactory
from workflows import actions, ledger
from workflows.models import FundingApplication, LedgerEntry, RequestStatus

ALREADY_DECIDED = "Dieser Schritt wurde bereits entschieden. Es wurde nichts geändert."
BEING_HANDLED = "Dieser Schritt wird gerade bearbeitet"


def approval(club_a, budget, representative):
    application = actions.submit(
        representative, FundingApplicationFactory(club=club_a, budget=budget)
    )
    return application, actions.open_task(application, "review")


def post_decision(client, application, task):
    return client.post(
        reverse("workflows_admin:task", args=[application.pk, task.pk]),
        {"decision": "approve", "message": "Gern bewilligt."},
    )


def shown_messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def reservations(application):
    return LedgerEntry.objects.filter(application=application, kind=LedgerEntry.Kind.RESERVATION)


def mails_to(mailoutbox, user):
    return [message for message in mailoutbox if user.email in message.to]


def test_a_second_click_after_the_approval_is_told_it_was_decided(
    client,
    club_a,
    budget,
    representative,
    coordinator_a,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    application, task = approval(club_a, budget, representative)
    mailoutbox.clear()
    client.force_login(coordinator_a)
    with django_capture_on_commit_callbacks(execute=True):
        first = post_decision(client, application, task)
    with django_capture_on_commit_callbacks(execute=True):
        second = post_decision(client, application, task)

    detail = reverse("workflows_admin:request_detail", args=[application.pk])
    assert first.status_code == second.status_code == 302
    assert second["Location"] == detail
    assert ALREADY_DECIDED in shown_messages(second)
    assert reservations(application).count() == 1
    assert len(mails_to(mailoutbox, representative)) == 1


def test_a_second_click_on_the_applicants_answer_is_told_it_was_sent(
    client, club_a, budget, representative, coordinator_a
):
    application, review = approval(club_a, budget, representative)
    actions.review_funding(coordinator_a, review, "changes", message="Bitte Kosten aufteilen.")
    task = actions.open_task(application, "changes")
    client.force_login(representative)
    url = reverse("my_request_task", args=[application.pk, task.pk])
    first = client.post(url, {"message": "Erledigt."})
    second = client.post(url, {"message": "Erledigt."})

    assert first.status_code == second.status_code == 302
    assert ALREADY_DECIDED in shown_messages(second)
    assert application.messages.filter(body="Erledigt.").count() == 1


def assert_approved_once(application, mailoutbox, representative):
    """The application is approved, its money reserved once and the applicant mailed once."""
    application = FundingApplication.objects.get(pk=application.pk)
    assert application.status == RequestStatus.APPROVED
    assert reservations(application).count() == 1
    assert len(mails_to(mailoutbox, representative)) == 1


def held_inside_the_lock(monkeypatch):
    """Stops the first decision right after the lock is taken (while it reserves the money), so
    that a second one provably arrives while the first holds the lock."""
    return HeldAtFirstCall(monkeypatch, ledger, "reserve")


def logged_in_client(user):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_approvals_at_the_same_moment_book_once_and_the_second_hears_it_was_decided(
    club_a, budget, representative, coordinator_a, mailoutbox, monkeypatch
):
    application, task = approval(club_a, budget, representative)
    mailoutbox.clear()
    held = held_inside_the_lock(monkeypatch)
    first_tab, second_tab = logged_in_client(coordinator_a), logged_in_client(coordinator_a)

    first_thread, first = in_thread(lambda: post_decision(first_tab, application, task))
    assert held.inside.wait(timeout=60)
    second_thread, second = in_thread(lambda: post_decision(second_tab, application, task))
    until_it_waits_for_a_lock(second_thread)  # the second waits for the first one's lock
    held.release()
    first_thread.join()
    second_thread.join()

    assert first["response"].status_code == 302
    assert second["response"].status_code == 302
    assert ALREADY_DECIDED in shown_messages(second["response"])
    assert_approved_once(application, mailoutbox, representative)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_while_a_slow_approval_holds_the_task_the_second_hears_it_is_being_handled(
    club_a, budget, representative, coordinator_a, mailoutbox, monkeypatch, settings
):
    settings.WORKFLOW_LOCK_TIMEOUT = 0.2
    application, task = approval(club_a, budget, representative)
    mailoutbox.clear()
    held = held_inside_the_lock(monkeypatch)
    first_tab, second_tab = logged_in_client(coordinator_a), logged_in_client(coordinator_a)

    first_thread, first = in_thread(lambda: post_decision(first_tab, application, task))
    assert held.inside.wait(timeout=60)
    second = post_decision(second_tab, application, task)  # while the first holds the lock
    held.release()
    first_thread.join()

    assert second.status_code == 200
    assert BEING_HANDLED in second.content.decode()
    assert first["response"].status_code == 302
    assert_approved_once(application, mailoutbox, representative)
