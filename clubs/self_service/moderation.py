"""Where a club's page stands in the review, and how a club's change gets there.

Club boards never publish: they save a revision (a draft) and submit it to the workflow that
Wagtail assigns to the page (the regional approval below the club directory). The states use
the words of the glossary: Entwurf, In Prüfung, Rückfrage, Veröffentlicht, Beendet.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import TaskState, WorkflowState


class State(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("club page state", "Draft")
    IN_REVIEW = "in_review", pgettext_lazy("club page state", "In review")
    CHANGES_REQUESTED = "changes_requested", pgettext_lazy("club page state", "Changes requested")
    PUBLISHED = "published", pgettext_lazy("club page state", "Published")
    ENDED = "ended", pgettext_lazy("club page state", "Ended")


BADGE_CLASSES = {
    State.DRAFT: "kern-badge--info",
    State.IN_REVIEW: "kern-badge--warning",
    State.CHANGES_REQUESTED: "kern-badge--danger",
    State.PUBLISHED: "kern-badge--success",
    State.ENDED: "kern-badge--info",
}


@dataclass
class PageState:
    state: State
    since: datetime | None = None
    comment: str = ""
    live: bool = False
    live_differs: bool = False

    @property
    def label(self):
        return self.state.label

    @property
    def badge_class(self):
        return BADGE_CLASSES[self.state]


def is_over(offer, today=None):
    """An offer is over after its last day or its "looking until" date (as the finder says)."""
    today = today or timezone.localdate()
    last_day = getattr(offer, "ends_on", None) or getattr(offer, "starts_on", None)
    expires_on = getattr(offer, "expires_on", None)
    return bool((expires_on and expires_on < today) or (last_day and last_day < today))


def page_state(page, with_comment=True, today=None):
    """The state of a page as its database row has it (the live content for live pages).

    Uses `page.current_workflow_state`, which lists prefetch with `prefetch_workflow_states()`.
    """
    workflow_state = page.current_workflow_state
    live_differs = page.live and page.has_unpublished_changes
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        return PageState(
            State.IN_REVIEW, workflow_state.created_at, live=page.live, live_differs=live_differs
        )
    if workflow_state is not None:
        task_state = workflow_state.current_task_state
        return PageState(
            State.CHANGES_REQUESTED,
            task_state.finished_at if task_state else None,
            comment=review_comment(workflow_state) if with_comment else "",
            live=page.live,
            live_differs=live_differs,
        )
    if page.live and is_over(page, today):
        return PageState(State.ENDED, page.last_published_at, live=True)
    if page.live and page.has_unpublished_changes:
        return PageState(State.DRAFT, page.latest_revision_created_at, live=True, live_differs=True)
    if page.live:
        return PageState(State.PUBLISHED, live=True)
    if page.last_published_at:
        return PageState(State.ENDED, page.last_published_at)
    return PageState(State.DRAFT, page.latest_revision_created_at)


def review_comment(workflow_state):
    """The coordinator's comment on the rejected task, or the newest comment of the workflow."""
    task_state = workflow_state.current_task_state
    if task_state is not None and task_state.comment:
        return task_state.comment
    latest = (
        TaskState.objects.filter(workflow_state=workflow_state)
        .exclude(comment="")
        .order_by("-finished_at", "-pk")
        .values_list("comment", flat=True)
        .first()
    )
    return latest or ""


class Submission(models.TextChoices):
    SAVED = "saved"
    SUBMITTED = "submitted"
    UPDATED_IN_REVIEW = "updated_in_review"
    NO_WORKFLOW = "no_workflow"


def save_draft(page, user, submit):
    """Save `page` (a revision object with the form's changes applied) as a new revision and,
    when asked, submit it for review. One transaction: the revision and the workflow step
    are stored together or not at all."""
    with transaction.atomic():
        page.save_revision(user=user)
        if not submit:
            return Submission.SAVED
        return submit_latest_revision(page, user)


def submit_latest_revision(page, user):
    """Send the latest revision into review: resume a workflow that asked for changes, leave
    one in progress alone (its reviewers see the latest revision), else start the page's
    workflow. Never publishes: without a workflow the draft stays a draft."""
    workflow = page.get_workflow()
    if workflow is None:
        return Submission.NO_WORKFLOW
    workflow_state = page.current_workflow_state
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        workflow_state.resume(user=user)
        return Submission.SUBMITTED
    if workflow_state is not None:
        return Submission.UPDATED_IN_REVIEW
    workflow.start(page, user)
    return Submission.SUBMITTED


SUBMISSION_MESSAGES = {
    Submission.SAVED: _("The draft is saved. It is not visible on the site until you submit it."),
    Submission.SUBMITTED: _(
        "Submitted for review. The coordination of your region checks it and publishes it."
    ),
    Submission.UPDATED_IN_REVIEW: _(
        "Saved. It is already in review; the coordination sees your latest changes."
    ),
    Submission.NO_WORKFLOW: _(
        "The draft is saved, but it cannot be submitted: no review is set up for your club's "
        "pages. Please contact the coordination of your region."
    ),
}


def end_offer(offer, user):
    """Take a live offer off the site at once, in every language. Ending is the club's right
    even though only the review publishes: Wagtail's permission check for unpublishing asks for
    the publish permission, which club representatives do not hold, so it is skipped here on
    purpose after the view has checked that the user represents the offer's club."""
    with transaction.atomic():
        workflow_state = offer.current_workflow_state
        if workflow_state is not None:
            workflow_state.cancel(user=user)
        for page in [offer, *offer.get_translations().live().specific()]:
            UnpublishPageAction(page, user=user).execute(skip_permission_checks=True)
