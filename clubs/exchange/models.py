"""The exchange between clubs (Tauschbörse): items a club offers or needs, the loans another
club asks for, and the messages of each loan's thread.

Items belong to the club's page in the default language and go live without review (the
coordination can hide one with a reason). A loan is the agreement about one item between two
clubs; the dates of accepted loans of one item never overlap (exchange/loans.py decides under a
row lock on the item).
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ExchangeItemQuerySet(models.QuerySet):
    def current(self, today=None):
        """Items the public sees: active, not hidden, and not past their last day."""
        today = today or timezone.localdate()
        return self.filter(state=ExchangeItem.State.ACTIVE, hidden_at__isnull=True).filter(
            Q(available_until__isnull=True) | Q(available_until__gte=today)
        )

    def of_region(self, regions):
        return self.filter(municipality__region__in=regions)


class ExchangeItem(models.Model):
    """A Tauschbörse entry: something a club offers to lend or give, or needs."""

    class Kind(models.TextChoices):
        EQUIPMENT = "equipment", _("Equipment")
        ROOM = "room", _("Room")
        VEHICLE = "vehicle", _("Vehicle")
        SKILL = "skill", _("Skill or know-how")
        HELPERS = "helpers", _("Helpers")

    class Direction(models.TextChoices):
        OFFER = "offer", _("Offer")
        NEED = "need", _("Need")

    class Conditions(models.TextChoices):
        FREE = "free", _("Free of charge")
        FEE = "fee", _("Against a fee")
        DEPOSIT = "deposit", _("Against a deposit")
        PICK_UP = "pick_up", _("Pick-up only")

    class State(models.TextChoices):
        ACTIVE = "active", _("Active")
        PAUSED = "paused", _("Paused")
        ENDED = "ended", _("Ended")

    club = models.ForeignKey(
        "clubs.ClubPage",
        verbose_name=_("club"),
        on_delete=models.CASCADE,
        related_name="exchange_items",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    direction = models.CharField(_("offer or need"), max_length=10, choices=Direction.choices)
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("description"), max_length=3000)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt_text = models.CharField(
        _("description of the photo (alternative text)"), max_length=200, blank=True
    )
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        related_name="exchange_items",
    )
    category = models.ForeignKey(
        "home.Category",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="exchange_items",
    )
    available_from = models.DateField(_("from"), null=True, blank=True)
    available_until = models.DateField(_("until"), null=True, blank=True)
    conditions = models.CharField(
        _("conditions"), max_length=10, choices=Conditions.choices, default=Conditions.FREE
    )
    conditions_note = models.CharField(
        _("about the conditions"),
        max_length=200,
        blank=True,
        help_text=_("e.g. the fee, the deposit or where to pick it up."),
    )
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.ACTIVE, db_index=True
    )
    hidden_at = models.DateTimeField(_("hidden by the coordination"), null=True, blank=True)
    hidden_reason = models.TextField(_("reason for hiding"), blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    objects = ExchangeItemQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("exchange item")
        verbose_name_plural = _("exchange items")
        indexes = [models.Index(fields=["state", "available_until"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(available_until__isnull=True)
                | Q(available_from__isnull=True)
                | Q(available_until__gte=F("available_from")),
                name="exchange_item_until_after_from",
                violation_error_message=_("The last day must not be before the first day."),
            )
        ]

    def __str__(self):
        return self.title


class Loan(models.Model):
    """An Ausleihe: a club asks for another club's item for some days; the owner answers."""

    class State(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        RETURNED = "returned", _("Returned")

    item = models.ForeignKey(
        ExchangeItem, verbose_name=_("item"), on_delete=models.CASCADE, related_name="loans"
    )
    borrower = models.ForeignKey(
        "clubs.ClubPage",
        verbose_name=_("asking club"),
        on_delete=models.CASCADE,
        related_name="borrowed_loans",
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"))
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.REQUESTED, db_index=True
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("asked"), auto_now_add=True)
    decided_at = models.DateTimeField(_("answered"), null=True, blank=True)
    returned_at = models.DateTimeField(_("return confirmed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("loan")
        verbose_name_plural = _("loans")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")),
                name="loan_ends_after_it_starts",
                violation_error_message=_("The last day must not be before the first day."),
            )
        ]

    def __str__(self):
        return f"{self.item} → {self.borrower} ({self.starts_on}–{self.ends_on})"


class LoanMessage(models.Model):
    """One message in a loan's thread, written by a representative of either club."""

    loan = models.ForeignKey(
        Loan, verbose_name=_("loan"), on_delete=models.CASCADE, related_name="messages"
    )
    club = models.ForeignKey(
        "clubs.ClubPage",
        verbose_name=_("club"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("message"), max_length=3000)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("message about a loan")
        verbose_name_plural = _("messages about loans")

    def __str__(self):
        return f"{self.club}: {self.text[:40]}"
