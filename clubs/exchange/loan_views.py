"""Loans between clubs in "Mein Bereich": asking for an item, the club's loans, the thread of
one loan with the owner's answer, the withdrawal and the confirmed return.

Every view loads the club among those the user represents (superusers: any club) and the loan
among that club's own loans, as owner or as asking club, so another club's loans answer 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from clubs.exchange import loan_calendar, loans
from clubs.exchange.loan_forms import LoanAnswerForm, LoanMessageForm, LoanRequestForm
from clubs.exchange.models import Loan
from clubs.self_service.access import club_for_representative, represented_clubs
from home.submissions import OnceOnly, Outcome

PER_PAGE = 20


def _loan_of_club(club, loan_id):
    """The loan `loan_id` if `club` owns its item or asked for it, else 404."""
    found = loans.loans_of_club(club).select_related("item__club", "item__municipality", "borrower")
    return get_object_or_404(found, pk=loan_id)


def _loan_url(club, loan):
    return reverse("club_loan", kwargs={"club_id": club.pk, "loan_id": loan.pk})


def _posted(request):
    return request.POST if request.method == "POST" else None


@login_required
def loan_request(request, item_id):
    """A representative asks for another club's current offer, for one of their own clubs."""
    item = get_object_or_404(
        loans.requestable_items().select_related("club", "municipality"), pk=item_id
    )
    clubs = represented_clubs(request.user).exclude(pk=item.club_id)
    if not clubs.exists():
        return render(
            request, "clubs/exchange/loan_request_denied.html", {"item": item}, status=403
        )
    form = LoanRequestForm(_posted(request), item=item, clubs=clubs)
    if form.is_bound and form.is_valid():
        once = OnceOnly(f"loan-request:{request.user.pk}:{item.pk}", form)
        if repeated := once.earlier_response(request):
            return repeated
        return once.save(request, lambda: _store_request(request, item, form.cleaned_data))
    return render(
        request,
        "clubs/exchange/loan_request.html",
        {"item": item, "form": form, "busy": _upcoming_busy(item)},
    )


def _upcoming_busy(item):
    return (
        Loan.objects.filter(item=item, state=Loan.State.ACCEPTED, ends_on__gte=timezone.localdate())
        .order_by("starts_on", "pk")
        .only("starts_on", "ends_on")
    )


def _store_request(request, item, data):
    borrower = data["borrower"]
    loan = loans.request_loan(
        item,
        borrower,
        request.user,
        data["starts_on"],
        data["ends_on"],
        data["text"],
        request,
    )
    return Outcome(
        _loan_url(borrower, loan),
        _("Your request has been sent to %(club)s. You will get an email when they answer.")
        % {"club": item.club.title},
    )


def _paged(request, queryset, param):
    """One page of `queryset` read from the GET parameter `param`, with the addresses of the
    pages before and after (the other group's page stays as it is)."""
    page = Paginator(queryset, PER_PAGE).get_page(request.GET.get(param))

    def url(number):
        query = request.GET.copy()
        query[param] = number
        return f"?{query.urlencode()}"

    page.previous_url = url(page.previous_page_number()) if page.has_previous() else ""
    page.next_url = url(page.next_page_number()) if page.has_next() else ""
    return page


@login_required
def club_loans(request, club_id):
    """The club's loans: its items lent to others, and what it asked others for."""
    club = club_for_representative(request.user, club_id)
    lent = Loan.objects.filter(item__club=club).select_related("item", "borrower")
    asked = Loan.objects.filter(borrower=club).select_related("item__club")
    return render(
        request,
        "clubs/exchange/club_loans.html",
        {
            "club": club,
            "lent": _paged(request, lent, "verliehen"),
            "asked": _paged(request, asked, "angefragt"),
        },
    )


@login_required
def club_loan(request, club_id, loan_id):
    """The thread of one loan, and the form for a new message while the loan is open."""
    club = club_for_representative(request.user, club_id)
    loan = _loan_of_club(club, loan_id)
    form = LoanMessageForm(_posted(request), prefix="message")
    if form.is_bound and loans.is_open(loan) and form.is_valid():
        once = OnceOnly(f"loan-message:{request.user.pk}:{loan.pk}", form)
        if repeated := once.earlier_response(request):
            return repeated
        try:
            return once.save(request, lambda: _store_message(request, club, loan, form))
        except loans.LoanRefusedError as refusal:
            messages.error(request, str(refusal))
            return redirect(_loan_url(club, loan))
    return _thread_page(request, club, loan, form)


