"""The Tauschbörse on a club's page: the club's current items (templates/pages/club_page.html
loads this library, so the page model does not need to know the exchange)."""

from django import template
from wagtail.models import Locale

from clubs.exchange.items import public_items

CLUB_PAGE_ITEMS = 6

register = template.Library()


@register.inclusion_tag("clubs/exchange/club_section.html")
def club_exchange_items(page):
    """At most CLUB_PAGE_ITEMS current items of the club, whichever translation is shown, in
    two queries (the items with their places, and the photos' renditions)."""
    club = page.get_translation_or_none(Locale.get_default()) or page
    items = list(public_items().filter(club=club)[: CLUB_PAGE_ITEMS + 1])
    for item in items:
        item.club_page = page
    return {"items": items[:CLUB_PAGE_ITEMS], "more": len(items) > CLUB_PAGE_ITEMS}
