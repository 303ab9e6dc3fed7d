"""A club's or initiative's application to join the portal ("Vereinseintrag").

Anybody may apply through the public form; the application waits until the contact person has
confirmed the email address, then goes to the coordinators of the municipality's region, who
accept or decline it in the admin. Accepting creates the club's page (a draft), its group and the
representative's account (see clubs.joining.acceptance).
"""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from clubs.profiles.models import ClubPage
from home.models.taxonomy import in_default_locale


class ClubApplicationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Applications the user may see: superusers all; coordinators those of their
        regions. Unconfirmed addresses are nobody's business yet."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        confirmed = self.exclude(status=ClubApplication.Status.UNCONFIRMED)
        if user.is_superuser:
            return confirmed
        return confirmed.filter(municipality__region__coordinators=user).distinct()

    def with_duplicate_flag(self):
        """Annotate `possible_duplicate`: a club of the same name (any case) already exists in
        the same municipality, or another open application names it."""
        same_club = ClubPage.objects.annotate(lower_title=Lower("title")).filter(
            lower_title=Lower(OuterRef("name")), municipality=OuterRef("municipality")
        )
        same_application = (
            ClubApplication.objects.annotate(lower_name=Lower("name"))
            .filter(
                lower_name=Lower(OuterRef("name")),
                municipality=OuterRef("municipality"),
                status__in=[ClubApplication.Status.PENDING, ClubApplication.Status.ACCEPTED],
            )
            .exclude(pk=OuterRef("pk"))
        )
        return self.annotate(possible_duplicate=Exists(same_club) | Exists(same_application))


class ClubApplication(models.Model):
    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Email address not confirmed yet")
        PENDING = "pending", _("Waiting for a decision")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    name = models.CharField(_("name of the club or initiative"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=20, choices=ClubPage.Kind.choices, default=ClubPage.Kind.CLUB
    )
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="club_applications",
    )
    categories = models.ManyToManyField(
        "home.Category",
        verbose_name=_("categories"),
        blank=True,
        related_name="club_applications",
        limit_choices_to=in_default_locale,
    )
    summary = models.TextField(_("short description"), max_length=300)
    contact_name = models.CharField(_("contact person"), max_length=150)
    contact_email = models.EmailField(_("email address of the contact person"))
    consent_text = models.TextField(_("consent text"))
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.UNCONFIRMED,
        db_index=True,
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    email_confirmed_at = models.DateTimeField(_("email address confirmed"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_comment = models.TextField(_("comment on the decision"), max_length=2000, blank=True)
    club = models.ForeignKey(
        "clubs.ClubPage",
        verbose_name=_("club page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    representative = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("representative's account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ClubApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("club application")
        verbose_name_plural = _("club applications")
        constraints = [
            models.CheckConstraint(
                condition=Q(decided_at__isnull=True) | Q(status__in=["accepted", "declined"]),
                name="club_application_decided_only_when_accepted_or_declined",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.municipality})"
