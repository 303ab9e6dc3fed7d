"""Saved searches ("Suchaufträge"): the finder's filters and an address that gets new offers.

A saved search sends nothing until its address is confirmed (double opt-in); links in mails name
it by its `reference`, never by its number.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SavedSearch(models.Model):
    class Frequency(models.TextChoices):
        DAILY = "daily", _("daily")
        WEEKLY = "weekly", _("weekly")

    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("email address"), db_index=True)
    # The finder's filters as in its address ("ort=lindau&umkreis=10"), without order or page.
    query = models.CharField(_("filters"), max_length=2000, blank=True)
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    consent_text = models.TextField(_("consent text"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, db_index=True)
    # Offers first published after this moment are new for the next digest.
    last_digest_at = models.DateTimeField(_("last digest up to"), null=True, blank=True)
    # Confirmed, changed or renewed: a search unused for a year ends, after a notice.
    last_used_at = models.DateTimeField(_("last used"), default=timezone.now)
    expiry_notice_sent_at = models.DateTimeField(_("expiry notice sent"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")

    def __str__(self):
        return f"{self.email}: {self.query or '-'}"
