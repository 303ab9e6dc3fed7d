"""Expressions of interest ("Ich möchte helfen"): a citizen's message to a club.

Kept for the club's representatives and the coordinators of the club's region, and deleted by
`manage.py apply_retention` after the retention period.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class InterestQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Interests the user may see: superusers all; coordinators those of their regions'
        clubs; representatives those of their own clubs."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_superuser:
            return self
        return self.filter(
            models.Q(club__municipality__region__coordinators=user)
            | models.Q(club__representatives__user=user)
        ).distinct()


class Interest(models.Model):
    club = models.ForeignKey(
        "clubs.ClubPage", verbose_name=_("club"), on_delete=models.CASCADE, related_name="interests"
    )
    opportunity = models.ForeignKey(
        "clubs.OpportunityPage",
        verbose_name=_("opportunity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interests",
        help_text=_("Empty for messages sent from the club's profile."),
    )
    exchange_item = models.ForeignKey(
        "clubs.ExchangeItem",
        verbose_name=_("exchange item"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interests",
        help_text=_("The Tauschbörse need that this message answers, if any."),
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email address"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    message = models.TextField(_("message"), max_length=3000, blank=True)
    consent_text = models.TextField(_("consent text"))
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = InterestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")

    def __str__(self):
        return f"{self.name} → {self.opportunity or self.club}"
