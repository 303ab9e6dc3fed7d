"""The funding flow from submission to payout, step by step, as the people involved do it."""

from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied

from tests.factories import FundingApplicationFactory
from workflows import actions
from workflows.models import LedgerEntry, Request, RequestStatus


@pytest.fixture
def application(club_a, budget, representative, coordinator_a):
    return FundingApplicationFactory(club=club_a, budget=budget, submitted_by=representative)


def submitted(application, representative, capture):
    with capture(execute=True):
        actions.submit(representative, application)
    application.refresh_from_db()
    return application


def task_of(application, name):
    task = actions.open_task(application, name)
    assert task is not None, f"no open task {name}"
    return task


def test_submission_gives_a_reference_routes_to_the_region_and_mails_both_sides(
    application, representative, coordinator_a, django_capture_on_commit_callbacks
):
    application = submitted(application, representative, django_capture_on_commit_callbacks)

    assert application.reference.startswith("FA-")
    assert application.reference.endswith("-0001")
    assert application.status == RequestStatus.IN_REVIEW
    review = task_of(application, "review")
    assert review.owner is None  # routed to the region's coordinators: in their queue
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == [coordinator_a.email, representative.email]


def test_references_count_per_type_and_year(
    club_a, budget, representative, coordinator_a, django_capture_on_commit_callbacks
):
    first = FundingApplicationFactory(club=club_a, budget=budget)
    second = FundingApplicationFactory(club=club_a, budget=budget)
    submitted(first, representative, django_capture_on_commit_callbacks)
    submitted(second, representative, django_capture_on_commit_callbacks)
    assert first.reference[-4:] == "0001"
    assert second.reference[-4:] == "0002"


def test_approval_below_the_threshold_reserves_the_money_at_once(
    application, representative, coordinator_a, budget, django_capture_on_commit_callbacks
):
    application = submitted(application, representative, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        actions.review_funding(coordinator_a, task_of(application, "review"), "approve")

    application.refresh_from_db()
    budget.refresh_from_db()
    assert application.status == RequestStatus.APPROVED
    assert application.approved_amount == Decimal("800.00")
    assert budget.committed == Decimal("800.00")
    reservation = LedgerEntry.objects.get(application=application)
    assert (reservation.kind, reservation.booked_by) == ("reservation", coordinator_a)
    assert task_of(application, "usage_report")


def test_above_the_threshold_a_different_programme_lead_approves(
    club_a,
    budget,
    representative,
    coordinator_a,
    programme_lead,
    django_capture_on_commit_callbacks,
):
    application = FundingApplicationFactory(
        club=club_a, budget=budget, requested_amount=Decimal("1500.00")
    )
    application = submitted(application, representative, django_capture_on_commit_callbacks)
    actions.review_funding(programme_lead, task_of(application, "review"), "approve")
    application.refresh_from_db()
    assert application.status == RequestStatus.AWAITING_SECOND_APPROVAL
    budget.refresh_from_db()
    assert budget.committed == 0

    second = task_of(application, "second_approval")
    with pytest.raises(PermissionDenied):
        actions.second_approval(programme_lead, second, approve=True)
    with pytest.raises(PermissionDenied):
        actions.second_approval(coordinator_a, second, approve=True)


def test_changes_go_back_to_the_applicant_and_resume_at_review(
    application, representative, coordinator_a, django_capture_on_commit_callbacks
):
    application = submitted(application, representative, django_capture_on_commit_callbacks)
    actions.review_funding(
        coordinator_a, task_of(application, "review"), "changes", message="Bitte Angebot anhängen."
    )
    application.refresh_from_db()
    assert application.status == RequestStatus.CHANGES_REQUESTED

    actions.answer_changes(representative, task_of(application, "changes"), "Angebot ist dabei.")
    application.refresh_from_db()
    assert application.status == RequestStatus.IN_REVIEW
    assert task_of(application, "review")
    assert list(application.messages.values_list("body", flat=True)) == [
        "Bitte Angebot anhängen.",
        "Angebot ist dabei.",
    ]


def test_usage_report_and_payout_release_the_unused_money(
    application, representative, coordinator_a, budget, django_capture_on_commit_callbacks
):
    application = submitted(application, representative, django_capture_on_commit_callbacks)
    actions.review_funding(coordinator_a, task_of(application, "review"), "approve")
    actions.submit_usage_report(
        representative, task_of(application, "usage_report"), Decimal("650.00"), "Fand statt."
    )
    actions.check_report(coordinator_a, task_of(application, "check_report"), Decimal("650.00"))

    application.refresh_from_db()
    budget.refresh_from_db()
    assert application.status == RequestStatus.CLOSED
    assert budget.committed == Decimal("650.00")
    kinds = dict(application.ledger_entries.values_list("kind", "amount"))
    assert kinds == {
        "reservation": Decimal("800.00"),
        "payout": Decimal("650.00"),
        "release": Decimal("150.00"),
    }
    assert application.process.status == "DONE"


def test_a_rejection_closes_the_request_and_says_why(
    application, representative, coordinator_a, django_capture_on_commit_callbacks
):
    application = submitted(application, representative, django_capture_on_commit_callbacks)
    with pytest.raises(actions.ActionRefusedError):
        actions.review_funding(coordinator_a, task_of(application, "review"), "reject", message="")
    actions.review_funding(
        coordinator_a, task_of(application, "review"), "reject", message="Nicht förderfähig."
    )
    application.refresh_from_db()
    assert application.status == RequestStatus.REJECTED
    assert Request.objects.get(pk=application.pk).process.status == "DONE"


def test_every_step_lands_in_wagtail_s_audit_log_with_who(
    application, representative, coordinator_a, django_capture_on_commit_callbacks
):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    application = submitted(application, representative, django_capture_on_commit_callbacks)
    actions.review_funding(coordinator_a, task_of(application, "review"), "approve")

    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(application), object_id=str(application.pk)
    ).order_by("timestamp")
    steps = [(entry.data["step"], entry.user) for entry in entries]
    assert ("submitted", representative) in steps
    assert ("approved", coordinator_a) in steps
    assert ("reserved", coordinator_a) in steps
    assert entries.first().label == application.reference + ": " + application.title
    assert entries.filter(data__step="approved").get().message.startswith("Bewilligt mit 800,00")
