"""Club profiles go live only through the regional review, also when editors change them, and
only the club (or an administrator) changes where volunteers' messages go (issue 21, point 6)."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState
from wagtail_localize.models import TranslationSource

from clubs.models import ClubPage
from clubs.profiles.contact_email import CONTACT_EMAIL_CHANGED
from home.roles import EDITORS
from tests.factories import OpportunityPageFactory, UserFactory
from tests.workflows.admin import current_task_state, edit_page, workflow_action

pytestmark = pytest.mark.django_db

STRANGER = "fremde.adresse@example.net"


@pytest.fixture
def editor(roles):
    user = UserFactory(username="redaktion")
    user.groups.add(Group.objects.get(name=EDITORS.group_name))
    return user


def live_club(club):
    return ClubPage.objects.get(pk=club.pk)


def test_an_editor_cannot_publish_a_club_page(client, club_workflow, club_a, editor):
    client.force_login(editor)

    response = edit_page(client, club_a, action="publish", title="Von der Redaktion")

    assert response.status_code == 302
    club = live_club(club_a)
    assert club.title != "Von der Redaktion"
    assert club.has_unpublished_changes  # kept as a draft for the review
    assert not PageLogEntry.objects.filter(
        page=club_a, action="wagtail.publish", user=editor
    ).exists()


def test_an_editor_cannot_publish_an_opportunity_or_a_new_club(
    client, club_workflow, directory, club_a, editor
):
    opportunity = OpportunityPageFactory(parent=club_a, live=False)
    client.force_login(editor)

    edit_page(client, opportunity, action="publish", title="Neues Angebot")
    create_url = reverse("wagtailadmin_pages:add", args=["clubs", "clubpage", directory.pk])
    client.post(
        create_url,
        {
            "title": "Neuer Verein",
            "slug": "neuer-verein",
            "kind": "club",
            "summary": "Ganz neu.",
            "municipality": club_a.municipality_id,
            "contact_email": "neu@example.org",
            "action-publish": "publish",
        },
    )

    opportunity.refresh_from_db()
    assert not opportunity.live
    assert not ClubPage.objects.filter(title="Neuer Verein", live=True).exists()


def test_an_editors_change_goes_live_through_the_regions_review(
    client, club_workflow, club_a, editor, coordinator_a
):
    client.force_login(editor)
    edit_page(client, club_a, action="submit", title="Von der Redaktion")
    client.force_login(coordinator_a)

    workflow_action(client, current_task_state(club_a), "approve")

    assert live_club(club_a).title == "Von der Redaktion"


def test_an_administrator_still_publishes_directly(client, club_workflow, club_a, superuser):
    client.force_login(superuser)

    edit_page(client, club_a, action="publish", title="Vom Admin")

    assert live_club(club_a).title == "Vom Admin"


def test_an_editor_cannot_change_the_contact_email(client, club_workflow, club_a, editor):
    original = club_a.contact_email
    client.force_login(editor)

    edit_page(client, club_a, action="submit", contact_email=STRANGER)

    club = live_club(club_a)
    assert club.get_latest_revision().as_object().contact_email == original
    assert STRANGER not in str(club.get_latest_revision().content)
    assert not PageLogEntry.objects.filter(page=club_a, action=CONTACT_EMAIL_CHANGED).exists()


def test_a_reviewing_coordinator_cannot_change_the_contact_email(
    client, club_workflow, club_a, representative, coordinator_a
):
    original = club_a.contact_email
    client.force_login(representative)
    edit_page(client, club_a, action="submit", summary="Neu beschrieben.")
    client.force_login(coordinator_a)

    edit_page(client, club_a, contact_email=STRANGER)
    workflow_action(client, current_task_state(club_a), "approve")

    club = live_club(club_a)
    assert club.summary == "Neu beschrieben."
    assert club.contact_email == original


def test_the_representatives_change_of_the_email_is_in_the_audit_log(
    client, club_workflow, club_a, representative, coordinator_a
):
    client.force_login(representative)

    edit_page(client, club_a, action="submit", contact_email="neue.adresse@example.org")

    entry = PageLogEntry.objects.get(page=club_a, action=CONTACT_EMAIL_CHANGED)
    assert entry.user == representative
    assert entry.timestamp is not None
    assert entry.revision.as_object().contact_email == "neue.adresse@example.org"
    history = client.get(reverse("wagtailadmin_pages:history", args=[club_a.pk]))
    assert "E-Mail-Adresse für Nachrichten geändert" in history.text

    client.force_login(coordinator_a)
    workflow_action(client, current_task_state(club_a), "approve")
    assert live_club(club_a).contact_email == "neue.adresse@example.org"
    assert current_task_state_or_none(club_a) is None


def current_task_state_or_none(page):
    return TaskState.objects.filter(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    ).first()


def test_translators_cannot_override_the_contact_email():
    from wagtail_localize.fields import get_translatable_fields

    fields = {field.field_name: field for field in get_translatable_fields(ClubPage)}

    assert not fields["contact_email"].is_overridable(ClubPage())


def test_editor_rights_on_a_club_page_leave_publishing_to_the_review(
    club_workflow, directory, club_a, editor
):
    club = club_a.permissions_for_user(editor)
    opportunity = OpportunityPageFactory(parent=club_a).permissions_for_user(editor)

    assert club.can_edit()
    assert not club.can_publish()
    assert not club.can_unpublish()
    assert not club.can_unschedule()
    assert not club.can_move()
    assert not club.can_publish_subpage()
    assert not opportunity.can_publish()
    assert not directory.permissions_for_user(editor).can_publish_subpage()
    assert directory.permissions_for_user(editor).can_publish()


@pytest.fixture
def translated_club(client, club_workflow, club_a, editor, english_home_page, english):
    client.force_login(editor)
    client.post(
        f"/admin/localize/submit/page/{club_a.pk}/",
        {"locales": [english.pk], "include_subtree": ""},
    )
    return club_a.get_translation(english)


def test_an_editor_cannot_publish_a_club_pages_translation(
    client, translated_club, editor, django_capture_on_commit_callbacks
):
    source = TranslationSource.objects.get(object_id=translated_club.translation_key)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
        client.post(f"/admin/pages/{translated_club.pk}/edit/", {"action": "publish"})

    translated_club.refresh_from_db()
    assert not translated_club.live
