"""The club says who came to a shift that has ended, and for how many hours.

Each ticked helper gets one hours record of the shift (unique per sign-up, so saving again
updates it); an unticked helper's record is removed. Records of a shift count at once: the
helper signed up for it, the club confirms it. The shift row is locked while saving, so two
representatives saving at once are served one after the other.
"""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.utils import timezone

from clubs.hours.models import HoursRecord
from clubs.shifts.models import Shift
from clubs.volunteer_area.access import normalised

QUARTER = Decimal("0.25")
ACTIVITY_MAX_LENGTH = HoursRecord._meta.get_field("activity").max_length


def has_ended(shift, now=None):
    now = timezone.localtime(now)
    return (shift.date, shift.ends_at) <= (now.date(), now.time())


def shift_hours(shift):
    """The shift's length in hours, to the quarter hour (the default per helper)."""
    start = datetime.datetime.combine(shift.date, shift.starts_at)
    end = datetime.datetime.combine(shift.date, shift.ends_at)
    hours = Decimal((end - start).total_seconds()) / 3600
    return max(QUARTER, (hours / QUARTER).quantize(Decimal(1), ROUND_HALF_UP) * QUARTER)


def activity_of(shift):
    """What the hours were for: the offer's title, and the shift's task if it has one."""
    parts = [shift.opportunity.title, shift.task]
    return " – ".join(part for part in parts if part)[:ACTIVITY_MAX_LENGTH]


def confirm_attendance(shift, club, hours_by_signup, now=None):
    """Store who came: `hours_by_signup` maps each active sign-up that came to its hours.

    Returns the sign-ups whose records are new (they are told by mail)."""
    now = now or timezone.now()
    with transaction.atomic():
        shift = Shift.objects.select_for_update().select_related("opportunity").get(pk=shift.pk)
        signups = list(shift.signups.active())
        existing = {record.signup_id: record for record in shift.hours_records.all()}
        new = []
        for signup in signups:
            record = existing.get(signup.pk)
            hours = hours_by_signup.get(signup.pk)
            if hours is None:
                if record is not None:
                    record.delete()
                continue
            if record is None:
                record = HoursRecord(
                    source=HoursRecord.Source.SHIFT,
                    signup=signup,
                    shift=shift,
                    volunteer_confirmed_at=now,
                    recorded_at=now,
                    language=signup.language,
                )
                new.append(signup)
            record.club = club
            record.club_name = club.title
            record.name = signup.name
            record.email = normalised(signup.email)
            record.activity = activity_of(shift)
            record.starts_on = record.ends_on = shift.date
            record.hours = hours
            record.save()
        shift.attendance_confirmed_at = now
        shift.save(update_fields=["attendance_confirmed_at"])
    return new
