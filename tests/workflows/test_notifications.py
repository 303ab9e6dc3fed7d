"""Who is told what about a club's changes: exactly one mail per person and event."""

import pytest
from django.core import mail
from django.utils import translation
from wagtail.models import Page
from wagtail.users.models import UserProfile

from tests.factories import StandardPageFactory, UserFactory
from tests.workflows.admin import current_task_state, edit_page, workflow_action

pytestmark = pytest.mark.django_db

NEW_TITLE = "Sportverein Nord (neu)"


@pytest.fixture
def submit(client, club_workflow, club_a, representative, django_capture_on_commit_callbacks):
    """Club A's representative changes the title and submits, as in the editor."""

    def submit():
        client.force_login(representative)
        with django_capture_on_commit_callbacks(execute=True):
            edit_page(client, club_a, action="submit", title=NEW_TITLE)
        client.logout()
        return current_task_state(club_a)

    return submit


@pytest.fixture
def decide(client, django_capture_on_commit_callbacks):
    def decide(reviewer, task_state, action, comment):
        client.force_login(reviewer)
        with django_capture_on_commit_callbacks(execute=True):
            response = workflow_action(client, task_state, action, comment=comment)
        assert response.status_code == 302
        client.logout()

    return decide


def test_a_submission_is_mailed_to_the_regions_coordinators_only(
    submit, mailoutbox, coordinator_a, coordinator_b, superuser, club_a
):
    other = UserFactory(username="koordination.nord.2")
    club_a.region.coordinators.add(other)

    submit()

    assert sorted(address for message in mailoutbox for address in message.to) == sorted(
        [coordinator_a.email, other.email]
    )
    message = next(m for m in mailoutbox if m.to == [coordinator_a.email])
    assert NEW_TITLE in message.subject
    assert "Lena Petersen" in message.body
    assert club_a.region.name in message.body
    assert f"http://testserver/admin/pages/{club_a.pk}/edit/" in message.body


def test_the_submission_mail_is_german(submit, mailoutbox, coordinator_a):
    submit()

    with translation.override("de"):
        assert mailoutbox[0].body.startswith(translation.gettext("Hello,"))
    assert mailoutbox[0].body.startswith("Guten Tag,")


def test_each_mail_is_in_the_language_the_recipient_chose(submit, mailoutbox, coordinator_a):
    profile = UserProfile.get_for_user(coordinator_a)
    profile.preferred_language = "en"
    profile.save()

    submit()

    assert mailoutbox[0].body.startswith("Hello,")


def test_coordinators_who_switched_off_submission_mails_get_none(submit, mailoutbox, coordinator_a):
    profile = UserProfile.get_for_user(coordinator_a)
    profile.submitted_notifications = False
    profile.save()

    submit()

    assert mailoutbox == []


def test_approval_publishes_and_tells_the_representative_once(
    submit, decide, mailoutbox, club_a, coordinator_a, representative
):
    task_state = submit()
    mailoutbox.clear()

    decide(coordinator_a, task_state, "approve", "Danke, sieht gut aus.")

    club_a.refresh_from_db()
    assert club_a.live
    assert club_a.title == NEW_TITLE
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [representative.email]
    assert NEW_TITLE in message.subject
    assert "Danke, sieht gut aus." in message.body
    assert club_a.full_url in message.body


def test_approval_without_comment_is_mailed_too(
    submit, decide, mailoutbox, coordinator_a, representative
):
    task_state = submit()
    mailoutbox.clear()

    decide(coordinator_a, task_state, "approve", "")

    assert [message.to for message in mailoutbox] == [[representative.email]]


def test_a_request_for_changes_tells_the_representative_once(
    submit, decide, mailoutbox, club_a, coordinator_a, representative
):
    task_state = submit()
    mailoutbox.clear()

    decide(coordinator_a, task_state, "reject", "Bitte die Trainingszeiten ergänzen.")

    club_a.refresh_from_db()
    assert club_a.title != NEW_TITLE
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [representative.email]
    assert NEW_TITLE in message.subject
    assert "Bitte die Trainingszeiten ergänzen." in message.body
    assert f"http://testserver/admin/pages/{club_a.pk}/edit/" in message.body


def test_resubmitted_changes_reach_the_coordinators_again(
    client,
    submit,
    decide,
    mailoutbox,
    club_a,
    coordinator_a,
    representative,
    django_capture_on_commit_callbacks,
):
    task_state = submit()
    decide(coordinator_a, task_state, "reject", "Bitte die Trainingszeiten ergänzen.")
    mailoutbox.clear()

    client.force_login(representative)
    with django_capture_on_commit_callbacks(execute=True):
        edit_page(client, club_a, action="submit", meeting_times="Dienstags um 18 Uhr")

    assert [message.to for message in mailoutbox] == [[coordinator_a.email]]


def test_mails_wait_for_the_commit(client, club_workflow, club_a, representative, coordinator_a):
    client.force_login(representative)

    edit_page(client, club_a, action="submit", title=NEW_TITLE)

    assert mail.outbox == []


def test_other_workflows_keep_wagtails_own_notices(home_page, mailoutbox, superuser):
    """The editors' workflow on the root still mails the requester when it is rejected."""
    requester = UserFactory(username="redaktion")
    page = StandardPageFactory(parent=home_page)
    page.save_revision(user=requester)
    workflow = Page.objects.get(pk=page.pk).get_workflow()
    workflow_state = workflow.start(page, requester)
    mailoutbox.clear()

    workflow_state.current_task_state.reject(user=superuser, comment="Bitte kürzen.")

    assert [message.to for message in mailoutbox] == [[requester.email]]
    assert "Bitte kürzen." in mailoutbox[0].body
