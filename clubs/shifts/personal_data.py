"""What shifts store about people: the sign-ups of helpers, for the personal-data registry
(export, erasure and retention; see home.personal_data.registry).

A sign-up is needed until the shift is over and a little after (for questions about who was
there); SHIFT_SIGNUP_RETENTION_DAYS after the shift's day it is deleted, cancelled or not.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clubs.shifts.models import ShiftSignup
from home.personal_data.registry import PersonalDataKind, consent


class ShiftSignups(PersonalDataKind):
    key = "shift_signups"
    label = _("Shift sign-ups")
    retention_setting = "SHIFT_SIGNUP_RETENTION_DAYS"
    after_retention = "deleted, counted from the day of the shift, cancelled ones as well"
    erase_note = _("Deleted; the club no longer sees the person in its helper lists.")

    def records(self, email):
        return ShiftSignup.objects.filter(email__iexact=email).select_related("shift__opportunity")

    def export(self, email):
        return [
            {
                "offer": signup.shift.opportunity.title,
                "date": signup.shift.date,
                "from": signup.shift.starts_at,
                "to": signup.shift.ends_at,
                "task": signup.shift.task,
                "name": signup.name,
                "email": signup.email,
                "phone": signup.phone,
                "language": signup.language,
                "signed_up_at": signup.created_at,
                "cancelled_at": signup.cancelled_at,
                "cancel_message": signup.cancel_message,
                "consent": consent(signup.consent_text, signup.created_at),
            }
            for signup in self.records(email)
        ]

    def erase(self, email, request):
        return self._delete(self.records(email))

    def expired(self, cutoff):
        return ShiftSignup.objects.filter(shift__date__lt=timezone.localdate(cutoff))

    def expire(self, records, cutoff):
        return self._delete(records)

    def describe(self, record):
        shift = record.shift
        return (
            f"{record.name}: {shift.opportunity.title}, {shift.date:%d.%m.%Y} "
            f"{shift.starts_at:%H:%M}"
        )

    @staticmethod
    def _delete(signups):
        return (
            ShiftSignup.objects.filter(pk__in=signups.values("pk"))
            .delete()[1]
            .get(ShiftSignup._meta.label, 0)
        )
