"""A club's offers in "Mein Bereich": the list, the form, duplicating, ending and reopening.

Each offer is looked up among the children of a club the user represents (404 otherwise).
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from clubs.opportunities.models import OpportunityPage
from home.kern_forms import KernFormMixin
from home.submissions import OnceOnly, Outcome, SubmissionTokenField

from .access import club_for_representative, offer_of_club
from .forms import OfferForm
from .moderation import (
    SUBMISSION_MESSAGES,
    State,
    end_offer,
    is_over,
    page_state,
    submit_latest_revision,
)
from .saving import create_offer, duplicate_offer, save_offer
from .views import offers_of

OFFERS_PER_PAGE = 20


class ActionForm(KernFormMixin, forms.Form):
    """A button with the double-click guard."""

    submission_token = SubmissionTokenField()


def latest_dates(offer):
    """The dates of the offer's latest revision (the club's last word, maybe not live yet)."""
    if offer.latest_revision is None:
        return {"starts_on": offer.starts_on, "ends_on": offer.ends_on}
    content = offer.latest_revision.content
    return {
        name: parse_date(content[name]) if content.get(name) else None
        for name in ("starts_on", "ends_on")
    }


def _post_only(request):
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])


@login_required
def club_offers(request, club_id):
    club = club_for_representative(request.user, club_id)
    page_obj = Paginator(offers_of(club), OFFERS_PER_PAGE).get_page(request.GET.get("page"))
    rows = [
        {
            "offer": offer,
            "state": page_state(offer, with_comment=False),
            "has_shifts": offer.takes_shifts,
            **latest_dates(offer),
        }
        for offer in page_obj
    ]
    return render(
        request,
        "clubs/self_service/offers.html",
        {
            "club": club,
            "page_obj": page_obj,
            "rows": rows,
            "action_form": ActionForm(),
            "State": State,
        },
    )


def _offer_form(request, club, offer, draft):
    form = OfferForm.for_page(draft, request.POST if request.method == "POST" else None)
    if not form.is_bound or not form.is_valid():
        return render(
            request,
            "clubs/self_service/offer_form.html",
            {
                "club": club,
                "offer": offer,
                "form": form,
                "state": page_state(offer) if offer else None,
            },
        )
    target = offer.pk if offer else "new"
    once = OnceOnly(f"club-offer:{request.user.pk}:{club.pk}:{target}", form)
    earlier = once.earlier_response(request)
    if earlier is not None:
        return earlier

    def store():
        if offer is None:
            saved, result = create_offer(club, form.cleaned_data, request.user, form.submits())
        else:
            saved, result = (
                offer,
                save_offer(offer, form.cleaned_data, request.user, form.submits()),
            )
        url = reverse("club_offer_edit", args=[club.pk, saved.pk])
        return Outcome(url, str(SUBMISSION_MESSAGES[result]))

    return once.save(request, store)


@login_required
def club_offer_create(request, club_id):
    club = club_for_representative(request.user, club_id)
    draft = OpportunityPage(
        municipality=club.municipality,
        commitment=OpportunityPage.Commitment.ONE_OFF,
        contact_name=request.user.get_full_name(),
        description="",
    )
    return _offer_form(request, club, None, draft)


@login_required
def club_offer_edit(request, club_id, opportunity_id):
    club = club_for_representative(request.user, club_id)
    offer = offer_of_club(club, opportunity_id)
    return _offer_form(request, club, offer, offer.get_latest_revision_as_object())


@login_required
def club_offer_duplicate(request, club_id, opportunity_id):
    club = club_for_representative(request.user, club_id)
    offer = offer_of_club(club, opportunity_id)
    if refused := _post_only(request):
        return refused
    form = ActionForm(request.POST)
    form.is_valid()
    once = OnceOnly(f"club-offer-copy:{request.user.pk}:{offer.pk}", form)
    earlier = once.earlier_response(request)
    if earlier is not None:
        return earlier

    def store():
        copy = duplicate_offer(club, offer, request.user)
        return Outcome(
            reverse("club_offer_edit", args=[club.pk, copy.pk]),
            _("The copy is saved as a draft. Please enter the dates and submit it."),
        )

    return once.save(request, store)


@login_required
def club_offer_end(request, club_id, opportunity_id):
    club = club_for_representative(request.user, club_id)
    offer = offer_of_club(club, opportunity_id)
    if request.method == "POST":
        if offer.live:
            end_offer(offer, request.user)
            messages.success(request, _("The offer has ended. It is no longer shown on the site."))
        else:
            messages.info(request, _("The offer is not shown on the site anyway."))
        return redirect("club_offers", club.pk)
    return render(request, "clubs/self_service/offer_end.html", {"club": club, "offer": offer})


@login_required
def club_offer_reopen(request, club_id, opportunity_id):
    club = club_for_representative(request.user, club_id)
    offer = offer_of_club(club, opportunity_id)
    if refused := _post_only(request):
        return refused
    draft = offer.get_latest_revision_as_object()
    if is_over(draft):
        messages.warning(
            request,
            _("The dates of this offer are over. Please change the dates first, then submit it."),
        )
        return redirect("club_offer_edit", club.pk, offer.pk)
    with transaction.atomic():
        if offer.latest_revision_id is None:
            draft.save_revision(user=request.user)
        result = submit_latest_revision(draft, request.user)
    messages.success(request, str(SUBMISSION_MESSAGES[result]))
    return redirect("club_offers", club.pk)
