"""The pages of pledges: the citizen's form (no account) and their pledge by the signed link,
and the club's list of its call's pledges in "Mein Bereich" with the confirmation that money
or material arrived.

The pledge form sits on the call's page (pledge_section.html) and posts here; a refused entry
is shown again on this view's own page with the error summary, a stored pledge leads to its
page. That page only shows on GET, so that mail scanners that follow links cancel nothing; the
POST cancels. The club's views load the club among those the user represents and the call
among that club's children, so another club's numbers answer 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from clubs.self_service.access import club_for_representative
from clubs.support_calls import pledge_mails
from clubs.support_calls.access import call_of_club
from clubs.support_calls.models import Pledge, SupportCallPage
from clubs.support_calls.pledge_forms import (
    EMAIL_RATE_LIMIT,
    IP_RATE_LIMIT,
    PledgeFilterForm,
    PledgeForm,
)
from clubs.support_calls.pledges import (
    PledgeRefusedError,
    can_be_received,
    cancel,
    manage_token,
    mark_received,
    pledge,
    pledge_for_token,
    source_call,
)
from clubs.support_calls.progress import progress
from home.ids import checked_id
from home.kern_forms import privacy_page_url
from home.ratelimit import claim_for_form, client_ip
from home.submissions import OnceOnly, Outcome

PLEDGE_TEMPLATE = "clubs/support_calls/pledge.html"
MANAGE_TEMPLATE = "clubs/support_calls/pledge_manage.html"
CLUB_LIST_TEMPLATE = "clubs/support_calls/club_pledges.html"
PER_PAGE = 50
REFUSAL_FIELDS = {
    PledgeRefusedError.TOO_MANY: "quantity",
    PledgeRefusedError.NOT_RUNNING: None,
    PledgeRefusedError.NO_NEED: None,
}


def _language():
    return translation.get_language() or "de"


def _state(call, today=None):
    """ "running", "not_started" or "ended"."""
    if call.is_running(today):
        return "running"
    return "ended" if call.has_ended(today) else "not_started"


def pledge_section_context(request, page, data=None):
    """Progress and form of a call page (any translation); `data`: a POST to validate."""
    call = source_call(page)
    club = call.get_parent()
    call_progress = progress(call)
    state = _state(call)
    form = None
    if state == "running":
        form = PledgeForm(
            data,
            call=call,
            needs=call_progress.needs,
            club_title=club.title,
            privacy_url=privacy_page_url(request),
        )
    return {
        "page": page,
        "call": call,
        "club": club,
        "progress": call_progress,
        "state": state,
        "form": form,
    }


def _live_call_or_404(call_id):
    call = SupportCallPage.objects.live().public().filter(pk=checked_id(call_id)).first()
    if call is None:
        raise Http404
    return source_call(call)


def support_call_pledge(request, call_id):
    call = _live_call_or_404(call_id)
    page = pledge_mails.call_in_language(call, _language())
    context = pledge_section_context(
        request, page, request.POST if request.method == "POST" else None
    )
    form = context["form"]
    if form is not None and form.is_bound:
        if form.honeypot_filled:
            # Bots get an answer that looks like success, but nothing is stored or sent.
            thanks = gettext("Thank you! We have sent you an email.")
            return Outcome(page.get_url(request=request) or "/", thanks).response(request)
        if form.is_valid():
            try:
                if response := _store(request, call, form):
                    return response
            except PledgeRefusedError as refused:
                field = REFUSAL_FIELDS[refused.reason]
                form.add_error(field if field in form.fields else None, refused.message)
    return TemplateResponse(request, PLEDGE_TEMPLATE, context)


def _store(request, call, form):
    """The redirect after a stored (or repeated) pledge; None when a rate limit refused it.
    Raises PledgeRefusedError when the need is no longer open enough or the call ended."""
    once = OnceOnly(f"pledge:{call.pk}", form)
    if repeated := once.earlier_response(request):
        return repeated
    email = form.cleaned_data["email"]
    claim = claim_for_form(
        request, form, [(EMAIL_RATE_LIMIT, email), (IP_RATE_LIMIT, client_ip(request))]
    )
    if not claim:
        return None
    with claim:
        return once.save(request, lambda: _pledge(request, call, form), claim=claim)


def _pledge(request, call, form):
    data = form.cleaned_data
    with transaction.atomic():
        stored = pledge(
            call,
            data["need"],
            kind=data["kind"],
            amount=data.get("amount"),
            quantity=data.get("quantity") or 1,
            name=data["name"],
            email=data["email"],
            message=data["message"],
            consent_text=form.consent_text,
            language=_language(),
        )
        pledge_mails.send_confirmation(stored, request)
        pledge_mails.notify_club(stored, request)
    url = reverse("support_call_pledge_manage", kwargs={"token": manage_token(stored)})
    message = gettext(
        "Thank you for your pledge! We have sent you a confirmation by email with this page's link."
    )
    return Outcome(url, message)


def support_call_pledge_manage(request, token):
    found = pledge_for_token(token)
    if found is None:
        return TemplateResponse(request, MANAGE_TEMPLATE, {"invalid": True}, status=404)
    call = found.call
    page = pledge_mails.call_in_language(call, _language())
    context = {"pledge": found, "call": call, "page": page, "club": call.get_parent()}
    if request.method == "POST":
        with transaction.atomic():
            result = cancel(found)
            if result == "cancelled":
                pledge_mails.notify_club(found, request, cancelled=True)
        context["result"] = result
    return TemplateResponse(request, MANAGE_TEMPLATE, context)


def _pledges_url(club, call):
    return reverse("club_support_call_pledges", args=[club.pk, call.pk])


@login_required
def club_support_call_pledges(request, club_id, call_id):
    club = club_for_representative(request.user, club_id)
    call = call_of_club(club, call_id)
    pledges = Pledge.objects.filter(call=call)
    has_pledges = pledges.exists()
    filters = PledgeFilterForm(request.GET)
    pledges = filters.apply(pledges)
    page_obj = Paginator(pledges, PER_PAGE).get_page(request.GET.get("page"))
    for item in page_obj:
        item.can_be_received = can_be_received(item)
    return TemplateResponse(
        request,
        CLUB_LIST_TEMPLATE,
        {
            "club": club,
            "call": call,
            "progress": progress(call),
            "filters": filters,
            "page_obj": page_obj,
            "has_pledges": has_pledges,
            "back_url": request.get_full_path(),
        },
    )


@login_required
@require_POST
def club_pledge_received(request, club_id, call_id, pledge_id):
    """Confirm that the money or material of a pledge arrived, or take it back after a mistake
    (`undo`); a second click changes nothing and says so."""
    club = club_for_representative(request.user, club_id)
    call = call_of_club(club, call_id)
    found = get_object_or_404(Pledge, pk=checked_id(pledge_id), call=call)
    undo = request.POST.get("undo") == "1"
    if not can_be_received(found):
        messages.info(request, gettext("This pledge cannot be confirmed as received."))
    elif mark_received(found, request.user, received=not undo):
        text = (
            gettext("The pledge %(reference)s is no longer marked as received.")
            if undo
            else gettext("The pledge %(reference)s is confirmed as received on %(day)s.")
        )
        messages.success(
            request,
            text % {"reference": found.purpose_reference, "day": _day(timezone.localdate())},
        )
    else:
        messages.info(
            request,
            gettext("The pledge %(reference)s was already in this state.")
            % {"reference": found.purpose_reference},
        )
    return redirect(_next_url(request) or _pledges_url(club, call))


def _day(date):
    return formats.date_format(date, "SHORT_DATE_FORMAT")


def _next_url(request):
    url = request.POST.get("next", "")
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return None
