"""A club's overview and profile in "Mein Bereich" (/mein-bereich/vereine/<club_id>/...).

Every view loads the club through `club_for_representative`: 404 for anybody who does not
represent it. Saving never publishes; it stores a revision and, on "Zur Prüfung einreichen",
starts the regional review (see moderation.py).
"""

from collections import Counter

from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.shortcuts import render
from django.urls import reverse
from wagtail.models import WorkflowState

from home.submissions import OnceOnly, Outcome

from .access import club_for_representative, offers_of_club
from .forms import ClubProfileForm
from .moderation import SUBMISSION_MESSAGES, State, page_state
from .saving import save_profile


def offers_of(club):
    """The club's offers in its language, newest first, with their workflow states."""
    return (
        offers_of_club(club)
        .order_by("-pk")
        .select_related("latest_revision")
        # Wagtail's prefetch_workflow_states() follows the base content type, which finds
        # nothing from a queryset of the concrete model: the specific relation does.
        .prefetch_related(
            Prefetch(
                "_specific_workflow_states",
                queryset=WorkflowState.objects.active().select_related("current_task_state__task"),
                to_attr="_current_workflow_states",
            )
        )
    )


@login_required
def club_dashboard(request, club_id):
    club = club_for_representative(request.user, club_id)
    counts = Counter(page_state(offer, with_comment=False).state for offer in offers_of(club))
    offer_counts = [(state.label, counts[state]) for state in State if counts[state]]
    return render(
        request,
        "clubs/self_service/dashboard.html",
        {
            "club": club,
            "state": page_state(club),
            "offer_counts": offer_counts,
            "offer_total": sum(counts.values()),
        },
    )


@login_required
def club_profile_edit(request, club_id):
    club = club_for_representative(request.user, club_id)
    draft = club.get_latest_revision_as_object()
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    form = ClubProfileForm.for_page(draft, data, files)
    if draft.logo_id:
        form.initial.setdefault("logo_alt", draft.logo_alt_text or draft.logo.description)
    if form.is_bound and form.is_valid():
        once = OnceOnly(f"club-profile:{request.user.pk}:{club.pk}", form)
        earlier = once.earlier_response(request)
        if earlier is not None:
            return earlier

        def store():
            result = save_profile(club, form.cleaned_data, request.user, form.submits())
            url = reverse("club_profile_edit", args=[club.pk])
            return Outcome(url, str(SUBMISSION_MESSAGES[result]))

        return once.save(request, store)
    return render(
        request,
        "clubs/self_service/profile_form.html",
        {"club": club, "draft": draft, "form": form, "state": page_state(club)},
    )
