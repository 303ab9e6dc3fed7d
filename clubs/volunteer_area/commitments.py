"""What a person is confirmed for, by address: shifts they signed up for and the sessions of
courses they hold a confirmed place in.

One list serves "Mein Engagement", the personal calendar feed and the reminders the day before,
so the three never disagree about what a person has on a day. Offers and courses that are no
longer published are left out: a club that takes a cancelled offer down sends no "see you
tomorrow".
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from clubs.shifts.models import ShiftSignup
from clubs.shifts.public import offer_in_language
from home.events.registration import event_in_language, place_text
from home.models import EventSession, Registration


@dataclass(frozen=True)
class Commitment:
    kind: str  # "shift" or "session"
    uid: str  # stable across edits, for calendar programs
    title: str  # the offer's or course's title in the person's language
    detail: str  # the shift's task or the session's title, may be empty
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    place: str
    page: object  # the offer or course page in the person's language
    record: object  # the ShiftSignup or the Registration, for its cancellation link

    @property
    def day(self):
        return timezone.localtime(self.starts_at).date()


def _aware(day, time):
    return timezone.make_aware(datetime.datetime.combine(day, time))


def _shift_commitments(email):
    signups = (
        ShiftSignup.objects.active()
        .filter(email__iexact=email, shift__opportunity__live=True)
        .select_related("shift__opportunity__municipality")
    )
    for signup in signups:
        shift = signup.shift
        offer = offer_in_language(shift.opportunity, signup.language)
        place = ", ".join(
            part for part in (shift.place_note, shift.opportunity.municipality.name) if part
        )
        yield Commitment(
            kind="shift",
            uid=f"shift-{shift.pk}-signup-{signup.pk}",
            title=offer.title,
            detail=shift.task,
            starts_at=_aware(shift.date, shift.starts_at),
            ends_at=_aware(shift.date, shift.ends_at),
            place=place,
            page=offer,
            record=signup,
        )


def _session_commitments(email):
    registrations = Registration.objects.filter(
        email__iexact=email, status=Registration.Status.CONFIRMED, event__live=True
    ).select_related("event")
    for registration in registrations:
        event = event_in_language(registration)
        place = place_text(event)
        sessions = EventSession.objects.filter(page=registration.event).order_by("start")
        for session in sessions:
            yield Commitment(
                kind="session",
                uid=f"session-{session.pk}-registration-{registration.pk}",
                title=event.title,
                detail=session.title,
                starts_at=session.start,
                ends_at=session.end,
                place=place,
                page=event,
                record=registration,
            )


def commitments(email, since=None, until=None):
    """The person's shifts and course sessions that start in [since, until), by start."""
    items = [*_shift_commitments(email), *_session_commitments(email)]
    items = [
        item
        for item in items
        if (since is None or item.starts_at >= since) and (until is None or item.starts_at < until)
    ]
    return sorted(items, key=lambda item: (item.starts_at, item.uid))
