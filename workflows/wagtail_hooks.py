"""Admin hooks of workflows/: the staff's screens of requests ("Anträge") and reviewers' views
of club pages."""

from django.templatetags.static import static
from django.urls import include, path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet

from clubs.models import ClubPage, OpportunityPage
from home.personal_data import PERSONAL_DATA_HOOK
from workflows import ledger, permissions, steps
from workflows.models import RoutingRule
from workflows.models.budgets import THRESHOLD_CHANGED_ACTION
from workflows.models.routing import ROUTING_RULE_CHANGED_ACTION
from workflows.staff.admin_menu import (
    BudgetViewSet,
    OpenTasksPanel,
    RoutingRuleViewSet,
    requests_menu_item,
)
from workflows.views import ReviewablePageViewSet


@hooks.register("register_admin_urls")
def register_request_urls():
    return [path("antraege/", include("workflows.staff.urls"))]


@hooks.register("register_admin_menu_item")
def register_requests_menu():
    return requests_menu_item()


register_snippet(BudgetViewSet)
register_snippet(RoutingRuleViewSet)


@hooks.register("register_log_actions")
def register_request_log_actions(actions):
    @actions.register_action(steps.AUDIT_ACTION)
    class RequestStep(LogFormatter):
        label = _("Step of a request")

        def format_message(self, log_entry):
            return log_entry.data.get("description", "")

    @actions.register_action(THRESHOLD_CHANGED_ACTION)
    class ApprovalThresholdChanged(LogFormatter):
        label = _("Second approval threshold changed")

        def format_message(self, log_entry):
            old, new = log_entry.data.get("old"), log_entry.data.get("new")
            if old is None:
                return _("Second approval above %(new)s") % {"new": ledger.money(new)}
            return _("Second approval above %(new)s instead of %(old)s") % {
                "old": ledger.money(old),
                "new": ledger.money(new),
            }

    @actions.register_action(ROUTING_RULE_CHANGED_ACTION)
    class RoutingRuleChanged(LogFormatter):
        label = _("Routing rule changed")

        def format_message(self, log_entry):
            changes = log_entry.data.get("changes", {})
            return "; ".join(
                f"{RoutingRule._meta.get_field(name).verbose_name}: {old or '–'} → {new or '–'}"
                for name, (old, new) in changes.items()
            )


@hooks.register("insert_global_admin_css")
def requests_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("workflows/admin.css"))


@hooks.register("construct_homepage_panels")
def add_open_tasks_panel(request, panels):
    if permissions.works_on_requests(request.user):
        panels.append(OpenTasksPanel(request.user))


@hooks.register("register_admin_viewset")
def register_reviewable_page_viewsets():
    return [
        ReviewablePageViewSet("club_page_review", model=ClubPage),
        ReviewablePageViewSet("opportunity_page_review", model=OpportunityPage),
    ]


@hooks.register(PERSONAL_DATA_HOOK)
def register_requests_personal_data():
    from workflows.personal_data import Requests

    return [Requests]
