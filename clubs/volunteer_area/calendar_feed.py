"""The personal calendar feed: a secret address per person with their shifts and course
sessions, for calendar programs to subscribe to.

The address carries the feed's number and an HMAC of number and salt under SECRET_KEY; the
database stores only the salt, so a copy of it opens no feed. "Neue Kalenderadresse" replaces
the salt, and the old address answers 404 from then on. The feed lists what starts from
`PAST_DAYS` ago on, from the same list as the area and the reminders (commitments.py), as
iCalendar text made with home.events.ical. Each entry's UID stays the same while the sign-up or
registration lasts, so calendar programs update an entry instead of adding it twice.
"""

import datetime
import secrets

from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext

from clubs.volunteer_area.commitments import commitments
from clubs.volunteer_area.models import CalendarFeed
from home.events.ical import calendar, escape_text, utc
from home.mail import site_name

KEY_SALT = "clubs.volunteer_area.calendar-feed"
PAST_DAYS = 90


def new_salt():
    return secrets.token_hex(16)


def feed_token(feed):
    return salted_hmac(KEY_SALT, f"{feed.pk}:{feed.salt}").hexdigest()


def feed_for(feed_id, token):
    """The feed this address names, or None (unknown, or an address replaced by a new one)."""
    feed = CalendarFeed.objects.filter(pk=feed_id).first()
    if feed is None or not constant_time_compare(feed_token(feed), str(token)):
        return None
    return feed


def feed_of(email):
    """The person's feed, or None before they asked for one."""
    return CalendarFeed.objects.filter(email=email).first()


def create_feed(email):
    """The person's feed, made on the first request (a second request keeps the first)."""
    feed, _created = CalendarFeed.objects.get_or_create(email=email, defaults={"salt": new_salt()})
    return feed


def renew_feed(email, now=None):
    """Replace the salt of the person's feed; the old address stops working. False without a
    feed."""
    return bool(
        CalendarFeed.objects.filter(email=email).update(
            salt=new_salt(), renewed_at=now or timezone.now()
        )
    )


def feed_urls(feed, request):
    """(https address, webcal address) of the feed, to copy into a calendar program."""
    path = reverse(
        "volunteer_area_calendar", kwargs={"feed_id": feed.pk, "token": feed_token(feed)}
    )
    url = request.build_absolute_uri(path)
    return url, "webcal://" + url.split("://", 1)[1]


def _vevent(item, request, host, now):
    url = request.build_absolute_uri(item.page.get_url(request=request) or "/")
    summary = f"{item.title}: {item.detail}" if item.detail else item.title
    lines = [
        "BEGIN:VEVENT",
        f"UID:{item.uid}@{host}",
        f"DTSTAMP:{utc(now)}",
        f"DTSTART:{utc(item.starts_at)}",
        f"DTEND:{utc(item.ends_at)}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(url)}",
        f"URL:{url}",
    ]
    if item.place:
        lines.append(f"LOCATION:{escape_text(item.place)}")
    lines.append("END:VEVENT")
    return lines


def feed_response(feed, request, now=None):
    """The feed as text/calendar, never kept by a browser or a shared cache (it is personal)."""
    now = now or timezone.now()
    host = request.get_host().split(":")[0] or "localhost"
    items = commitments(feed.email, since=now - datetime.timedelta(days=PAST_DAYS))
    name = " – ".join(part for part in (gettext("My volunteering"), site_name(request)) if part)
    body = calendar(name, [_vevent(item, request, host, now) for item in items])
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="mein-engagement.ics"'
    response["Cache-Control"] = "private, no-store"
    return response
