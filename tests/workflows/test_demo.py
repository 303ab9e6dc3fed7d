"""The demo puts the club directory, and so every club page, under the regional approval."""

import pytest
from wagtail.models import WorkflowPage

from clubs.models import ClubDirectoryPage, ClubPage
from home.demo import load_demo_content
from workflows.demo.loader import TASK_NAME, WORKFLOW_NAME, load_club_approval
from workflows.models import RegionalApprovalTask

pytestmark = pytest.mark.django_db


def test_the_demo_assigns_the_club_workflow_to_the_directory(demo):
    directory = ClubDirectoryPage.objects.get(slug="vereine", locale__language_code="de")
    workflow = WorkflowPage.objects.get(page=directory).workflow

    assert workflow.name == WORKFLOW_NAME
    assert [task.specific for task in workflow.tasks] == [
        RegionalApprovalTask.objects.get(name=TASK_NAME)
    ]
    club = ClubPage.objects.child_of(directory).first()
    assert club.get_workflow() == workflow


def test_loading_the_demo_again_changes_nothing(demo):
    load_demo_content(log=lambda message: None)

    assert RegionalApprovalTask.objects.count() == 1
    assert WorkflowPage.objects.filter(workflow__name=WORKFLOW_NAME).count() == 1


def test_the_directory_gets_the_workflow_built_by_hand_too(directory):
    messages = []

    workflow = load_club_approval(log=messages.append)

    assert WorkflowPage.objects.get(page=directory).workflow == workflow
    assert messages


def test_without_a_directory_the_workflow_is_skipped(home_page):
    messages = []

    assert load_club_approval(log=messages.append) is None

    assert not RegionalApprovalTask.objects.exists()
    assert "skipped" in messages[0]
