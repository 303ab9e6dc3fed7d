"""What "Mein Bereich" shows of requests: the newest of the user's clubs and how to start one.

templates/pages/my_area.html loads this library, so home/ never imports workflows/.
"""

from django import template

from workflows import permissions

NEWEST = 5

register = template.Library()


@register.inclusion_tag("workflows/applicant/my_area_requests.html", takes_context=True)
def my_requests(context):
    user = context["request"].user
    if not permissions.represented_clubs(user).exists():
        return {"shown": False}
    requests = permissions.own_requests(user).select_related("club").order_by("-updated_at", "-pk")
    return {"shown": True, "requests": requests[:NEWEST]}


@register.filter
def person(user):
    """A person's name for lists and timelines; "–" for a deleted account."""
    if user is None:
        return "–"
    return user.get_full_name() or user.get_username()
