"""Admin hooks of workflows/: the audit log's entries of requests, budgets and routing rules,
and personal data. The staff's screens of requests (workflows/staff/wagtail_hooks.py) and the
moderation of club profiles (workflows/moderation/wagtail_hooks.py) wire themselves in their own
modules, imported here because Wagtail loads only this one."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from home.personal_data.registry import PERSONAL_DATA_HOOK
from workflows import ledger, timeline
from workflows.models import RoutingRule
from workflows.models.budgets import THRESHOLD_CHANGED_ACTION
from workflows.models.routing import ROUTING_RULE_CHANGED_ACTION
from workflows.moderation import wagtail_hooks as moderation_hooks  # noqa: F401
from workflows.personal_data import Requests
from workflows.staff import wagtail_hooks as staff_hooks  # noqa: F401


@hooks.register("register_log_actions")
def register_request_log_actions(actions):
    @actions.register_action(timeline.AUDIT_ACTION)
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


@hooks.register(PERSONAL_DATA_HOOK)
def register_requests_personal_data():
    return [Requests]
