"""Template tags through which pages of home/ show clubs content (home/ never imports clubs/).

Each tag costs a fixed number of queries, whatever the number of items shown.
"""

from django import template
from wagtail.models import Locale

from clubs.contact_points.models import ContactPointPage, with_next_office_hours
from clubs.geo import all_municipalities, names_of
from clubs.opportunities.listing import OpportunityFinderPage
from clubs.opportunities.models import OpportunityPage, with_club_titles
from clubs.shifts.finder import soonest_first, with_open_shifts

register = template.Library()


@register.simple_tag
def newest_opportunities(count):
    """The newest open opportunities in the visitor's language, each with `club_page`."""
    opportunities = (
        OpportunityPage.objects.filter(locale=Locale.get_active())
        .open()
        .select_related("municipality")
        .order_by("-first_published_at", "-pk")[:count]
    )
    return with_club_titles(opportunities)


@register.simple_tag
def urgent_shift_offers(count):
    """ "Wo fehlt noch jemand?": open opportunities in the visitor's language whose next shift
    with a free place is soonest, each with `club_page` and the shift annotations."""
    opportunities = with_open_shifts(
        OpportunityPage.objects.filter(locale=Locale.get_active())
        .open()
        .select_related("municipality")
    ).filter(open_shift_places__gt=0)
    return with_club_titles(soonest_first(opportunities)[:count])


@register.simple_tag
def contact_points_overview():
    """The live contact points in the visitor's language, each with `next_office_hours`."""
    contact_points = (
        ContactPointPage.objects.filter(locale=Locale.get_active())
        .live()
        .public()
        .select_related("municipality")
        .prefetch_related("office_hours")
        .order_by("title")
    )
    return with_next_office_hours(contact_points, limit=2)


@register.simple_tag
def opportunity_finder():
    """The live opportunity finder in the visitor's language, or None."""
    return OpportunityFinderPage.objects.filter(locale=Locale.get_active()).live().public().first()


@register.simple_tag
def municipality_names():
    return names_of(all_municipalities())
