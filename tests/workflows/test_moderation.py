"""Only the coordinators of the club's region (and superusers) review a club's changes."""

import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState

from home.roles import EDITORS
from tests.factories import OpportunityPageFactory, StandardPageFactory, UserFactory
from tests.workflows.admin import current_task_state, edit_page, refused, workflow_action

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(client, club_workflow, club_a, representative):
    """Club A's profile, changed and submitted by its representative."""
    client.force_login(representative)
    edit_page(client, club_a, action="submit", title="Sportverein Nord (neu)")
    client.logout()
    return current_task_state(club_a)


def test_the_task_lets_only_the_regions_coordinators_and_superusers_act(
    submitted, club_a, coordinator_a, coordinator_b, representative, superuser
):
    task = submitted.task.specific

    assert [name for name, *_ in task.get_actions(club_a, coordinator_a)] == [
        "reject",
        "approve",
        "approve",
    ]
    assert task.get_actions(club_a, superuser)
    assert task.get_actions(club_a, coordinator_b) == []
    assert task.get_actions(club_a, representative) == []


def test_the_page_is_locked_for_everybody_but_the_reviewers(
    submitted, club_a, coordinator_a, coordinator_b, representative
):
    task = submitted.task.specific

    assert not task.locked_for_user(club_a, coordinator_a)
    assert task.locked_for_user(club_a, coordinator_b)
    assert task.locked_for_user(club_a, representative)


def test_an_opportunity_is_reviewed_in_its_clubs_region(
    client, club_workflow, club_a, representative, coordinator_a, coordinator_b
):
    opportunity = OpportunityPageFactory(parent=club_a)
    client.force_login(representative)
    edit_page(client, opportunity, action="submit", summary="Jetzt mit Kuchen.")

    task_state = current_task_state(opportunity)

    assert task_state.task.specific.get_actions(opportunity, coordinator_a)
    assert task_state.task.specific.get_actions(opportunity, coordinator_b) == []


def test_the_dashboard_shows_each_coordinator_their_regions_pages_only(
    client, submitted, coordinator_a, coordinator_b
):
    client.force_login(coordinator_a)
    assert "Sportverein Nord (neu)" in client.get(reverse("wagtailadmin_home")).text

    client.force_login(coordinator_b)
    assert "Sportverein Nord (neu)" not in client.get(reverse("wagtailadmin_home")).text


def test_reviewable_task_states_follow_the_region(
    submitted, coordinator_a, coordinator_b, representative, superuser
):
    assert list(TaskState.objects.reviewable_by(coordinator_a)) == [submitted]
    assert list(TaskState.objects.reviewable_by(superuser)) == [submitted]
    assert not TaskState.objects.reviewable_by(coordinator_b).exists()
    assert not TaskState.objects.reviewable_by(representative).exists()


def test_the_regions_coordinator_opens_editor_preview_and_comparison(
    client, submitted, club_a, coordinator_a
):
    client.force_login(coordinator_a)
    revision = submitted.revision
    live_revision = club_a.live_revision

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[club_a.pk]))
    preview = client.get(
        reverse("wagtailadmin_pages:workflow_preview", args=[club_a.pk, submitted.task_id])
    )
    comparison = client.get(
        reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[club_a.pk, live_revision.pk, revision.pk],
        )
    )
    single_revision = client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[club_a.pk, revision.pk])
    )

    assert editor.status_code == 200
    assert "Sportverein Nord (neu)" in editor.text
    assert preview.status_code == 200
    assert comparison.status_code == 200
    assert "Sportverein Nord (neu)" in comparison.text
    assert single_revision.status_code == 200


def test_another_regions_coordinator_sees_nothing_of_the_review(
    client, submitted, club_a, coordinator_b
):
    client.force_login(coordinator_b)

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[club_a.pk]))
    preview = client.get(
        reverse("wagtailadmin_pages:workflow_preview", args=[club_a.pk, submitted.task_id])
    )
    comparison = client.get(
        reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[club_a.pk, club_a.live_revision.pk, submitted.revision.pk],
        )
    )

    assert refused(editor)
    assert refused(preview)
    assert refused(comparison)


