"""Engagementnachweise: what a certificate states, its verification code, issuing, revoking.

A certificate freezes its statement when it is issued (JSON: the name, the clubs and each
entry with club, activity, period and hours, and the total), so the PDF and the public
verification page always say what was issued, whatever happens to the records later. Only
confirmed hours are certified.

The code has 12 letters and digits from an alphabet without look-alikes (no 0/O, 1/I/L),
printed in groups "ABCD-EFGH-JKMN"; 31^12 codes make guessing one hopeless. Codes are compared
without regard to case, dashes or spaces.
"""

import secrets
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone

from clubs.hours.models import EngagementCertificate, HoursRecord
from clubs.volunteer_area.access import normalised

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
CODE_GROUP = 4


def new_code():
    letters = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return grouped(letters)


def grouped(letters):
    return "-".join(letters[i : i + CODE_GROUP] for i in range(0, len(letters), CODE_GROUP))


def normalised_code(text):
    """The stored form of a typed code ("abcd efgh-jkmn" → "ABCD-EFGH-JKMN"), or "" when it
    cannot be one."""
    letters = "".join(character for character in str(text).upper() if character.isalnum())
    if len(letters) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in letters):
        return ""
    return grouped(letters)


def certificate_for_code(text):
    code = normalised_code(text)
    return EngagementCertificate.objects.filter(code=code).first() if code else None


def confirmed_records(email, year=None):
    records = HoursRecord.objects.confirmed().filter(email__iexact=email.strip())
    if year:
        records = records.filter(starts_on__year=year)
    return records.order_by("club_name", "starts_on", "pk")


def years_with_hours(email):
    """The years in which the person's confirmed hours start, latest first (a period over the
    turn of a year counts in the year it starts, here and in the sums)."""
    dates = confirmed_records(email).values_list("starts_on", flat=True)
    return sorted({date.year for date in dates}, reverse=True)


def confirmed_names(email):
    """The names under which clubs confirmed the person's hours, the latest first: the only
    names a certificate may print, so that its verification never calls a name genuine that
    no club confirmed."""
    names = confirmed_records(email).order_by("-recorded_at").values_list("name", flat=True)
    return list(dict.fromkeys(names))


def statement_of(name, records, year=None):
    entries = [
        {
            "club": record.club_name,
            "activity": record.activity,
            "starts_on": record.starts_on.isoformat(),
            "ends_on": record.ends_on.isoformat(),
            "hours": str(record.hours),
        }
        for record in records
    ]
    total = sum((Decimal(entry["hours"]) for entry in entries), Decimal(0))
    return {
        "name": name,
        "year": year,
        "clubs": sorted({entry["club"] for entry in entries}),
        "entries": entries,
        "total_hours": str(total),
    }


def issue(email, name, year, language, now=None):
    """The certificate of the person's confirmed hours (of `year`, or all), or None when there
    is nothing to certify. The same statement issued before and not revoked is returned
    instead of a second certificate."""
    email = normalised(email)
    records = list(confirmed_records(email, year))
    if not records:
        return None
    statement = statement_of(name, records, year)
    with transaction.atomic():
        for earlier in EngagementCertificate.objects.select_for_update().filter(
            email__iexact=email, revoked_at__isnull=True
        ):
            if earlier.statement == statement:
                return earlier
        for _attempt in range(5):
            try:
                with transaction.atomic():
                    return EngagementCertificate.objects.create(
                        code=new_code(),
                        email=email,
                        name=name,
                        statement=statement,
                        language=language,
                        issued_at=now or timezone.now(),
                    )
            except IntegrityError:
                continue  # the same code twice: astronomically rare, draw again
    raise RuntimeError("No free verification code found")


def revoke(certificate_id, user, reason, now=None):
    """Revoke once; False when it was revoked already."""
    with transaction.atomic():
        updated = EngagementCertificate.objects.filter(
            pk=certificate_id, revoked_at__isnull=True
        ).update(revoked_at=now or timezone.now(), revoked_by=user, revoked_reason=reason)
    return bool(updated)
