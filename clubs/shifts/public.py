"""What citizens see of shifts: the shifts of an offer that still take sign-ups, and how their
day and time read ("Sa, 20.06.2027", "14:00–17:00 Uhr").

Shifts belong to the offer in the default language; a translation shows the same shifts, found
through the translation key.
"""

from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import pgettext
from wagtail.models import Locale

from clubs.shifts.models import Shift


def default_language_offer(page):
    """The offer in the default language, which owns the shifts (the page itself if it is)."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    return page.get_translation_or_none(default) or page


def not_started(now=None, prefix=""):
    """A Q for shifts that have not begun yet: later days, or today from a later hour."""
    now = timezone.localtime(now)
    return Q(**{f"{prefix}date__gt": now.date()}) | Q(
        **{f"{prefix}date": now.date(), f"{prefix}starts_at__gt": now.time()}
    )


def upcoming_shifts(offer, now=None):
    """The offer's shifts that have not started, with `taken` and `free`, in one query."""
    if not offer.pk:  # an offer being created, in the editors' preview
        return []
    return list(
        Shift.objects.filter(opportunity=default_language_offer(offer))
        .filter(not_started(now))
        .with_places()
    )


def shift_day(shift):
    """The day of a shift as people read it, e.g. "Sa, 20.06.2027"."""
    return "{}, {}".format(
        formats.date_format(shift.date, "D"), formats.date_format(shift.date, "SHORT_DATE_FORMAT")
    )


def shift_times(shift):
    """From and to in the active language, e.g. "14:00–17:00 Uhr"."""
    return pgettext("time range", "%(start)s–%(end)s") % {
        "start": formats.time_format(shift.starts_at, "H:i"),
        "end": formats.time_format(shift.ends_at, "H:i"),
    }


def described(shifts):
    """Attach `day` and `times` in the active language to each shift."""
    for shift in shifts:
        shift.day, shift.times = shift_day(shift), shift_times(shift)
    return shifts


def offer_in_language(offer, language_code):
    """The live translation of `offer` in a language, else the offer itself."""
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale and locale.pk != offer.locale_id:
        translated = offer.get_translation_or_none(locale)
        if translated is not None and translated.live:
            return translated.specific
    return offer
