"""Access to "Mein Engagement" without an account: e-mailed links and the calendar feed.

Neither stores a secret that would open the area by itself: a link keeps only the SHA-256 of
its token (made and mailed in the worker, so the token is not in the task queue either: see
clubs.volunteer_area.mails), and a feed's address is an HMAC of the feed's random salt under
SECRET_KEY, so a copy of the database opens nothing. Addresses are stored in lower case.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class VolunteerAreaLink(models.Model):
    """A link to Mein Engagement sent to one address; valid on any device until it expires or
    the person signs out everywhere."""

    email = models.EmailField(_("email address"), db_index=True)
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"), db_index=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("link to Mein Engagement")
        verbose_name_plural = _("links to Mein Engagement")

    def __str__(self):
        return f"{self.email} ({self.created_at:%Y-%m-%d %H:%M})"


class CalendarFeed(models.Model):
    """The personal calendar feed of one address; renewing it replaces the salt, which makes
    the old address invalid."""

    email = models.EmailField(_("email address"), unique=True)
    salt = models.CharField(_("salt"), max_length=64)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    renewed_at = models.DateTimeField(_("renewed"), default=timezone.now)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self):
        return self.email
