"""Bookings on budgets: reserve on approval, pay out and release the rest after the usage report.

Every booking locks the budget's row first (SELECT ... FOR UPDATE), so two approvals of the same
budget run one after the other and the second sees what the first reserved. The check
constraint `budget_never_overspent` backs this up in the database.
"""

from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from workflows.models import Budget, LedgerEntry


class BudgetExhaustedError(Exception):
    """The budget has less left than the amount to reserve; the message says how much."""


def money(amount):
    """1.250,00 € in German, 1,250.00 € in English."""
    return f"{number_format(Decimal(amount), 2, force_grouping=True)} €"


def _locked(budget_id):
    return Budget.objects.select_for_update().get(pk=budget_id)


@transaction.atomic
def reserve(application, amount, user=None):
    budget = _locked(application.budget_id)
    if amount > budget.remaining:
        raise BudgetExhaustedError(
            _(
                "The budget %(budget)s has only %(remaining)s left, %(amount)s cannot be "
                "reserved. Approve a lower amount or choose another budget."
            )
            % {"budget": budget, "remaining": money(budget.remaining), "amount": money(amount)}
        )
    LedgerEntry.objects.create(
        budget=budget,
        application=application,
        kind=LedgerEntry.Kind.RESERVATION,
        amount=amount,
        booked_by=user,
    )
    budget.committed += amount
    budget.save(update_fields=["committed"])
    return budget


def reserved_for(application):
    """What is still reserved for `application` (reservations minus releases)."""
    sums = dict(
        application.ledger_entries.values_list("kind").annotate(total=Sum("amount")).order_by()
    )
    return sums.get(LedgerEntry.Kind.RESERVATION, Decimal("0")) - sums.get(
        LedgerEntry.Kind.RELEASE, Decimal("0")
    )


@transaction.atomic
def pay_out(application, amount, user=None):
    """Book the payout of `amount` and release whatever of the reservation is left over."""
    budget = _locked(application.budget_id)
    reserved = reserved_for(application)
    if amount > reserved:
        raise BudgetExhaustedError(
            _("At most the reserved %(reserved)s can be paid out.") % {"reserved": money(reserved)}
        )
    if amount > 0:
        LedgerEntry.objects.create(
            budget=budget,
            application=application,
            kind=LedgerEntry.Kind.PAYOUT,
            amount=amount,
            booked_by=user,
        )
    unused = reserved - amount
    if unused > 0:
        LedgerEntry.objects.create(
            budget=budget,
            application=application,
            kind=LedgerEntry.Kind.RELEASE,
            amount=unused,
            booked_by=user,
        )
        budget.committed -= unused
        budget.save(update_fields=["committed"])
    return unused


def budget_figures(budgets):
    """Per budget: total, reserved (not yet paid), paid, remaining; one query for all."""
    sums = {}
    rows = (
        LedgerEntry.objects.filter(budget__in=budgets)
        .values_list("budget_id", "kind")
        .annotate(total=Sum("amount"))
        .order_by()
    )
    for budget_id, kind, total in rows:
        sums.setdefault(budget_id, {})[kind] = total
    zero = Decimal("0")
    figures = []
    for budget in budgets:
        own = sums.get(budget.pk, {})
        paid = own.get(LedgerEntry.Kind.PAYOUT, zero)
        figures.append(
            {
                "budget": budget,
                "total": budget.total,
                "paid": paid,
                "reserved": budget.committed - paid,
                "remaining": budget.remaining,
            }
        )
    return figures
