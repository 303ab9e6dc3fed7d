"""The rules of a loan (Ausleihe) between two clubs: who may ask for what and when, and how a
loan moves from "requested" to "accepted", "declined", "withdrawn" or "returned".

The dates of accepted loans of one item never overlap. Accepting locks the item's row
(select_for_update), checks the other accepted loans and stores the answer in one transaction,
so two representatives who accept overlapping requests at the same moment cannot both succeed:
the second waits for the first and is then refused with the busy dates.

Every change is a conditional update of the loan's state: a double click, a second tab or a
parallel request finds the state already changed and changes nothing (the functions return
False). Mails are queued in the same transaction (clubs/exchange/loan_mails.py).
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from clubs.exchange import loan_mails
from clubs.exchange.models import ExchangeItem, Loan, LoanMessage

OPEN_STATES = (Loan.State.REQUESTED, Loan.State.ACCEPTED)
FINISHED_STATES = (Loan.State.DECLINED, Loan.State.WITHDRAWN, Loan.State.RETURNED)
# How far ahead and how long a loan may be: beyond that the clubs agree on it anew.
MAX_DAYS_AHEAD = 730
MAX_LOAN_DAYS = 366


class LoanRefusedError(Exception):
    """A change the rules do not allow; the message says why, for the person who tried."""


def loans_of_club(club):
    """Every loan the club is part of: as the owner of the item or as the asking club."""
    return Loan.objects.filter(Q(item__club=club) | Q(borrower=club))


def requestable_items():
    """Items another club may ask for: current offers."""
    return ExchangeItem.objects.current().filter(direction=ExchangeItem.Direction.OFFER)


def is_lender(loan, club):
    return loan.item.club_id == club.pk


def other_club(loan, club):
    return loan.borrower if is_lender(loan, club) else loan.item.club


def is_open(loan):
    return loan.state in OPEN_STATES


def day(value):
    return formats.date_format(value, "SHORT_DATE_FORMAT")


def period(starts_on, ends_on):
    if starts_on == ends_on:
        return day(starts_on)
    return f"{day(starts_on)} – {day(ends_on)}"


def overlapping_accepted(item, starts_on, ends_on, exclude=None):
    """The item's accepted loans that share at least one day with starts_on..ends_on."""
    loans = Loan.objects.filter(
        item=item, state=Loan.State.ACCEPTED, starts_on__lte=ends_on, ends_on__gte=starts_on
    ).order_by("starts_on", "pk")
    if exclude is not None:
        loans = loans.exclude(pk=exclude.pk)
    return list(loans)


def busy_message(busy):
    """Why these dates cannot be had, naming the days the item is lent already."""
    periods = ", ".join(period(loan.starts_on, loan.ends_on) for loan in busy)
    return _(
        "The item is already lent on these days: %(periods)s. Please choose days outside them."
    ) % {"periods": periods}


def date_problems(item, starts_on, ends_on, today=None):
    """What is wrong with asking for `item` from `starts_on` until `ends_on`, as (field, text)
    pairs; empty when the dates can be asked for."""
    today = today or timezone.localdate()
    problems = []
    if ends_on < starts_on:
        problems.append(
            ("ends_on", _("The last day lies before the first day; please swap or correct them."))
        )
        return problems
    if starts_on < today:
        problems.append(
            ("starts_on", _("The first day lies in the past; please choose today or a later day."))
        )
    if starts_on > today + timedelta(days=MAX_DAYS_AHEAD):
        problems.append(
            (
                "starts_on",
                _("Requests can be made for the next two years; please choose an earlier day."),
            )
        )
    if (ends_on - starts_on).days >= MAX_LOAN_DAYS:
        problems.append(
            (
                "ends_on",
                _("A loan lasts at most %(days)s days; please choose an earlier last day.")
                % {"days": MAX_LOAN_DAYS},
            )
        )
    if item.available_from and starts_on < item.available_from:
        problems.append(
            (
                "starts_on",
                _("The item can be had from %(day)s on; please choose that day or a later one.")
                % {"day": day(item.available_from)},
            )
        )
    if item.available_until and ends_on > item.available_until:
        problems.append(
            (
                "ends_on",
                _("The item can be had until %(day)s; please choose that day or an earlier one.")
                % {"day": day(item.available_until)},
            )
        )
    if not problems and (busy := overlapping_accepted(item, starts_on, ends_on)):
        problems.append((None, busy_message(busy)))
    return problems


def request_loan(item, borrower, user, starts_on, ends_on, text, request):
    """Store the request with its first message and tell the owning club (in the caller's
    transaction)."""
    loan = Loan.objects.create(
        item=item, borrower=borrower, starts_on=starts_on, ends_on=ends_on, requested_by=user
    )
    LoanMessage.objects.create(loan=loan, club=borrower, author=user, text=text)
    loan_mails.notify_requested(loan, user, request)
    return loan


