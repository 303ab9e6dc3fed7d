"""iCalendar files (RFC 5545): one event for download and a feed of all coming events.

Written by hand, as it is only a few lines: every session becomes one VEVENT with times in UTC,
texts are escaped and lines folded at 75 octets. Each VEVENT's UID stays the same when the
event is edited (the event's translation key and the session's position), so calendar programs
update a subscribed date instead of adding it twice.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from wagtail.models import Site

from home.events.models import EventPage

from .registration import place_text

PRODUCT_ID = "-//Engagiert im Land//Veranstaltungen//DE"


def escape_text(value):
    """TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11)."""
    value = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line):
    """Lines longer than 75 octets continue on the next line after one space (RFC 5545 3.1),
    never in the middle of a UTF-8 character."""
    parts, current, size = [], "", 0
    for character in line:
        length = len(character.encode())
        if size + length > 75:
            parts.append(current)
            current, size = " ", 1
        current += character
        size += length
    parts.append(current)
    return "\r\n".join(parts)


def utc(value):
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(name, vevents):
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for vevent in vevents:
        lines += vevent
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def vevents_of(event, request, now):
    """The VEVENT lines of each session of an event."""
    url = request.build_absolute_uri(event.get_url(request=request) or "/")
    host = request.get_host().split(":")[0] or "localhost"
    place = place_text(event)
    sessions = sorted(event.sessions.all(), key=lambda session: (session.start, session.pk))
    for number, session in enumerate(sessions, start=1):
        summary = event.title
        if session.title:
            summary = f"{summary}: {session.title}"
        description = "\n\n".join(part for part in (event.teaser, url) if part)
        lines = [
            "BEGIN:VEVENT",
            f"UID:{event.translation_key}-{number}@{host}",
            f"DTSTAMP:{utc(now)}",
            f"DTSTART:{utc(session.start)}",
            f"DTEND:{utc(session.end)}",
            f"SUMMARY:{escape_text(summary)}",
            f"DESCRIPTION:{escape_text(description)}",
            f"URL:{url}",
        ]
        if place:
            lines.append(f"LOCATION:{escape_text(place)}")
        lines.append("END:VEVENT")
        yield lines


def _response(body, filename, disposition):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def _site_name(request):
    site = Site.find_for_request(request)
    return site.site_name if site and site.site_name else ""


def event_response(event, request):
    """One event as an .ics file to download."""
    now = timezone.now()
    body = calendar(event.title, vevents_of(event, request, now))
    return _response(body, f"{event.slug}.ics", "attachment")


def feed_response(index, request):
    """All coming events below the index, for calendar programs to subscribe to."""
    now = timezone.now()
    events = (
        EventPage.objects.child_of(index)
        .upcoming(now)
        .select_related("municipality")
        .prefetch_related("sessions")
        .order_by("pk")
    )
    vevents = [lines for event in events for lines in vevents_of(event, request, now)]
    name = " – ".join(part for part in (_site_name(request), index.title) if part)
    return _response(calendar(name, vevents), "veranstaltungen.ics", "inline")
