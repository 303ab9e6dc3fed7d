"""A club's support calls in "Mein Bereich": the list with their states, the form (save a
draft or submit it to the regional review), and the updates on a live call.

Every view loads the club through `club_for_representative` and the call among the club's
children: 404 for everybody else.
"""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import WorkflowState

from clubs.self_service.access import club_for_representative
from clubs.self_service.moderation import SUBMISSION_MESSAGES, page_state
from home.submissions import OnceOnly, Outcome

from .access import call_of_club, calls_of_club
from .forms import NeedFormSet, SupportCallForm, UpdateForm
from .models import SupportCallPage
from .saving import closing_note, create_call, post_update, save_call

CALLS_PER_PAGE = 20


def calls_with_states(club):
    """The club's calls, newest first, with what `page_state` needs prefetched."""
    return (
        calls_of_club(club)
        .order_by("-pk")
        .select_related("latest_revision", "municipality")
        .prefetch_related(
            Prefetch(
                "_specific_workflow_states",
                queryset=WorkflowState.objects.active().select_related("current_task_state__task"),
                to_attr="_current_workflow_states",
            )
        )
    )


@login_required
def club_support_calls(request, club_id):
    club = club_for_representative(request.user, club_id)
    page_obj = Paginator(calls_with_states(club), CALLS_PER_PAGE).get_page(request.GET.get("page"))
    rows = [{"call": call, "state": page_state(call, with_comment=False)} for call in page_obj]
    return render(
        request,
        "clubs/support_calls/calls.html",
        {"club": club, "page_obj": page_obj, "rows": rows},
    )


def _updates_context(call, update_form=None):
    """What the edit page shows of a live call's updates, with the form to post one."""
    if call is None or not call.live:
        return {}
    note = closing_note(call)
    ended = call.has_ended()
    if update_form is None:
        initial = {"text": note.text} if ended and note else None
        update_form = UpdateForm(initial=initial)
    return {
        "updates": call.updates.filter(closing=False),
        "closing_note": note,
        "has_ended": ended,
        "update_form": update_form,
    }


def _render_form(request, club, call, form, needs, update_form=None):
    return render(
        request,
        "clubs/support_calls/call_form.html",
        {
            "club": club,
            "call": call,
            "form": form,
            "needs": needs,
            "state": page_state(call) if call else None,
            **_updates_context(call, update_form),
        },
    )


def _call_form(request, club, call, draft):
    posted = request.method == "POST"
    form = SupportCallForm.for_page(
        draft, request.POST if posted else None, request.FILES if posted else None
    )
    needs = NeedFormSet.for_page(draft, request.POST if posted else None)
    if not posted:
        return _render_form(request, club, call, form, needs)
    valid = form.is_valid() & needs.is_valid()
    if not valid or not form.check_goal(needs):
        return _render_form(request, club, call, form, needs)
    target = call.pk if call else "new"
    lines = needs.needs()
    once = OnceOnly(f"club-support-call:{request.user.pk}:{club.pk}:{target}", form, extra=lines)
    earlier = once.earlier_response(request)
    if earlier is not None:
        return earlier

    def store():
        if call is None:
            saved, result = create_call(
                club, form.cleaned_data, lines, request.user, form.submits()
            )
        else:
            saved = call
            result = save_call(call, form.cleaned_data, lines, request.user, form.submits())
        url = reverse("club_support_call_edit", args=[club.pk, saved.pk])
        return Outcome(url, str(SUBMISSION_MESSAGES[result]))

    return once.save(request, store)


@login_required
def club_support_call_create(request, club_id):
    club = club_for_representative(request.user, club_id)
    draft = SupportCallPage(municipality=club.municipality, story="")
    return _call_form(request, club, None, draft)


@login_required
def club_support_call_edit(request, club_id, call_id):
    club = club_for_representative(request.user, club_id)
    call = call_of_club(club, call_id)
    return _call_form(request, club, call, call.get_latest_revision_as_object())


@login_required
@require_POST
def club_support_call_update(request, club_id, call_id):
    """Post news on a live call or, after its end, write or change the closing note."""
    club = club_for_representative(request.user, club_id)
    call = call_of_club(club, call_id)
    if not call.live:
        raise Http404
    form = UpdateForm(request.POST)
    if not form.is_valid():
        draft = call.get_latest_revision_as_object()
        return _render_form(
            request,
            club,
            call,
            SupportCallForm.for_page(draft),
            NeedFormSet.for_page(draft),
            update_form=form,
        )
    once = OnceOnly(f"club-support-call-update:{request.user.pk}:{call.pk}", form)
    earlier = once.earlier_response(request)
    if earlier is not None:
        return earlier

    def store():
        update = post_update(call, form.cleaned_data["text"].strip(), request.user)
        message = (
            _("The closing note is saved and shown on the page of the support call.")
            if update.closing
            else _("The update is published on the page of the support call.")
        )
        url = reverse("club_support_call_edit", args=[club.pk, call.pk]) + "#updates-heading"
        return Outcome(url, message)

    return once.save(request, store)
