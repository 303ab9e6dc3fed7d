"""Exchange items and loans for the loan tests, made directly in the database."""

from datetime import timedelta

from django.utils import timezone

from clubs.exchange.models import ExchangeItem, Loan, LoanMessage


def item_of(club, **fields):
    """A current offer of `club` in the club's place."""
    values = {
        "club": club,
        "kind": ExchangeItem.Kind.EQUIPMENT,
        "direction": ExchangeItem.Direction.OFFER,
        "title": "Festzelt für 80 Personen",
        "description": "Mit Bierzeltgarnituren für 80 Personen.",
        "municipality": club.municipality,
        **fields,
    }
    return ExchangeItem.objects.create(**values)


def loan_of(item, borrower, *, days_ahead=10, days_long=2, state=Loan.State.REQUESTED, text=""):
    """A loan of `item` to `borrower` from `days_ahead` days from today on."""
    starts_on = timezone.localdate() + timedelta(days=days_ahead)
    loan = Loan.objects.create(
        item=item,
        borrower=borrower,
        starts_on=starts_on,
        ends_on=starts_on + timedelta(days=days_long),
        state=state,
    )
    if text:
        LoanMessage.objects.create(loan=loan, club=borrower, text=text)
    return loan
