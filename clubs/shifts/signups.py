"""Signing up for a shift and cancelling, with never more helpers than the shift needs.

`sign_up()` locks the shift's row (SELECT ... FOR UPDATE on PostgreSQL; SQLite writes one
transaction at a time anyway), counts the active sign-ups and stores the new one in the same
transaction, so parallel sign-ups for the last place are served one after the other. The unique
constraint on (shift, email) of active sign-ups backs up the duplicate check.

The confirmation mail carries a signed link to cancel (`cancel_token`): nobody can cancel
somebody else's place by guessing a number, and the link needs no expiry, since a shift that has
started can no longer be cancelled by the helper anyway.
"""

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from clubs.shifts.models import Shift, ShiftSignup


class SignupRefusedError(Exception):
    """The sign-up is not possible; `reason` is one of the class's codes, `message` says why."""

    PAST = "past"
    FULL = "full"
    DUPLICATE = "duplicate"

    def __init__(self, reason, message):
        super().__init__(message)
        self.reason = reason
        self.message = message


def sign_up(shift, *, name, email, phone="", consent_text, language, now=None):
    """Store a sign-up for `shift` or raise SignupRefusedError; call it inside the caller's
    atomic block when more must be saved with it (a mail in the queue)."""
    with transaction.atomic():
        shift = Shift.objects.select_for_update().get(pk=shift.pk)
        if shift.has_started(now):
            raise SignupRefusedError(
                SignupRefusedError.PAST, _("This shift has already started; it takes no sign-ups.")
            )
        active = ShiftSignup.objects.active().filter(shift=shift)
        if active.filter(email__iexact=email).exists():
            raise SignupRefusedError(
                SignupRefusedError.DUPLICATE,
                _(
                    "You are already signed up for this shift. Your confirmation email has the "
                    "link to cancel."
                ),
            )
        if active.count() >= shift.helpers_needed:
            raise SignupRefusedError(SignupRefusedError.FULL, _("This shift is already full."))
        try:
            with transaction.atomic():
                return ShiftSignup.objects.create(
                    shift=shift,
                    name=name,
                    email=email,
                    phone=phone,
                    consent_text=consent_text,
                    language=language,
                )
        except IntegrityError:
            raise SignupRefusedError(
                SignupRefusedError.DUPLICATE,
                _(
                    "You are already signed up for this shift. Your confirmation email has the "
                    "link to cancel."
                ),
            ) from None


def cancel(signup, *, by=None, message="", now=None):
    """Cancel `signup` (by the helper when `by` is None, else by a club member); False when it
    was cancelled already, so that a second click sends no second mail."""
    with transaction.atomic():
        updated = ShiftSignup.objects.filter(pk=signup.pk, cancelled_at__isnull=True).update(
            cancelled_at=now or timezone.now(), cancelled_by=by, cancel_message=message
        )
    if updated:
        signup.refresh_from_db()
    return bool(updated)


CANCEL_SALT = "clubs.shifts.cancel-signup"


def cancel_token(signup):
    return signing.dumps(signup.pk, salt=CANCEL_SALT)


def signup_for_token(token):
    """The sign-up a cancellation link names, or None for a forged, broken or stale link."""
    try:
        pk = signing.loads(str(token)[:500], salt=CANCEL_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return (
        ShiftSignup.objects.filter(pk=pk).select_related("shift__opportunity__municipality").first()
    )
