"""Budgets per network or programme and year, and the ledger of their movements.

`committed` is the money promised and not released again (reservations minus releases). It is
kept on the budget row, changed only by workflows.ledger under that row's lock, and the database
refuses any value above the total or below zero: a budget can never be overspent, whatever the
code above it does.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.log_actions import log as audit_log

DEFAULT_APPROVAL_THRESHOLD = Decimal("1000.00")
THRESHOLD_CHANGED_ACTION = "workflows.approval_threshold_changed"


def four_eyes_floor():
    """Above this amount an approval needs two people, whatever a budget says (settings)."""
    return Decimal(settings.FOUR_EYES_FLOOR_EUR)


class Budget(models.Model):
    name = models.CharField(_("name"), max_length=150)
    network = models.ForeignKey(
        "clubs.NetworkPage",
        verbose_name=_("network"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="budgets",
        help_text=_("Leave empty for a programme budget that serves all clubs."),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    total = models.DecimalField(_("total (EUR)"), max_digits=12, decimal_places=2)
    approval_threshold = models.DecimalField(
        _("second approval above (EUR)"),
        max_digits=10,
        decimal_places=2,
        default=DEFAULT_APPROVAL_THRESHOLD,
        help_text=_("Approvals above this amount also need a programme lead."),
    )
    committed = models.DecimalField(
        _("committed (EUR)"), max_digits=12, decimal_places=2, default=Decimal("0"), editable=False
    )
    active = models.BooleanField(
        _("open for applications"), default=True, help_text=_("Clubs can choose only open budgets.")
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("network"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("total"), FieldPanel("approval_threshold")]),
        FieldPanel("active"),
    ]

    class Meta:
        ordering = ["-year", "name"]
        verbose_name = _("budget")
        verbose_name_plural = _("budgets")
        constraints = [
            models.CheckConstraint(condition=Q(total__gte=0), name="budget_total_not_negative"),
            models.CheckConstraint(
                condition=Q(committed__gte=0) & Q(committed__lte=models.F("total")),
                name="budget_never_overspent",
            ),
            models.UniqueConstraint(fields=["name", "year"], name="unique_budget_name_per_year"),
        ]

    def __str__(self):
        return f"{self.name} {self.year}"

    def save(self, *args, **kwargs):
        """Every change of the threshold goes to the audit log, with who (the admin user of
        the request) and when; the ledger's updates of `committed` do not."""
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "approval_threshold" not in update_fields:
            super().save(*args, **kwargs)
            return
        before = None
        if self.pk:
            before = (
                Budget.objects.filter(pk=self.pk)
                .values_list("approval_threshold", flat=True)
                .first()
            )
        with transaction.atomic():
            super().save(*args, **kwargs)
            if before is None or Decimal(before) != Decimal(self.approval_threshold):
                audit_log(
                    instance=self,
                    action=THRESHOLD_CHANGED_ACTION,
                    data={
                        "old": None if before is None else str(before),
                        "new": str(self.approval_threshold),
                    },
                )

    @property
    def remaining(self):
        return self.total - self.committed

    @property
    def effective_approval_threshold(self):
        """The budget's threshold, never above the four-eyes floor: a threshold raised before
        the floor existed, or past the form, still cannot let one person approve more."""
        return min(self.approval_threshold, four_eyes_floor())

    def clean(self):
        # app loading: workflows.ledger imports these models, so it can only be imported once
        # they are loaded.
        from workflows.ledger import money

        floor = four_eyes_floor()
        if self.approval_threshold is not None and self.approval_threshold > floor:
            raise ValidationError(
                {
                    "approval_threshold": _(
                        "Above %(floor)s an approval always needs a second person. Please "
                        "enter %(floor)s or a lower amount."
                    )
                    % {"floor": money(floor)}
                }
            )


class LedgerEntry(models.Model):
    """Buchung: a reservation when approved, a payout and a release of the rest at the end."""

    class Kind(models.TextChoices):
        RESERVATION = "reservation", _("Reservation")
        RELEASE = "release", _("Release")
        PAYOUT = "payout", _("Payout")

    budget = models.ForeignKey(Budget, on_delete=models.PROTECT, related_name="entries")
    application = models.ForeignKey(
        "workflows.FundingApplication", on_delete=models.PROTECT, related_name="ledger_entries"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    amount = models.DecimalField(_("amount (EUR)"), max_digits=12, decimal_places=2)
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    booked_at = models.DateTimeField(_("booked"), auto_now_add=True)

    class Meta:
        ordering = ["booked_at", "pk"]
        verbose_name = _("ledger entry")
        verbose_name_plural = _("ledger entries")
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="ledger_amount_positive"),
            # One reservation per application: approving twice must not book twice.
            models.UniqueConstraint(
                fields=["application"],
                condition=Q(kind="reservation"),
                name="one_reservation_per_application",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.amount} €"
