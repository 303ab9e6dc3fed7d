"""Four eyes that one person cannot switch off (settings.FOUR_EYES_FLOOR_EUR).

The attack of the review: a programme lead raises a budget's threshold to 100,000 €, takes an
unassigned review and approves 5,000 € alone. Whatever one person changes first, an approval
above the floor still waits for a second, different person; and changes of thresholds and
routing rules are in the audit log with who and when.
"""

from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.test import override_settings
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tests.factories import BudgetFactory, FundingApplicationFactory, RoutingRuleFactory
from workflows import actions
from workflows.models import Budget, LedgerEntry, RequestStatus, RoutingRule

pytestmark = pytest.mark.django_db

FIVE_THOUSAND = Decimal("5000.00")


@pytest.fixture
def big_budget(db):
    return BudgetFactory(total=Decimal("20000.00"))


def budget_form(budget, **changes):
    data = {
        "name": budget.name,
        "network": "",
        "year": budget.year,
        "total": str(budget.total),
        "approval_threshold": str(budget.approval_threshold),
        "active": "on",
    }
    return {**data, **changes}


def log_of(instance):
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(instance), object_id=str(instance.pk)
    )


def submitted_application(club_a, budget, representative, capture):
    application = FundingApplicationFactory(
        club=club_a, budget=budget, requested_amount=FIVE_THOUSAND
    )
    with capture(execute=True):
        actions.submit(representative, application)
    application.refresh_from_db()
    return application


def test_a_programme_lead_cannot_raise_the_threshold_above_the_floor(
    client, big_budget, programme_lead
):
    edit = reverse("wagtailsnippets_workflows_budget:edit", args=[big_budget.pk])
    client.force_login(programme_lead)

    raised = client.post(edit, budget_form(big_budget, approval_threshold="100000.00"))

    assert raised.status_code == 200
    [error] = raised.context["form"].errors["approval_threshold"]
    assert "1.000,00 €" in error
    assert error in raised.content.decode()
    big_budget.refresh_from_db()
    assert big_budget.approval_threshold == Decimal("1000.00")

    lowered = client.post(edit, budget_form(big_budget, approval_threshold="500.00"))
    assert lowered.status_code == 302
    big_budget.refresh_from_db()
    assert big_budget.approval_threshold == Decimal("500.00")
    entry = log_of(big_budget).get(
        action="workflows.approval_threshold_changed", user=programme_lead
    )
    assert (entry.user, entry.data) == (programme_lead, {"old": "1000.00", "new": "500.00"})
    assert entry.timestamp is not None


def test_one_programme_lead_alone_cannot_approve_five_thousand_euros(
    client,
    club_a,
    big_budget,
    representative,
    programme_lead,
    second_lead,
    django_capture_on_commit_callbacks,
):
    """The exact attack: threshold raised (refused in the form, so also as if stored before
    the floor existed), the unassigned review taken, 5,000 € approved."""
    client.force_login(programme_lead)
    edit = reverse("wagtailsnippets_workflows_budget:edit", args=[big_budget.pk])
    client.post(edit, budget_form(big_budget, approval_threshold="100000.00"))
    Budget.objects.filter(pk=big_budget.pk).update(approval_threshold=Decimal("100000.00"))
    application = submitted_application(
        club_a, big_budget, representative, django_capture_on_commit_callbacks
    )

    review = actions.open_task(application, "review")
    assert review.owner is None
    actions.take(programme_lead, review)
    with django_capture_on_commit_callbacks(execute=True):
        actions.review_funding(programme_lead, actions.open_task(application, "review"), "approve")

    application.refresh_from_db()
    assert application.status == RequestStatus.AWAITING_SECOND_APPROVAL
    assert not LedgerEntry.objects.filter(application=application).exists()
    second = actions.open_task(application, "second_approval")
    with pytest.raises(PermissionDenied):
        actions.take(programme_lead, second)
    with pytest.raises(PermissionDenied):
        actions.second_approval(programme_lead, second, approve=True)

    with django_capture_on_commit_callbacks(execute=True):
        actions.second_approval(second_lead, second, approve=True)
    application.refresh_from_db()
    assert application.status == RequestStatus.APPROVED
    reservation = LedgerEntry.objects.get(application=application)
    assert (reservation.amount, reservation.booked_by) == (FIVE_THOUSAND, second_lead)


@override_settings(FOUR_EYES_FLOOR_EUR=Decimal("6000.00"))
def test_the_floor_comes_from_the_settings_and_a_lower_budget_threshold_still_counts(
    club_a, big_budget, representative, programme_lead, django_capture_on_commit_callbacks
):
    application = submitted_application(
        club_a, big_budget, representative, django_capture_on_commit_callbacks
    )
    big_budget.approval_threshold = Decimal("6000.00")
    big_budget.full_clean()
    big_budget.save()
    application.refresh_from_db()
    assert not application.needs_second_approval

    big_budget.approval_threshold = Decimal("4000.00")
    big_budget.save()
    application.refresh_from_db()
    assert application.needs_second_approval


def test_changes_of_routing_rules_are_in_the_audit_log_with_who(
    client, club_a, coordinator_a, coordinator_b, programme_lead
):
    rule = RoutingRuleFactory(name="Nord", region=club_a.region, coordinator=coordinator_a)
    edit = reverse("wagtailsnippets_workflows_routingrule:edit", args=[rule.pk])
    client.force_login(programme_lead)

    response = client.post(
        edit,
        {
            "name": rule.name,
            "request_kind": "",
            "region": club_a.region.pk,
            "municipality": "",
            "topic": "",
            "coordinator": coordinator_b.pk,
            "coordinator_group": "",
            "priority": 100,
            "active": "on",
        },
    )

    assert response.status_code == 302
    assert RoutingRule.objects.get(pk=rule.pk).coordinator == coordinator_b
    entry = log_of(rule).get(action="workflows.routing_rule_changed", user=programme_lead)
    assert entry.data["changes"] == {"coordinator": [str(coordinator_a), str(coordinator_b)]}
    assert str(coordinator_b) in str(entry.formatter.format_message(entry))
    assert log_of(rule).filter(action="wagtail.edit", user=programme_lead).exists()
