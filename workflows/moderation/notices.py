"""Email notices of the regional approval of club profiles (see workflows.moderation.models).

Who hears what, exactly once:
- submission (the task starts, also after the club resubmits changes): each active coordinator
  of the club's region;
- approval (the workflow finishes on this task, so the page is live) and rejection ("request
  changes"): the person who submitted, with the reviewer's comment.

Wagtail sends notices of its own. For a custom task its task-level notifier stays silent (it
handles group approval tasks only), but its workflow-level notifiers would mail every superuser
on submission and the submitter on approval and rejection, from inside the request's
transaction, without the approval comment. So that nobody gets two mails, `install()` puts
subclasses of Wagtail's three workflow notifiers in their places (same signal, same
`dispatch_uid`) which stand aside when the current task is a regional approval of a club page,
and our own receivers send the notice instead: in German templates of our own
(templates/emails/moderation_*.txt) and queued after commit through home.mail. Every other
workflow, e.g. the editors' one, keeps Wagtail's notices unchanged.

Taking over the `dispatch_uid` works in either app order: Django connects a receiver only once
per `dispatch_uid` and sender, so whichever of ours and Wagtail's `ready()` runs second, only our
notifier remains connected.

As with Wagtail's own notices, a person's notification settings in the admin ("submitted",
"approved", "rejected") are respected, nobody is told about their own action, and each mail is
written in the recipient's admin language.
"""

from django.urls import reverse
from wagtail.admin.mail import (
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from clubs.profiles.club_pages import club_for_page
from home.mail import mail_people
from workflows.moderation.models import RegionalApprovalTask


def regional_review(workflow_state):
    """(task state, page, club) if the workflow state is at (or was decided by) a regional
    approval of a club's page, else None."""
    task_state = workflow_state.current_task_state
    if task_state is None or not isinstance(task_state.task.specific, RegionalApprovalTask):
        return None
    page = workflow_state.content_object
    club = club_for_page(page)
    if club is None:
        return None
    return task_state, page.specific, club


# Wagtail's workflow notifiers, standing aside for regional reviews of club pages


class _StandAsideForRegionalReview:
    def can_handle(self, instance, **kwargs):
        return super().can_handle(instance, **kwargs) and regional_review(instance) is None


class WorkflowSubmissionNotifier(
    _StandAsideForRegionalReview, WorkflowStateSubmissionEmailNotifier
):
    pass


class WorkflowApprovalNotifier(_StandAsideForRegionalReview, WorkflowStateApprovalEmailNotifier):
    pass


class WorkflowRejectionNotifier(_StandAsideForRegionalReview, WorkflowStateRejectionEmailNotifier):
    pass


# The dispatch_uids of wagtail.admin.signal_handlers.register_signal_handlers().
WAGTAIL_NOTIFIERS = (
    (
        workflow_submitted,
        "workflow_state_submitted_email_notification",
        WorkflowSubmissionNotifier(),
    ),
    (workflow_approved, "workflow_state_approved_email_notification", WorkflowApprovalNotifier()),
    (workflow_rejected, "workflow_state_rejected_email_notification", WorkflowRejectionNotifier()),
)


# Our notices


def _name(user):
    return (user.get_full_name() or user.get_username()) if user else ""


def _admin_url(name, *args):
    return get_admin_base_url() + reverse(name, args=args)


def _context(task_state, page, club):
    revision_page = task_state.revision.as_object() if task_state.revision_id else page
    return {
        "page": page,
        "title": revision_page.get_admin_display_title(),
        "club": club,
        "region": club.municipality.region,
        "comment": task_state.comment,
        "reviewer_name": _name(task_state.finished_by),
        "edit_url": _admin_url("wagtailadmin_pages:edit", page.pk),
    }


def notify_coordinators(sender, instance, user=None, **kwargs):
    """The task has started: tell the region's coordinators what waits for them."""
    task = instance.task.specific
    if not isinstance(task, RegionalApprovalTask):
        return
    workflow_state = instance.workflow_state
    page = workflow_state.content_object
    club = club_for_page(page)
    if club is None:
        return  # reviewed by publishers; Wagtail's notice to superusers stays in place
    context = {
        **_context(instance, page.specific, club),
        "requested_by_name": _name(user or workflow_state.requested_by),
    }
    mail_people(
        "moderation_submitted",
        task.coordinators_for(page),
        context,
        actor=user,
        notification="submitted",
    )


def _notify_requester(instance, user, notification):
    review = regional_review(instance)
    if review is None:
        return
    mail_people(
        f"moderation_{notification}",
        [instance.requested_by],
        _context(*review),
        actor=user,
        notification=notification,
    )


def notify_approved(sender, instance, user=None, **kwargs):
    """The workflow finished on a regional approval, so the changes are live."""
    _notify_requester(instance, user, "approved")


def notify_rejected(sender, instance, user=None, **kwargs):
    """The coordinators asked for changes."""
    _notify_requester(instance, user, "rejected")


def install():
    """Connect our notices and put our notifiers in the places of Wagtail's (see above)."""
    for signal, dispatch_uid, notifier in WAGTAIL_NOTIFIERS:
        signal.disconnect(sender=WorkflowState, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=WorkflowState, dispatch_uid=dispatch_uid)
    task_submitted.connect(notify_coordinators, dispatch_uid="regional_approval_submitted")
    workflow_approved.connect(
        notify_approved, sender=WorkflowState, dispatch_uid="regional_approval_approved"
    )
    workflow_rejected.connect(
        notify_rejected, sender=WorkflowState, dispatch_uid="regional_approval_rejected"
    )
