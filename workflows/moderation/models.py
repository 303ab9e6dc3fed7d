"""The custom Wagtail moderation task of club profiles: approval by the region's coordinators.

Club representatives may edit their club's page and its opportunities but not publish them;
they submit their changes, and the coordinators of the club's region ("Koordination") approve
them or ask for changes. Which users moderate is decided per page, not per task: the region is
that of the club's municipality (see clubs.profiles.club_pages.club_for_page).

The task grants reviewers everything the review needs (the editor, the preview, the comparison
of revisions, the approve and reject actions) while the page is on this task, so coordinators
need no page permissions of their own. Wagtail asks the task through `user_can_access_editor`,
`locked_for_user`, `get_actions` and `get_task_states_user_can_moderate` (the dashboard's
"awaiting your review").
"""

from functools import partial

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import Page, Task, TaskState

from clubs.models import ClubPage
from clubs.profiles.club_pages import club_for_page, pages_of_clubs, without_club_pages


def _publish_reviewed_revision(workflow_state, user=None):
    workflow_state.content_object.get_latest_revision().publish(
        user=user, skip_permission_checks=True
    )


class ChangeRequestForm(TaskStateCommentForm):
    """Asking for changes without saying which helps nobody, so the comment is required."""

    comment = forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea({"rows": 2}),
        help_text=_(
            "Say what to change; the person who submitted the page receives this text by email."
        ),
    )


class RegionalApprovalTask(Task):
    """Approval by the coordinators of the club's region, or by a superuser.

    A page that belongs to no club (the club directory itself, if the workflow is assigned
    there) is reviewed by the people who may publish it anyway, so it never waits for nobody.
    """

    class Meta:
        verbose_name = _("approval by the region's coordinators")
        verbose_name_plural = _("approvals by the region's coordinators")

    @classmethod
    def get_description(cls):
        return _(
            "The coordinators of the club's region approve changes of club profiles and "
            "opportunities."
        )

    # Who moderates

    def user_can_moderate(self, obj, user):
        """Whether `user` may approve or reject `obj` on this task; cached for the request."""
        if not (user.is_authenticated and user.is_active):
            return False
        if user.is_superuser:
            return True
        cache = getattr(user, "_regional_approval_checks", None)
        if cache is None:
            cache = {}
            user._regional_approval_checks = cache
        key = (obj._meta.label, obj.pk)
        if key not in cache:
            cache[key] = self._user_can_moderate(obj, user)
        return cache[key]

    def _user_can_moderate(self, obj, user):
        club = club_for_page(obj)
        if club is not None:
            return user.coordinated_regions.filter(pk=club.municipality.region_id).exists()
        return isinstance(obj, Page) and obj.permissions_for_user(user).can_publish()

    def coordinators_for(self, obj):
        """The active coordinators of the region of `obj`'s club (none for other pages)."""
        club = club_for_page(obj)
        if club is None:
            return get_user_model().objects.none()
        return club.municipality.region.coordinators.filter(is_active=True)

    # Wagtail's hooks into the task

    def user_can_access_editor(self, obj, user):
        return self.user_can_moderate(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_can_moderate(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_can_moderate(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if not self.user_can_moderate(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_form_for_action(self, action):
        if action == "reject":
            return ChangeRequestForm
        return super().get_form_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        """Approve or reject, after checking the reviewer against the task state's own page.

        Wagtail's workflow action view checks `get_actions` for the page named in the address
        but acts on the task state named there too, without checking that the two belong
        together; a task that decides per page must therefore check again here.

        When the approval finishes the workflow, Wagtail publishes the revision as the
        approving user and requires them to hold the publish permission
        (wagtail.workflows.publish_workflow_state). Coordinators hold none: this task gives
        them the decision. So this workflow state finishes with the same publication minus
        that second permission check, still in the reviewer's name.
        """
        workflow_state = task_state.workflow_state
        if not self.user_can_moderate(workflow_state.content_object, user):
            raise PermissionDenied
        if action_name == "approve":
            workflow_state.on_finish = partial(_publish_reviewed_revision, workflow_state)
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if not (user.is_authenticated and user.is_active):
            return states.none()
        if user.is_superuser:
            return states
        from wagtail.permissions import policy_registry

        pages = pages_of_clubs(ClubPage.objects.filter(municipality__region__coordinators=user))
        publishable = policy_registry.get_by_type(Page).instances_user_has_permission_for(
            user, "publish"
        )
        pages = pages | without_club_pages(publishable)
        page_keys = pages.annotate(key=Cast("pk", output_field=CharField())).values("key")
        return states.filter(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id__in=page_keys,
        )
