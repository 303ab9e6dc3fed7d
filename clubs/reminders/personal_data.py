"""What reminders store about people: that an address was reminded about a day, so that it is
not reminded twice (personal-data registry: export, erasure, retention).

The row is needed only until the day has passed; REMINDER_RETENTION_DAYS after the day it is
deleted.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clubs.reminders.models import Reminder
from home.personal_data.registry import PersonalDataKind


class Reminders(PersonalDataKind):
    key = "reminders"
    label = _("Reminders")
    retention_setting = "REMINDER_RETENTION_DAYS"
    after_retention = "deleted, counted from the day the reminder was about"
    erase_note = _("Deleted; only the note that a reminder was sent for a day.")

    def records(self, email):
        return Reminder.objects.filter(email__iexact=email)

    def export(self, email):
        return [
            {"email": reminder.email, "day": reminder.day, "sent_at": reminder.sent_at}
            for reminder in self.records(email)
        ]

    def erase(self, email, request):
        return self._delete(self.records(email))

    def expired(self, cutoff):
        return Reminder.objects.filter(day__lt=timezone.localdate(cutoff))

    def expire(self, records, cutoff):
        return self._delete(records)

    def describe(self, record):
        return f"{record.day:%d.%m.%Y}"

    @staticmethod
    def _delete(reminders):
        return reminders.delete()[1].get(Reminder._meta.label, 0)
