"""Reminders the day before: for the command `send_reminders` (cron, hourly).

Every run looks REMINDER_HOURS_BEFORE hours ahead. An address with a shift or a course session
starting in that window gets one mail per day it has something on: everything that day holds
(clubs.volunteer_area.commitments, so only active shift sign-ups and confirmed course places,
never waiting-list places, and only what has not started), each with its cancellation link, in
the language the person signed up in. Later runs find the `Reminder` row of that address and
day, whose unique constraint also stops a second run at the same time: its INSERT fails (on
PostgreSQL after waiting for the first run's commit) and it sends nothing. The mail is queued
in the transaction that stores the row, so there is never a row without its mail.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import pgettext

from clubs.reminders.models import Reminder
from clubs.shifts.models import ShiftSignup
from clubs.shifts.signups import cancel_token
from clubs.volunteer_area.access import normalised
from clubs.volunteer_area.commitments import commitments
from home.events.registration import cancel_url
from home.mail import offline_request, send_templated_mail, site_name
from home.models import EventSession, Registration


def addresses_with_something_in(since, until):
    """Lower-case addresses with a shift or course session starting in [since, until) (a
    superset by whole days for shifts; `commitments` then checks the times)."""
    shifts = ShiftSignup.objects.active().filter(
        shift__date__gte=timezone.localdate(since), shift__date__lte=timezone.localdate(until)
    )
    sessions = EventSession.objects.filter(start__gte=since, start__lt=until)
    courses = Registration.objects.filter(
        status=Registration.Status.CONFIRMED, event__in=sessions.values("page")
    )
    emails = {*shifts.values_list("email", flat=True), *courses.values_list("email", flat=True)}
    return sorted({normalised(email) for email in emails})


def _day_bounds(day):
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    return start, start + datetime.timedelta(days=1)


def send_due_reminders(now=None):
    """Queue the due reminders; how many mails were queued."""
    now = now or timezone.now()
    until = now + datetime.timedelta(hours=settings.REMINDER_HOURS_BEFORE)
    request = offline_request()
    sent = 0
    for email in addresses_with_something_in(now, until):
        days = sorted({item.day for item in commitments(email, since=now, until=until)})
        for day in days:
            day_start, day_end = _day_bounds(day)
            items = commitments(email, since=max(now, day_start), until=day_end)
            sent += _remind(email, day, items, request)
    return sent


def _remind(email, day, items, request):
    """Store the day's Reminder and queue its mail, or nothing when it exists already."""
    try:
        with transaction.atomic():
            reminder = Reminder.objects.create(email=email, day=day)
            _queue_mail(reminder, items, request)
    except IntegrityError:
        return 0
    return 1


def _times(item):
    """From and to in the active language, as the shift mails write them ("14:00–17:00 Uhr")."""
    return pgettext("time range", "%(start)s–%(end)s") % {
        "start": formats.time_format(timezone.localtime(item.starts_at), "H:i"),
        "end": formats.time_format(timezone.localtime(item.ends_at), "H:i"),
    }


def _cancel_link(item, language, request):
    if item.kind == "shift":
        with translation.override(language):
            path = reverse("shift_signup_cancel", kwargs={"token": cancel_token(item.record)})
        return request.build_absolute_uri(path)
    return cancel_url(item.record, item.page, request)


def _queue_mail(reminder, items, request):
    language = items[0].record.language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "site_name": site_name(request),
            "day": reminder.day,
            "items": [
                {
                    "title": item.title,
                    "detail": item.detail,
                    "times": _times(item),
                    "place": item.place,
                    "url": request.build_absolute_uri(item.page.get_url(request=request) or "/"),
                    "cancel_url": _cancel_link(item, language, request),
                    "kind": item.kind,
                }
                for item in items
            ],
        }
    # The Reminder row is the one per address and day; its number keys the mail without
    # putting anything about the address into the mail queue's records (home.models.SentMail).
    send_templated_mail(
        "reminder", context, to=[reminder.email], language=language, key=f"reminder-{reminder.pk}"
    )