def test_coordinators_have_no_access_to_club_pages_outside_a_review(
    client, club_workflow, club_a, coordinator_a
):
    client.force_login(coordinator_a)

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[club_a.pk]))
    comparison = client.get(
        reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[club_a.pk, "earliest", "latest"],
        )
    )

    assert refused(editor)
    assert refused(comparison)
    assert not club_a.permissions_for_user(coordinator_a).can_publish()


def test_coordinators_cannot_edit_or_publish_other_pages(home_page, coordinator_a):
    page = StandardPageFactory(parent=home_page)

    permissions = page.permissions_for_user(coordinator_a)

    assert not permissions.can_edit()
    assert not permissions.can_publish()
    assert not permissions.can_lock()


def test_another_regions_coordinator_cannot_approve(client, submitted, club_a, coordinator_b):
    client.force_login(coordinator_b)

    response = workflow_action(client, submitted, "approve")

    assert refused(response)
    submitted.refresh_from_db()
    assert submitted.status == TaskState.STATUS_IN_PROGRESS
    club_a.refresh_from_db()
    assert club_a.title != "Sportverein Nord (neu)"


def test_a_coordinator_cannot_approve_another_region_through_their_own_review(
    client, submitted, club_workflow, club_a, club_b, coordinator_b
):
    """The action address names a page and a task state; both must be the coordinator's."""
    own = club_workflow.start(club_b, coordinator_b)
    client.force_login(coordinator_b)
    url = reverse("wagtailadmin_pages:workflow_action", args=[club_b.pk, "approve", submitted.pk])

    response = client.post(url, {"comment": ""})

    assert refused(response)
    submitted.refresh_from_db()
    assert submitted.status == TaskState.STATUS_IN_PROGRESS
    assert own.current_task_state.status == TaskState.STATUS_IN_PROGRESS


def test_the_regions_coordinator_approves_and_the_changes_go_live(
    client, submitted, club_a, coordinator_a
):
    client.force_login(coordinator_a)

    response = workflow_action(client, submitted, "approve", comment="Danke, sieht gut aus.")

    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == TaskState.STATUS_APPROVED
    assert submitted.finished_by == coordinator_a
    club_a.refresh_from_db()
    assert club_a.live
    assert club_a.title == "Sportverein Nord (neu)"


def test_requesting_changes_needs_a_comment(client, submitted, club_a, coordinator_a):
    client.force_login(coordinator_a)

    workflow_action(client, submitted, "reject", comment="")
    submitted.refresh_from_db()
    assert submitted.status == TaskState.STATUS_IN_PROGRESS

    workflow_action(client, submitted, "reject", comment="Bitte die Trainingszeiten ergänzen.")
    submitted.refresh_from_db()
    assert submitted.status == TaskState.STATUS_REJECTED
    club_a.refresh_from_db()
    assert club_a.title != "Sportverein Nord (neu)"


def test_the_directory_itself_is_reviewed_by_those_who_may_publish_it(
    club_workflow, directory, roles, coordinator_a, superuser
):
    editor = UserFactory(username="redaktion")
    editor.groups.add(Group.objects.get(name=EDITORS.group_name))
    directory.save_revision(user=editor)
    workflow_state = club_workflow.start(directory, editor)
    task = workflow_state.current_task_state.task.specific

    assert task.get_actions(directory, editor)
    assert task.get_actions(directory, superuser)
    assert task.get_actions(directory, coordinator_a) == []
    assert list(TaskState.objects.reviewable_by(editor)) == [workflow_state.current_task_state]
    assert not TaskState.objects.reviewable_by(coordinator_a).exists()


def test_the_regions_coordinator_approves_from_the_editor(client, submitted, club_a, coordinator_a):
    client.force_login(coordinator_a)

    response = edit_page(
        client,
        club_a,
        **{
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps({"comment": "Passt."}),
        },
    )

    assert response.status_code == 302
    club_a.refresh_from_db()
    assert club_a.title == "Sportverein Nord (neu)"
    published = PageLogEntry.objects.filter(page=club_a, action="wagtail.publish").latest("pk")
    assert published.user == coordinator_a
