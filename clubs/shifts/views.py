"""The public pages of shifts: signing up for one (no account needed) and cancelling by the link
in the confirmation mail.

The sign-up form is its own page (`shift_signup`), linked from each shift on the offer's page,
so that the offer's page stays the same for everybody. A stored sign-up leads back to the offer
with a message; a refused one (already signed up, full, started) says why and, for a full shift,
offers the others that still have places. The cancellation page only asks on GET, so that mail
scanners that follow links cancel nothing; the POST cancels.
"""

from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext

from clubs.opportunities.models import OpportunityPage
from clubs.shifts.forms import EMAIL_RATE_LIMIT, IP_RATE_LIMIT, ShiftSignupForm
from clubs.shifts.mails import notify_club, send_confirmation
from clubs.shifts.models import Shift
from clubs.shifts.public import described, offer_in_language, upcoming_shifts
from clubs.shifts.signups import SignupRefusedError, cancel, sign_up, signup_for_token
from home.kern_forms import privacy_page_url
from home.ratelimit import claim_for_form, client_ip
from home.submissions import OnceOnly, Outcome

SIGNUP_TEMPLATE = "clubs/shifts/signup.html"
CANCEL_TEMPLATE = "clubs/shifts/cancel.html"


def _language():
    return translation.get_language() or "de"


def _shift_or_404(shift_id):
    """The shift with its places, if its offer is published for everybody; else 404."""
    shift = get_object_or_404(
        Shift.objects.with_places().select_related("opportunity__municipality"), pk=shift_id
    )
    if not OpportunityPage.objects.filter(pk=shift.opportunity_id).live().public().exists():
        raise Http404
    return shift


def _state(shift):
    """What the shift takes now: "closed" (offer over), "past", "full" or "open"."""
    if not OpportunityPage.objects.filter(pk=shift.opportunity_id).open().exists():
        return "closed"
    if shift.has_started():
        return "past"
    return "full" if shift.free < 1 else "open"


def shift_signup(request, shift_id):
    shift = _shift_or_404(shift_id)
    offer = offer_in_language(shift.opportunity, _language())
    club = offer.get_parent().specific
    state = _state(shift)
    form = ShiftSignupForm(
        request.POST if request.method == "POST" and state == "open" else None,
        club_title=club.title,
        privacy_url=privacy_page_url(request),
    )
    context = {"shift": described([shift])[0], "offer": offer, "club": club, "form": form}
    if form.is_bound:
        if form.honeypot_filled:
            # Bots get an answer that looks like success, but nothing is stored or sent.
            thanks = gettext("Thank you! We have sent you an email.")
            return Outcome(offer.get_url(request=request) or "/", thanks).response(request)
        if form.is_valid():
            try:
                if response := _store(request, shift, offer, form):
                    return response
            except SignupRefusedError as refused:
                state = refused.reason
                context["refusal"] = refused.message
                if refused.reason == SignupRefusedError.DUPLICATE:
                    state = "open"
                    form.add_error(None, refused.message)
    if state == "full":
        others = [s for s in upcoming_shifts(shift.opportunity) if s.free > 0 and s.pk != shift.pk]
        context["other_shifts"] = described(others)
    context["state"] = state
    return TemplateResponse(request, SIGNUP_TEMPLATE, context)


def _store(request, shift, offer, form):
    """The redirect after a stored (or repeated) sign-up; None when a rate limit refused it.
    Raises SignupRefusedError for a full, started or duplicate sign-up."""
    once = OnceOnly(f"shift-signup:{shift.pk}", form)
    if repeated := once.earlier_response(request):
        return repeated
    email = form.cleaned_data["email"]
    claim = claim_for_form(
        request, form, [(EMAIL_RATE_LIMIT, email), (IP_RATE_LIMIT, client_ip(request))]
    )
    if not claim:
        return None
    with claim:
        return once.save(request, lambda: _sign_up(request, shift, offer, form), claim=claim)


def _sign_up(request, shift, offer, form):
    data = form.cleaned_data
    with transaction.atomic():
        signup = sign_up(
            shift,
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            consent_text=form.consent_text,
            language=_language(),
        )
        send_confirmation(signup, request)
        notify_club(signup, request)
    message = gettext(
        "Thank you! You are signed up for the shift on %(day)s, %(times)s. We have sent you a "
        "confirmation by email."
    ) % {"day": shift.day, "times": shift.times}
    return Outcome(offer.get_url(request=request) or "/", message)


def shift_signup_cancel(request, token):
    signup = signup_for_token(token)
    if signup is None:
        return TemplateResponse(request, CANCEL_TEMPLATE, {"invalid": True}, status=404)
    shift = described([signup.shift])[0]
    offer = offer_in_language(shift.opportunity, _language())
    context = {"signup": signup, "shift": shift, "offer": offer, "club": offer.get_parent()}
    if signup.cancelled_at:
        context["done_message"] = gettext("This sign-up was already cancelled.")
    elif shift.has_started():
        context["started"] = True
    elif request.method == "POST":
        with transaction.atomic():
            cancelled = cancel(signup)
            if cancelled:
                notify_club(signup, request, cancelled=True)
        context["done_message"] = (
            gettext("Your sign-up is cancelled; your place is free again for others.")
            if cancelled
            else gettext("This sign-up was already cancelled.")
        )
    return TemplateResponse(request, CANCEL_TEMPLATE, context)
