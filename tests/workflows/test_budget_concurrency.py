"""Budgets under parallel approvals (PostgreSQL): never more reserved than the budget holds."""

import threading
from decimal import Decimal

import pytest
from django.db import connection

from tests.factories import BudgetFactory, FundingApplicationFactory
from workflows import actions
from workflows.models import Budget, FundingApplication, LedgerEntry, RequestStatus


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
def test_parallel_approvals_never_reserve_more_than_the_budget(
    club_a, representative, coordinator_a
):
    """Five approvals of 800 € at once against 2,000 €: two succeed, three hear why not."""
    budget = BudgetFactory(total=Decimal("2000.00"))
    applications = [
        actions.submit(representative, FundingApplicationFactory(club=club_a, budget=budget))
        for _ in range(5)
    ]
    tasks = [actions.open_task(application, "review") for application in applications]

    results = run_at_once(
        [lambda task=task: actions.review_funding(coordinator_a, task, "approve") for task in tasks]
    )

    refusals = [result for result in results if isinstance(result, actions.ActionRefusedError)]
    approvals = [result for result in results if isinstance(result, FundingApplication)]
    assert len(approvals) == 2
    assert len(refusals) == 3
    for refusal in refusals:
        assert "400,00 €" in str(refusal) or "0,00 €" in str(refusal)
    budget = Budget.objects.get(pk=budget.pk)
    assert budget.committed == Decimal("1600.00")
    reserved = LedgerEntry.objects.filter(budget=budget, kind="reservation")
    assert sum(entry.amount for entry in reserved) == Decimal("1600.00")
    statuses = sorted(
        FundingApplication.objects.filter(budget=budget).values_list("status", flat=True)
    )
    assert statuses == [RequestStatus.APPROVED] * 2 + [RequestStatus.IN_REVIEW] * 3
    # The losers' review tasks are still open: the coordinator can approve less or reject.
    assert all(
        actions.open_task(application, "review")
        for application in applications
        if application.pk not in {approval.pk for approval in approvals}
    )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_second_approvals_of_the_same_budget_stay_within_it(
    club_a, representative, coordinator_a, programme_lead, second_lead
):
    """Two programme leads approve 1,500 € each at the same moment against 2,000 €."""
    budget = BudgetFactory(total=Decimal("2000.00"))
    applications = []
    for _ in range(2):
        application = actions.submit(
            representative,
            FundingApplicationFactory(
                club=club_a, budget=budget, requested_amount=Decimal("1500.00")
            ),
        )
        actions.review_funding(coordinator_a, actions.open_task(application, "review"), "approve")
        applications.append(application)
    tasks = [actions.open_task(application, "second_approval") for application in applications]

    results = run_at_once(
        [
            lambda: actions.second_approval(programme_lead, tasks[0], approve=True),
            lambda: actions.second_approval(second_lead, tasks[1], approve=True),
        ]
    )

    assert sum(isinstance(result, FundingApplication) for result in results) == 1
    assert sum(isinstance(result, actions.ActionRefusedError) for result in results) == 1
    assert Budget.objects.get(pk=budget.pk).committed == Decimal("1500.00")
