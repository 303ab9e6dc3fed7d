"""Who handles a request: the routing rules first, then the region's coordinators, then the
programme leads. Nothing is ever unrouted.

Among the active rules that match (an empty field matches everything), the highest priority
wins; on equal priority the more specific rule (municipality before region, then topic, then
request type) wins, so that a rule for one village beats the rule for its whole region.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.db.models import Case, Q, Value, When
from django.utils.translation import gettext as _

from home.roles import PROGRAMME_LEADS
from workflows.models import RoutingRule


@dataclass(frozen=True)
class Route:
    coordinator: object = None  # a user
    group: Group | None = None
    note: str = ""


def _specificity():
    def weight(field, points):
        return Case(When(**{f"{field}__isnull": False}, then=Value(points)), default=Value(0))

    return (
        weight("municipality", 8)
        + weight("region", 4)
        + weight("topic", 2)
        + Case(When(~Q(request_kind=""), then=Value(1)), default=Value(0))
    )


def matching_rules(kind, municipality, topic):
    any_topic = Q(topic__isnull=True)
    rules = RoutingRule.objects.filter(active=True).filter(
        Q(request_kind="") | Q(request_kind=kind),
        Q(region__isnull=True) | Q(region_id=municipality.region_id),
        Q(municipality__isnull=True) | Q(municipality=municipality),
        any_topic | Q(topic=topic) if topic else any_topic,
    )
    return rules.annotate(specificity=_specificity()).order_by("-priority", "-specificity", "pk")


def resolve(kind, municipality, topic=None):
    """The Route for a request of `kind` from `municipality` about `topic`."""
    rule = (
        matching_rules(kind, municipality, topic)
        .filter(Q(coordinator__is_active=True) | Q(coordinator_group__isnull=False))
        .select_related("coordinator", "coordinator_group")
        .first()
    )
    if rule is not None:
        return Route(rule.coordinator, rule.coordinator_group, _("Rule: %s") % rule.name)
    if municipality.region.coordinators.filter(is_active=True).exists():
        return Route(note=_("Coordinators of the region %s") % municipality.region)
    group = Group.objects.filter(name=PROGRAMME_LEADS.group_name).first()
    return Route(group=group, note=_("Programme leads (no rule and no coordinator of the region)"))


def route(request):
    """Store on `request` where it goes; returns the Route."""
    found = resolve(request.kind, request.municipality, request.topic)
    request.coordinator = found.coordinator
    request.coordinator_group = found.group
    request.routing_note = found.note[:200]
    request.save(update_fields=["coordinator", "coordinator_group", "routing_note", "updated_at"])
    return found
