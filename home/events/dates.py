"""Dates of sessions as people read them: "Sa, 05.12.2026, 10:00–16:00 Uhr" in German."""

from django.utils import formats, timezone
from django.utils.translation import pgettext


def _day(value):
    return f"{formats.date_format(value, 'D')}, {formats.date_format(value, 'SHORT_DATE_FORMAT')}"


def _time(value):
    return formats.time_format(value, "H:i")


def format_session(start, end):
    """One session in the active language, in the local time zone; a session over several
    days names both days."""
    start, end = timezone.localtime(start), timezone.localtime(end)
    if start.date() == end.date():
        times = pgettext("time range", "%(start)s–%(end)s") % {
            "start": _time(start),
            "end": _time(end),
        }
        return f"{_day(start)}, {times}"
    at = pgettext("date and time", "%(day)s, %(time)s")
    return "{} – {}".format(
        at
        % {
            "day": _day(start),
            "time": pgettext("time of day", "%(time)s") % {"time": _time(start)},
        },
        at % {"day": _day(end), "time": pgettext("time of day", "%(time)s") % {"time": _time(end)}},
    )