def _store_message(request, club, loan, form):
    loans.add_message(loan, club, request.user, form.cleaned_data["text"], request)
    return Outcome(_loan_url(club, loan) + "#messages", _("Your message has been sent."))


def _thread_page(request, club, loan, form=None, answer_form=None, status=200):
    lender = loans.is_lender(loan, club)
    return render(
        request,
        "clubs/exchange/club_loan.html",
        {
            "club": club,
            "loan": loan,
            "lender": lender,
            "other_club": loans.other_club(loan, club),
            "thread": loan.messages.select_related("club"),
            "open": loans.is_open(loan),
            "form": form or LoanMessageForm(prefix="message"),
            "answer_form": answer_form or LoanAnswerForm(prefix="answer"),
            "can_answer": lender and loan.state == Loan.State.REQUESTED,
            "can_withdraw": not lender and loans.can_withdraw(loan),
            "can_confirm_return": lender and loans.can_confirm_return(loan),
        },
        status=status,
    )


@login_required
@require_POST
def club_loan_answer(request, club_id, loan_id):
    """The owner accepts or declines a request (a second click changes nothing)."""
    club = club_for_representative(request.user, club_id)
    loan = _loan_of_club(club, loan_id)
    if not loans.is_lender(loan, club):
        raise Http404
    form = LoanAnswerForm(request.POST, prefix="answer")
    if not form.is_valid():
        return _thread_page(request, club, loan, answer_form=form, status=400)
    text = form.cleaned_data["text"]
    try:
        if form.cleaned_data["decision"] == LoanAnswerForm.ACCEPT:
            changed = loans.accept(loan, request.user, text, request)
            done = _("You have accepted the request. The loan is now in both clubs' calendars.")
        else:
            changed = loans.decline(loan, request.user, text, request)
            done = _("You have declined the request.")
    except loans.LoanRefusedError as refusal:
        messages.error(request, str(refusal))
        return redirect(_loan_url(club, loan))
    _tell(request, loan, changed, done)
    return redirect(_loan_url(club, loan))


def _tell(request, loan, changed, done):
    if changed:
        messages.success(request, done)
        return
    loan.refresh_from_db(fields=["state"])
    messages.info(
        request,
        _("Nothing was changed: this loan is already “%(state)s”.")
        % {"state": loan.get_state_display()},
    )


@login_required
@require_POST
def club_loan_withdraw(request, club_id, loan_id):
    """The asking club withdraws its request, or an accepted loan before it begins."""
    club = club_for_representative(request.user, club_id)
    loan = _loan_of_club(club, loan_id)
    if loans.is_lender(loan, club):
        raise Http404
    try:
        changed = loans.withdraw(loan, request.user, request)
    except loans.LoanRefusedError as refusal:
        messages.error(request, str(refusal))
        return redirect(_loan_url(club, loan))
    _tell(request, loan, changed, _("You have withdrawn the request."))
    return redirect(_loan_url(club, loan))


@login_required
@require_POST
def club_loan_returned(request, club_id, loan_id):
    """The owner confirms that the item is back."""
    club = club_for_representative(request.user, club_id)
    loan = _loan_of_club(club, loan_id)
    if not loans.is_lender(loan, club):
        raise Http404
    try:
        changed = loans.confirm_return(loan, request.user, request)
    except loans.LoanRefusedError as refusal:
        messages.error(request, str(refusal))
        return redirect(_loan_url(club, loan))
    _tell(request, loan, changed, _("You have confirmed the return. Thank you."))
    return redirect(_loan_url(club, loan))


@login_required
def club_calendar(request, club_id):
    """The club's coming accepted loans, lent and borrowed."""
    club = club_for_representative(request.user, club_id)
    rows = loan_calendar.calendar_rows(club)
    return render(
        request,
        "clubs/exchange/club_calendar.html",
        {
            "club": club,
            "lent": [row for row in rows if row["lender"]],
            "borrowed": [row for row in rows if not row["lender"]],
        },
    )


@login_required
def club_calendar_ics(request, club_id):
    club = club_for_representative(request.user, club_id)
    return loan_calendar.ics_response(club, request)
