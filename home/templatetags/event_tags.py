"""Template tags of events and courses: dates as people read them and the home page's next
events. Each tag costs a fixed number of queries, whatever the number of events shown."""

from django import template
from wagtail.models import Locale

from home.events.dates import format_session
from home.events.filters import with_topic_names
from home.events.models import EventIndexPage, EventPage
from home.events.registration import with_availability

register = template.Library()


@register.simple_tag
def session_when(start, end):
    """ "Sa, 05.12.2026, 10:00–16:00 Uhr" in German."""
    return format_session(start, end)


@register.simple_tag
def upcoming_events(count):
    """The next events in the visitor's language, soonest first, ready for the cards."""
    events = (
        EventPage.objects.filter(locale=Locale.get_active())
        .upcoming()
        .with_listing_data()
        .select_related("municipality", "region")
        .prefetch_related("topics")
        .order_by("next_start", "pk")[:count]
    )
    return with_availability(with_topic_names(events))


@register.simple_tag
def event_index():
    """The live event index in the visitor's language, or None."""
    return EventIndexPage.objects.filter(locale=Locale.get_active()).live().public().first()
