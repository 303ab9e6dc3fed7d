"""Reminders the day before: one mail per address and day, whatever that day holds."""

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Reminder(models.Model):
    """A reminder queued for `email` about everything it is confirmed for on `day`; the unique
    constraint keeps a second run of the command (or a second worker) from sending another."""

    email = models.EmailField(_("email address"))
    day = models.DateField(_("day"), db_index=True)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [
            models.UniqueConstraint(Lower("email"), "day", name="one_reminder_per_email_and_day")
        ]

    def __str__(self):
        return f"{self.email} {self.day}"
