"""What the overview of Mein Engagement shows: everything stored under one address, by kind.

Every query filters by the address; nothing else decides what a person sees. The pages are
shown in the active language where a live translation exists, found for all records at once,
so the page needs the same number of queries for three records as for thirty.
"""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils import timezone, translation
from wagtail.models import Page

from clubs.interests.models import Interest
from clubs.shifts.models import ShiftSignup
from clubs.shifts.public import described
from home.events.certificates import attended_sessions, qualifies
from home.events.models import EventSession, Registration


def translations_in_active_language(pages):
    """{page pk: the page, or its live translation in the active language}, in one query."""
    pages = [page for page in pages if page is not None]
    language = translation.get_language()
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in={page.translation_key for page in pages},
            locale__language_code=language,
        )
    }
    return {page.pk: translated.get(page.translation_key, page) for page in pages}


def interests(email):
    return list(
        Interest.objects.filter(email__iexact=email)
        .select_related("club", "opportunity")
        .order_by("-created_at", "-pk")
    )


def shift_signups(email, now=None):
    """(upcoming, past) active sign-ups, each with `shift.day`/`times` and `page` (the offer)."""
    signups = list(
        ShiftSignup.objects.active()
        .filter(email__iexact=email)
        .select_related("shift__opportunity")
        .order_by("shift__date", "shift__starts_at", "pk")
    )
    described([signup.shift for signup in signups])
    pages = translations_in_active_language(signup.shift.opportunity for signup in signups)
    for signup in signups:
        signup.page = pages[signup.shift.opportunity_id]
    upcoming = [signup for signup in signups if not signup.shift.has_started(now)]
    past = [signup for signup in signups if signup.shift.has_started(now)]
    return upcoming, list(reversed(past))


@dataclass
class Place:
    """A registration as the area shows it."""

    registration: Registration
    page: Page  # the event in the active language
    sessions: list
    ends_at: object
    position: int | None  # on the waiting list, 1 for the first
    certificate: bool  # a participation certificate can be downloaded


def _waiting_positions(registrations):
    """{registration pk: position} for waiting ones, from one query over their events."""
    events = {r.event_id for r in registrations if r.status == Registration.Status.WAITING}
    positions, counters = {}, {}
    for pk, event_id in (
        Registration.objects.waiting_in_order()
        .filter(event_id__in=events)
        .values_list("pk", "event_id")
    ):
        counters[event_id] = counters.get(event_id, 0) + 1
        positions[pk] = counters[event_id]
    return positions


def registrations(email, now=None):
    """(upcoming, past) active registrations as `Place`s, upcoming by start, past newest first."""
    now = now or timezone.now()
    found = list(
        Registration.objects.active()
        .filter(email__iexact=email)
        .select_related("event")
        .prefetch_related(
            Prefetch("event__sessions", queryset=EventSession.objects.order_by("start", "pk")),
            "attended_sessions",
        )
    )
    pages = translations_in_active_language(r.event for r in found)
    positions = _waiting_positions(found)
    places = []
    for registration in found:
        sessions = registration.event.ordered_sessions()
        places.append(
            Place(
                registration=registration,
                page=pages[registration.event_id],
                sessions=sessions,
                ends_at=registration.event.ends_at(),
                position=positions.get(registration.pk),
                certificate=qualifies(registration, attended_sessions(registration)),
            )
        )
    upcoming = [p for p in places if p.ends_at and p.ends_at >= now]
    past = [p for p in places if not (p.ends_at and p.ends_at >= now)]
    upcoming.sort(key=lambda p: (p.sessions[0].start, p.registration.pk))
    past.sort(key=lambda p: (p.ends_at is not None, p.ends_at), reverse=True)
    return upcoming, past


def overview_context(email, now=None):
    upcoming_shifts, past_shifts = shift_signups(email, now)
    upcoming_places, past_places = registrations(email, now)
    return {
        "interests": interests(email),
        "upcoming_shifts": upcoming_shifts,
        "past_shifts": past_shifts,
        "upcoming_places": upcoming_places,
        "past_places": past_places,
        "certificates": [place for place in past_places + upcoming_places if place.certificate],
    }