def add_message(loan, club, user, text, request):
    """A message in the thread while the loan is open; the other club is told."""
    if not Loan.objects.filter(pk=loan.pk, state__in=OPEN_STATES).exists():
        raise LoanRefusedError(
            _("This loan is finished; no more messages can be written about it.")
        )
    message = LoanMessage.objects.create(loan=loan, club=club, author=user, text=text)
    loan_mails.notify_message(loan, club, user, request)
    return message


def _with_message(loan, club, user, text):
    if text:
        LoanMessage.objects.create(loan=loan, club=club, author=user, text=text)


def accept(loan, user, text, request):
    """The owner accepts. Under the item's row lock: refused when the entry is not current
    (paused, ended, hidden, expired), another accepted loan of the item overlaps or the days
    have passed; False when the loan is no longer a request (a
    repeated click)."""
    with transaction.atomic():
        item = ExchangeItem.objects.select_for_update().get(pk=loan.item_id)
        loan = Loan.objects.select_related("item__club", "borrower").get(pk=loan.pk)
        if loan.state != Loan.State.REQUESTED:
            return False
        if not ExchangeItem.objects.current().filter(pk=item.pk).exists():
            raise LoanRefusedError(
                _(
                    "The entry is paused, ended or hidden by the coordination, so it cannot be "
                    "lent now; please decline the request or open the entry again first."
                )
            )
        if loan.ends_on < timezone.localdate():
            raise LoanRefusedError(
                _("The days of this request have passed; please decline it instead.")
            )
        if busy := overlapping_accepted(loan.item, loan.starts_on, loan.ends_on, exclude=loan):
            raise LoanRefusedError(busy_message(busy))
        Loan.objects.filter(pk=loan.pk).update(state=Loan.State.ACCEPTED, decided_at=timezone.now())
        loan.state = Loan.State.ACCEPTED
        _with_message(loan, loan.item.club, user, text)
        loan_mails.notify_state(loan, loan.item.club, user, request)
    return True


def decline(loan, user, text, request):
    """The owner declines a request; False when it is no longer a request."""
    with transaction.atomic():
        changed = Loan.objects.filter(pk=loan.pk, state=Loan.State.REQUESTED).update(
            state=Loan.State.DECLINED, decided_at=timezone.now()
        )
        if changed:
            loan.state = Loan.State.DECLINED
            _with_message(loan, loan.item.club, user, text)
            loan_mails.notify_state(loan, loan.item.club, user, request)
    return bool(changed)


def can_withdraw(loan, today=None):
    today = today or timezone.localdate()
    return loan.state == Loan.State.REQUESTED or (
        loan.state == Loan.State.ACCEPTED and today < loan.starts_on
    )


def withdraw(loan, user, request, today=None):
    """The asking club withdraws while its request is open or before an accepted loan starts;
    False when it is withdrawn already, refused once an accepted loan has begun."""
    today = today or timezone.localdate()
    with transaction.atomic():
        changed = (
            Loan.objects.filter(pk=loan.pk)
            .filter(
                Q(state=Loan.State.REQUESTED) | Q(state=Loan.State.ACCEPTED, starts_on__gt=today)
            )
            .update(state=Loan.State.WITHDRAWN, decided_at=timezone.now())
        )
        if changed:
            loan.state = Loan.State.WITHDRAWN
            loan_mails.notify_state(loan, loan.borrower, user, request)
            return True
    loan.refresh_from_db(fields=["state"])
    if loan.state == Loan.State.WITHDRAWN:
        return False
    raise LoanRefusedError(
        _(
            "This loan can no longer be withdrawn: it has begun or is finished. Please write a "
            "message to the other club instead."
        )
    )


def can_confirm_return(loan, today=None):
    today = today or timezone.localdate()
    return loan.state == Loan.State.ACCEPTED and loan.starts_on <= today


def confirm_return(loan, user, request, today=None):
    """The owner confirms that the item is back; False when confirmed already, refused before
    an accepted loan has begun."""
    today = today or timezone.localdate()
    with transaction.atomic():
        changed = Loan.objects.filter(
            pk=loan.pk, state=Loan.State.ACCEPTED, starts_on__lte=today
        ).update(state=Loan.State.RETURNED, returned_at=timezone.now())
        if changed:
            loan.state = Loan.State.RETURNED
            loan_mails.notify_state(loan, loan.item.club, user, request)
            return True
    loan.refresh_from_db(fields=["state"])
    if loan.state == Loan.State.RETURNED:
        return False
    raise LoanRefusedError(_("The return can be confirmed once an accepted loan has begun."))
