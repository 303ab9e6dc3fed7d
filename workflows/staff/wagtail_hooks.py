"""Admin wiring of the staff's screens of requests: the admin's menu "Anträge" and its URLs, the
dashboard panel of open tasks, and the snippets that programme leads edit (budgets, routing
rules). Imported by workflows/wagtail_hooks.py, the module Wagtail loads."""

from datetime import timedelta
from functools import reduce
from operator import or_

from django.db.models import Count, Q
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_visibility import PermittedSnippetChooserViewSet
from home.region_scope import RegionScopedSnippetViewSet, register_region_scope, rules_for
from workflows import permissions
from workflows.flows import task_nodes
from workflows.models import Budget, RoutingRule


class RequestStaffMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.works_on_requests(request.user)


class RoutingRulesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("workflows.view_routingrule")


class BudgetsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("workflows.view_budget")


class RequestsMenu(SubmenuMenuItem):
    def is_shown(self, request):
        return permissions.works_on_requests(request.user)


@hooks.register("register_admin_urls")
def register_request_urls():
    return [path("antraege/", include("workflows.staff.urls"))]


@hooks.register("register_admin_menu_item")
def requests_menu_item():
    items = [
        RequestStaffMenuItem(
            _("My tasks"), reverse("workflows_admin:inbox"), icon_name="tasks", order=100
        ),
        RequestStaffMenuItem(
            _("Queue"), reverse("workflows_admin:queue"), icon_name="list-ul", order=200
        ),
        RequestStaffMenuItem(
            _("All requests"),
            reverse("workflows_admin:requests"),
            icon_name="folder-open-inverse",
            order=300,
        ),
        BudgetsMenuItem(
            _("Budgets"), reverse("workflows_admin:budgets"), icon_name="table", order=400
        ),
        RoutingRulesMenuItem(
            _("Routing rules"),
            reverse("wagtailsnippets_workflows_routingrule:list"),
            icon_name="resubmit",
            order=500,
        ),
    ]
    return RequestsMenu(_("Requests"), Menu(items=items), icon_name="tasks", order=250)


class BudgetViewSet(SnippetViewSet):
    model = Budget
    icon = "table"
    chooser_viewset_class = PermittedSnippetChooserViewSet
    menu_label = _("Edit budgets")
    add_to_admin_menu = False
    list_display = ["name", "network", "year", "total", "committed", "approval_threshold", "active"]
    list_filter = ["year", "active"]


register_region_scope(RoutingRule, rules_for)


class RoutingRuleViewSet(RegionScopedSnippetViewSet):
    model = RoutingRule
    region_locked_fields = ["region", "municipality", "coordinator", "coordinator_group"]
    icon = "resubmit"
    chooser_viewset_class = PermittedSnippetChooserViewSet
    menu_label = _("Routing rules")
    add_to_admin_menu = False
    list_display = [
        "name",
        "request_kind",
        "region",
        "municipality",
        "topic",
        "target",
        "priority",
        "active",
    ]
    list_filter = ["request_kind", "region", "active"]


class OpenTasksPanel(Component):
    """On the dashboard: my open tasks, how many are overdue, and what waits in the queue."""

    name = "request_tasks"
    order = 90
    template_name = "workflows/staff/panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        counts = permissions.inbox_tasks(self.user).aggregate(
            open=Count("pk"), overdue=Count("pk", filter=overdue_tasks())
        )
        return {
            "open_count": counts["open"],
            "overdue_count": counts["overdue"],
            "queue_count": permissions.queue_tasks(self.user).count(),
        }


def overdue_tasks():
    """Tasks past their due date (workflows.flows.due_at), as a condition for the database:
    counting them then costs one query however many tasks there are."""
    now = timezone.now()
    return reduce(
        or_,
        (
            Q(flow_task=node, created__lt=now - timedelta(days=node.due_days))
            for node in task_nodes()
        ),
    )


register_snippet(BudgetViewSet)
register_snippet(RoutingRuleViewSet)


@hooks.register("insert_global_admin_css")
def requests_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("workflows/admin.css"))


@hooks.register("construct_homepage_panels")
def add_open_tasks_panel(request, panels):
    if permissions.works_on_requests(request.user):
        panels.append(OpenTasksPanel(request.user))
