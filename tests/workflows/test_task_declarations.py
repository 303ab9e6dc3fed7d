"""Each human task of the request flows is declared once, on its node: who does it, in how many
days it is due, and the form it is done with. A deployment may change only the due days."""

from datetime import timedelta

from django import forms

from tests.factories import FundingApplicationFactory
from workflows import actions
from workflows.flows import FundingFlow, due_at, task_nodes
from workflows.roles import TaskRole


def test_every_task_names_its_role_due_days_and_a_form_that_exists():
    nodes = task_nodes()
    assert len(nodes) >= 10
    for node in nodes:
        assert node.role in TaskRole.values, node.name
        assert node.due_days > 0, node.name
        # A typo in the dotted path would otherwise surface only when someone opens the task.
        assert issubclass(node.form_class, forms.BaseForm), node.name


def test_applicant_tasks_are_done_in_my_area_and_the_rest_by_staff():
    for node in task_nodes():
        expected_module = "applicant" if node.role == TaskRole.APPLICANT else "staff"
        assert node.form_class.__module__ == f"workflows.{expected_module}.forms", node.name
        assert node.for_staff is (node.role != TaskRole.APPLICANT)


def test_a_deployment_changes_the_due_days_of_one_task_by_name(
    settings, club_a, budget, representative, coordinator_a
):
    settings.REQUEST_TASK_DUE_DAYS = {"review": 3}
    review = actions.open_task(
        actions.submit(representative, FundingApplicationFactory(club=club_a, budget=budget)),
        "review",
    )

    assert due_at(review) == review.created + timedelta(days=3)
    assert FundingFlow.check_report.due_days == 14  # the other tasks keep their declaration
