"""Hours of volunteering (Engagementstunden) and the certificates made from them
(Engagementnachweise).

An hours record copies the name, the address and the club's name: it outlives the shift
sign-up it came from (deleted after SHIFT_SIGNUP_RETENTION_DAYS) and a club page's changes, as
the hours a club confirmed stay what they were. A certificate freezes what it states in
`statement`, so its verification page shows what was printed.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_HOURS_PER_RECORD = 2000


class HoursRecordQuerySet(models.QuerySet):
    def confirmed(self):
        """Hours that count: confirmed by the club and, where the club recorded them by
        address, by the volunteer."""
        return self.filter(volunteer_confirmed_at__isnull=False)


class HoursRecord(models.Model):
    class Source(models.TextChoices):
        SHIFT = "shift", _("shift")
        RECORDED = "recorded", _("recorded by the club")

    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    club = models.ForeignKey(
        "clubs.ClubPage",
        verbose_name=_("club"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="hours_records",
    )
    club_name = models.CharField(_("club name"), max_length=255)
    shift = models.ForeignKey(
        "clubs.Shift",
        verbose_name=_("shift"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hours_records",
    )
    signup = models.OneToOneField(
        "clubs.ShiftSignup",
        verbose_name=_("shift sign-up"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hours_record",
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email address"), db_index=True)
    activity = models.CharField(_("activity"), max_length=200)
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"))
    hours = models.DecimalField(
        _("hours"),
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(0.25), MaxValueValidator(MAX_HOURS_PER_RECORD)],
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)
    # Set at once for a shift (the volunteer signed up); by the volunteer's link otherwise.
    volunteer_confirmed_at = models.DateTimeField(
        _("confirmed by the volunteer"), null=True, blank=True
    )
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)

    objects = HoursRecordQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "pk"]
        verbose_name = _("hours record")
        verbose_name_plural = _("hours records")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")),
                name="hours_record_ends_after_it_starts",
                violation_error_message=_("The period cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return f"{self.name}: {self.activity} ({self.hours} h)"


class EngagementCertificate(models.Model):
    """An Engagementnachweis: who, what, when and how many hours, as printed, and its code."""

    code = models.CharField(_("verification code"), max_length=20, unique=True)
    email = models.EmailField(_("email address"), db_index=True)
    name = models.CharField(_("name"), max_length=150)
    # {"clubs": [...], "entries": [{club, activity, starts_on, ends_on, hours}], "total_hours"}
    statement = models.JSONField(_("what it states"))
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-issued_at", "pk"]
        verbose_name = _("engagement certificate")
        verbose_name_plural = _("engagement certificates")

    def __str__(self):
        return self.code
