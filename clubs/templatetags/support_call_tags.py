"""Template tags of support calls: the home page's section of running calls (home/ never
imports clubs/), the progress bar of a card, and what the call page shows besides its fields.

Each tag costs a fixed number of queries, whatever the number of calls shown.
"""

from django import template
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from clubs.support_calls.listing import published_calls, with_cards
from clubs.support_calls.pledges import source_call

register = template.Library()


@register.inclusion_tag("components/clubs/support_calls_section.html")
def running_support_calls(count):
    """The calls in the visitor's language that have not ended, soonest end first; the
    section is left out when there are none."""
    calls = published_calls().filter(ends_on__gte=timezone.localdate())
    return {"calls": with_cards(calls.order_by("ends_on", "pk")[:count])}


def euros(amount):
    return number_format(amount, decimal_pos=0, force_grouping=True)


@register.simple_tag
def call_progress_bar(call):
    """What templates/components/progress_bar.html needs for a card: the money pledged
    against the goal, else the helpers and materials pledged against those needed."""
    progress = call.progress
    if progress.goal_amount:
        return {
            "id": f"call-{call.pk}-progress",
            "label": _("Money pledged"),
            # Unlocalized: <progress> reads "1250.50", not the German "1250,50".
            "value": f"{min(progress.pledged_amount, progress.goal_amount):.2f}",
            "max": f"{progress.goal_amount:.2f}",
            "text": _("%(pledged)s € of %(goal)s €")
            % {"pledged": euros(progress.pledged_amount), "goal": euros(progress.goal_amount)},
        }
    needed = sum(line.need.quantity for line in progress.needs)
    if not needed:
        return None
    pledged = sum(min(line.pledged, line.need.quantity) for line in progress.needs)
    return {
        "id": f"call-{call.pk}-progress",
        "label": _("Helpers and materials pledged"),
        "value": pledged,
        "max": needed,
        "text": _("%(pledged)s of %(needed)s") % {"pledged": pledged, "needed": needed},
    }


@register.filter
def iban_groups(iban):
    """DE02120300000000202051 as DE02 1203 0000 0000 2020 51, as banks print it."""
    compact = "".join((iban or "").split())
    return " ".join(compact[start : start + 4] for start in range(0, len(compact), 4))


@register.simple_tag
def support_call_details(page):
    """The club, the updates (newest first), the closing note of a call page, and how money
    reaches the club while it runs. Updates and the bank details come from the
    default-language page, which the club edits and the review approved: a translation
    never shows other or older payment details."""
    source = source_call(page)
    updates = list(source.updates.all())
    return {
        "club": page.get_parent().specific,
        "updates": [update for update in updates if not update.closing],
        "closing_note": next((update for update in updates if update.closing), None),
        "money": source,
        "shows_money": not source.has_ended()
        and bool(source.goal_amount or source.iban or source.donation_url),
    }
