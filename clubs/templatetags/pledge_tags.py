"""The pledge section of a support call page (progress and the pledge form) and how pledges
read in pages and mails.

templates/clubs/support_calls/pledge_section.html loads this library, so the page template
needs nothing but `page`.
"""

from django import template
from django.utils.translation import gettext

from clubs.support_calls.models import Pledge
from clubs.support_calls.pledge_forms import euros
from clubs.support_calls.pledge_views import pledge_section_context

register = template.Library()


@register.simple_tag(takes_context=True)
def pledging(context, page):
    """What the section shows for `page`: `progress`, `form`, `call` (default language), `state`."""
    return pledge_section_context(context["request"], page)


@register.filter(name="euros")
def euros_filter(amount):
    """An amount as people read it in the active language, e.g. "1.250,00 €"."""
    return euros(amount) if amount is not None else ""


@register.simple_tag
def pledge_summary(pledge):
    """One line: the amount of money, or how many of which need."""
    if pledge.kind == Pledge.Kind.MONEY:
        return gettext("%(amount)s (money)") % {"amount": euros(pledge.amount)}
    if pledge.kind == Pledge.Kind.TIME:
        return gettext("%(need)s: %(quantity)d (time)") % {
            "quantity": pledge.quantity,
            "need": pledge.need_label,
        }
    return gettext("%(need)s: %(quantity)d (material)") % {
        "quantity": pledge.quantity,
        "need": pledge.need_label,
    }
