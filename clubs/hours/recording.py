"""Hours a club records for a volunteer by address (regular engagement, e.g. "Jugendtraining,
Jan–Mär, 24 Stunden"). They count only once the volunteer confirmed them, by the signed link of
the mail or in "Mein Engagement"; "Stimmt nicht" deletes them and tells the club.

The link carries the record's random reference, signed and dated, so nobody reaches another's
hours by changing a number and an old link expires (CONFIRM_LINK_DAYS); the volunteer can still
confirm in "Mein Engagement" after that.
"""

from django.core import signing
from django.db import transaction
from django.utils import timezone

from clubs.hours.models import HoursRecord
from clubs.volunteer_area.access import normalised

CONFIRM_SALT = "clubs.hours.confirm"
CONFIRM_LINK_DAYS = 60


class LinkExpiredError(Exception):
    """The link was genuine but is older than CONFIRM_LINK_DAYS."""


def record_hours(club, user, *, name, email, activity, starts_on, ends_on, hours, language):
    return HoursRecord.objects.create(
        source=HoursRecord.Source.RECORDED,
        club=club,
        club_name=club.title,
        name=name,
        email=normalised(email),
        activity=activity,
        starts_on=starts_on,
        ends_on=ends_on,
        hours=hours,
        recorded_by=user,
        language=language,
    )


def confirm_token(record):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(record.reference))


def record_for_token(token):
    """The unconfirmed or confirmed record the link names, None for a forged link or one whose
    record is gone; raises LinkExpiredError for a genuine but old link."""
    signer = signing.TimestampSigner(salt=CONFIRM_SALT)
    token = str(token)[:200]
    try:
        reference = signer.unsign(token, max_age=CONFIRM_LINK_DAYS * 24 * 60 * 60)
    except signing.SignatureExpired:
        raise LinkExpiredError from None
    except signing.BadSignature:
        return None
    return HoursRecord.objects.filter(reference=reference).select_related("club").first()


def confirm(record, now=None):
    """Count the hours; False when they were confirmed already (a second click)."""
    updated = HoursRecord.objects.filter(pk=record.pk, volunteer_confirmed_at__isnull=True).update(
        volunteer_confirmed_at=now or timezone.now()
    )
    record.refresh_from_db()
    return bool(updated)


def decline(record):
    """Delete hours the volunteer says are wrong; False when they are confirmed or gone."""
    with transaction.atomic():
        deleted, _by_model = HoursRecord.objects.filter(
            pk=record.pk, volunteer_confirmed_at__isnull=True
        ).delete()
    return bool(deleted)
