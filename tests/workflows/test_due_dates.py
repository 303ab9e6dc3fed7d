"""Due dates: a reminder when a task is due, an escalation when it waits twice as long, fired by
viewflow's timer command (`manage.py workflow_timers`, run from cron)."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests.factories import FundingApplicationFactory
from workflows import actions
from workflows.flows import due_at
from workflows.models import RequestEvent


@pytest.fixture
def review(club_a, budget, representative, coordinator_a):
    application = actions.submit(
        representative, FundingApplicationFactory(club=club_a, budget=budget)
    )
    mail.outbox.clear()
    return actions.open_task(application, "review")


def fire_timers_at(moment, capture):
    with time_machine.travel(moment, tick=False), capture(execute=True):
        call_command("workflow_timers", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_nothing_fires_before_the_due_date(review, django_capture_on_commit_callbacks):
    fire_timers_at(due_at(review) - timedelta(hours=1), django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_the_coordinators_are_reminded_when_the_review_is_due(
    review, coordinator_a, django_capture_on_commit_callbacks
):
    assert due_at(review) == review.created + timedelta(days=10)
    fire_timers_at(due_at(review) + timedelta(minutes=1), django_capture_on_commit_callbacks)

    assert [message.to for message in mail.outbox] == [[coordinator_a.email]]
    assert "Erinnerung" in mail.outbox[0].subject
    review.refresh_from_db()
    assert review.finished is None  # a reminder does not take the task away
    assert RequestEvent.objects.get(action="reminded").public is False


def test_the_programme_leads_hear_when_it_waits_twice_as_long(
    review, coordinator_a, programme_lead, django_capture_on_commit_callbacks
):
    overdue = review.created + 2 * (due_at(review) - review.created) + timedelta(minutes=1)
    fire_timers_at(overdue, django_capture_on_commit_callbacks)

    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == sorted([coordinator_a.email, programme_lead.email])
    review.refresh_from_db()
    assert "escalated_at" in review.data
    # Fired once: the next run sends nothing again.
    mail.outbox.clear()
    fire_timers_at(overdue + timedelta(hours=1), django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_a_task_done_in_time_is_never_reminded(
    review, coordinator_a, django_capture_on_commit_callbacks
):
    actions.review_funding(coordinator_a, review, "reject", message="Nicht förderfähig.")
    mail.outbox.clear()
    fire_timers_at(timezone.now() + timedelta(days=60), django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert not RequestEvent.objects.filter(action__in=["reminded", "escalated"]).exists()
