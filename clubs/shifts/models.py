"""Shifts of an offer and the citizens who signed up for them.

A shift belongs to the offer in the default language, whichever translation the visitor uses,
and is not page content: the club changes its shifts in "Mein Bereich" without a review, as the
places are logistics, not text on the page. Never more helpers than needed are signed up: see
clubs.shifts.signups, which counts and stores under a row lock on the shift.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_HELPERS_PER_SHIFT = 500


class ShiftQuerySet(models.QuerySet):
    def with_places(self):
        """Annotate `taken` (active sign-ups) and `free` (places left, never below 0)."""
        return self.annotate(
            taken=Count("signups", filter=Q(signups__cancelled_at__isnull=True))
        ).annotate(free=models.functions.Greatest(F("helpers_needed") - F("taken"), 0))


class Shift(models.Model):
    opportunity = models.ForeignKey(
        "clubs.OpportunityPage",
        verbose_name=_("offer"),
        on_delete=models.CASCADE,
        related_name="shifts",
    )
    date = models.DateField(_("date"), db_index=True)
    starts_at = models.TimeField(_("from"))
    ends_at = models.TimeField(_("to"))
    helpers_needed = models.PositiveSmallIntegerField(
        _("helpers needed"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_HELPERS_PER_SHIFT)],
    )
    task = models.CharField(
        _("task"), max_length=100, blank=True, help_text=_("e.g. 'Setting up' or 'Cake stall'.")
    )
    place_note = models.CharField(
        _("where exactly"),
        max_length=150,
        blank=True,
        help_text=_("e.g. 'Meeting point at the fire station'."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # When the club said who came (clubs.hours): empty until then, also when nobody came.
    attendance_confirmed_at = models.DateTimeField(_("attendance confirmed"), null=True, blank=True)

    objects = ShiftQuerySet.as_manager()

    class Meta:
        ordering = ["date", "starts_at", "pk"]
        verbose_name = _("shift")
        verbose_name_plural = _("shifts")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")),
                name="shift_ends_after_it_starts",
                violation_error_message=_("The shift must end after it starts."),
            ),
            models.CheckConstraint(
                condition=Q(helpers_needed__gte=1),
                name="shift_needs_at_least_one_helper",
                violation_error_message=_("A shift needs at least one helper."),
            ),
        ]

    def __str__(self):
        return f"{self.opportunity} {self.date} {self.starts_at:%H:%M}–{self.ends_at:%H:%M}"

    def has_started(self, now=None):
        now = timezone.localtime(now)
        return (self.date, self.starts_at) <= (now.date(), now.time())


class ShiftSignupQuerySet(models.QuerySet):
    def active(self):
        return self.filter(cancelled_at__isnull=True)


class ShiftSignup(models.Model):
    shift = models.ForeignKey(
        Shift, verbose_name=_("shift"), on_delete=models.CASCADE, related_name="signups"
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email address"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    consent_text = models.TextField(_("consent text"))
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True, db_index=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cancelled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when the helper cancelled."),
    )
    cancel_message = models.TextField(_("message with the cancellation"), blank=True)

    objects = ShiftSignupQuerySet.as_manager()

    class Meta:
        ordering = ["shift", "created_at", "pk"]
        verbose_name = _("shift sign-up")
        verbose_name_plural = _("shift sign-ups")
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "shift",
                condition=Q(cancelled_at__isnull=True),
                name="one_active_signup_per_email_and_shift",
                violation_error_message=_("This email address is already signed up."),
            )
        ]

    def __str__(self):
        return f"{self.name} → {self.shift}"
