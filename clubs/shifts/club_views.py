"""What a club does with the shifts of its offers in "Mein Bereich": add, change and delete
shifts, see and cancel sign-ups, write to the helpers and print the day's list.

Every view loads the club among those the user represents (superusers: any club) and every
offer, shift and sign-up within that club, so another club's ids answer 404. Changes that mail
helpers save and queue the mails in one transaction.
"""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from clubs.self_service.access import club_for_representative, offer_of_club, offers_of_club
from clubs.shifts import helper_list, messaging
from clubs.shifts.club_forms import CancelSignupForm, ConfirmForm, HelperMessageForm, ShiftForm
from clubs.shifts.models import Shift, ShiftSignup
from clubs.shifts.signups import cancel
from home.ratelimit import claim_for_form
from home.submissions import OnceOnly, Outcome


def _shift_or_404(club, shift_id):
    shifts = Shift.objects.select_related("opportunity").filter(
        opportunity__in=offers_of_club(club).values("pk")
    )
    return get_object_or_404(shifts, pk=shift_id)


def _signup_or_404(club, signup_id):
    signups = ShiftSignup.objects.select_related("shift__opportunity").filter(
        shift__opportunity__in=offers_of_club(club).values("pk")
    )
    return get_object_or_404(signups, pk=signup_id)


def _shifts_url(club, opportunity):
    return reverse("club_offer_shifts", args=[club.pk, opportunity.pk])


def _shifts_with_signups(opportunity):
    """The offer's shifts with their places and every sign-up, in two queries however many."""
    signups = ShiftSignup.objects.order_by("created_at", "pk")
    return opportunity.shifts.with_places().prefetch_related(Prefetch("signups", queryset=signups))


def _posted(request):
    """The form data of a POST, also an empty one; None (an unbound form) for a GET."""
    return request.POST if request.method == "POST" else None


def _sender_email(user):
    return user.email or ""


@login_required
def offer_shifts(request, club_id, opportunity_id):
    """The offer's shifts with their sign-ups, and the form that adds a shift."""
    club = club_for_representative(request.user, club_id)
    opportunity = offer_of_club(club, opportunity_id)
    takes_shifts = opportunity.takes_shifts
    form = ShiftForm(prefix="shift")
    if request.method == "POST" and takes_shifts:
        form = ShiftForm(request.POST, prefix="shift")
        if form.is_valid():
            once = OnceOnly(f"shift-add:{opportunity.pk}", form)
            if repeated := once.earlier_response(request):
                return repeated
            return once.save(request, lambda: _add_shift(club, opportunity, form))
    today = timezone.localdate()
    shifts = list(_shifts_with_signups(opportunity))
    for shift in shifts:
        every = list(shift.signups.all())
        shift.active_signups = [signup for signup in every if signup.cancelled_at is None]
        shift.cancelled_signups = [signup for signup in every if signup.cancelled_at]
    upcoming = [shift for shift in shifts if shift.date >= today]
    return render(
        request,
        "clubs/shifts/club_offer_shifts.html",
        {
            "club": club,
            "opportunity": opportunity,
            "takes_shifts": takes_shifts,
            "upcoming": upcoming,
            "past": [shift for shift in shifts if shift.date < today],
            "days": sorted({shift.date for shift in shifts}),
            "helpers": sum(len(shift.active_signups) for shift in shifts),
            "form": form,
        },
    )


def _add_shift(club, opportunity, form):
    shift = form.save(commit=False)
    shift.opportunity = opportunity
    shift.save()
    return Outcome(
        _shifts_url(club, opportunity),
        _("The shift on %(date)s has been added.") % {"date": _day(shift.date)},
    )


def _day(date):
    return formats.date_format(date, "SHORT_DATE_FORMAT")


@login_required
def shift_edit(request, club_id, shift_id):
    club = club_for_representative(request.user, club_id)
    shift = _shift_or_404(club, shift_id)
    if request.method != "POST":
        form = ShiftForm(instance=shift, taken=shift.signups.active().count())
        return _edit_page(request, club, shift, form)
    before = Shift(date=shift.date, starts_at=shift.starts_at, ends_at=shift.ends_at)
    with transaction.atomic():
        # The lock that sign-ups take (clubs.shifts.signups): nobody signs up between counting
        # the helpers and saving fewer places.
        Shift.objects.select_for_update().get(pk=shift.pk)
        active = list(shift.signups.active())
        form = ShiftForm(request.POST, instance=shift, taken=len(active))
        if not form.is_valid():
            return _edit_page(request, club, shift, form)
        shift = form.save()
        now = (shift.date, shift.starts_at, shift.ends_at)
        told = active if now != (before.date, before.starts_at, before.ends_at) else []
        messaging.notify_shift_changed(
            shift, told, club=club, before=before, reply_to=_sender_email(request.user)
        )
    text = _("The shift has been saved.")
    if told:
        text += " " + ngettext(
            "We have told %(count)d helper about the new time.",
            "We have told %(count)d helpers about the new time.",
            len(told),
        ) % {"count": len(told)}
    messages.success(request, text)
    return redirect(_shifts_url(club, shift.opportunity))


def _edit_page(request, club, shift, form):
    return render(
        request,
        "clubs/shifts/club_shift_edit.html",
        {"club": club, "shift": shift, "opportunity": shift.opportunity, "form": form},
    )


@login_required
def shift_delete(request, club_id, shift_id):
    club = club_for_representative(request.user, club_id)
    form = ConfirmForm(_posted(request))
    if form.is_valid():
        once = OnceOnly(f"shift-delete:{club.pk}:{shift_id}", form)
        # A second click finds the shift gone: it gets the first click's answer, not a 404.
        if repeated := once.earlier_response(request):
            return repeated
    shift = _shift_or_404(club, shift_id)
    active = list(shift.signups.active().select_related("shift__opportunity"))
    if form.is_valid():
        return once.save(request, lambda: _delete_shift(request, club, shift))
    return render(
        request,
        "clubs/shifts/club_shift_delete.html",
        {
            "club": club,
            "shift": shift,
            "opportunity": shift.opportunity,
            "helpers": len(active),
            "form": form,
        },
    )


def _delete_shift(request, club, shift):
    """Delete under the row lock that sign-ups take, so that a helper who signs up meanwhile is
    told too (the list shown on the confirmation page may be a moment old)."""
    shift = Shift.objects.select_for_update().select_related("opportunity").get(pk=shift.pk)
    active = list(shift.signups.active().select_related("shift__opportunity"))
    opportunity, date = shift.opportunity, shift.date
    messaging.notify_shift_deleted(shift, active, club=club, reply_to=_sender_email(request.user))
    shift.delete()
    text = _("The shift on %(date)s has been deleted.") % {"date": _day(date)}
    if active:
        text += " " + ngettext(
            "We have told %(count)d helper that it is cancelled.",
            "We have told %(count)d helpers that it is cancelled.",
            len(active),
        ) % {"count": len(active)}
    return Outcome(_shifts_url(club, opportunity), text)


@login_required
def signup_cancel(request, club_id, signup_id):
    club = club_for_representative(request.user, club_id)
    signup = _signup_or_404(club, signup_id)
    opportunity = signup.shift.opportunity
    form = CancelSignupForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        message = form.cleaned_data["message"].strip()
        with transaction.atomic():
            cancelled = cancel(signup, by=request.user, message=message)
            if cancelled:
                messaging.notify_cancelled(
                    signup, club=club, message=message, reply_to=_sender_email(request.user)
                )
        if cancelled:
            messages.success(
                request,
                _("The place of %(name)s is cancelled; we have told them by email.")
                % {"name": signup.name},
            )
        else:
            messages.info(
                request, _("The place of %(name)s was already cancelled.") % {"name": signup.name}
            )
        return redirect(_shifts_url(club, opportunity))
    return render(
        request,
        "clubs/shifts/club_signup_cancel.html",
        {"club": club, "signup": signup, "opportunity": opportunity, "form": form},
    )


@login_required
def shift_message(request, club_id, shift_id):
    club = club_for_representative(request.user, club_id)
    shift = _shift_or_404(club, shift_id)
    signups = shift.signups.active().select_related("shift__opportunity")
    return _message(request, club, shift.opportunity, signups, shift=shift)


@login_required
def offer_message(request, club_id, opportunity_id):
    club = club_for_representative(request.user, club_id)
    opportunity = offer_of_club(club, opportunity_id)
    signups = (
        ShiftSignup.objects.active()
        .filter(shift__opportunity=opportunity, shift__date__gte=timezone.localdate())
        .select_related("shift__opportunity")
        .order_by("shift__date", "shift__starts_at", "created_at", "pk")
    )
    return _message(request, club, opportunity, signups)


def _message(request, club, opportunity, signups, shift=None):
    """The message form for the helpers of a shift or of an offer: one mail per helper."""
    signups = list(signups)
    reply_to = _sender_email(request.user)
    form = HelperMessageForm(_posted(request))
    if request.method == "POST" and signups and form.is_valid():
        scope = f"shift-message:{club.pk}:{shift.pk if shift else 'offer'}:{opportunity.pk}"
        once = OnceOnly(scope, form)
        if repeated := once.earlier_response(request):
            return repeated
        limits = [(messaging.MESSAGE_RATE_LIMIT, str(club.pk))]
        if claim := claim_for_form(request, form, limits):
            with claim:
                return once.save(
                    request,
                    lambda: _send_message(request, club, opportunity, signups, shift, form),
                    claim=claim,
                )
    return render(
        request,
        "clubs/shifts/club_message.html",
        {
            "club": club,
            "opportunity": opportunity,
            "shift": shift,
            "form": form,
            "helpers": len({signup.email.lower() for signup in signups}),
            "reply_to": reply_to,
        },
    )


def _send_message(request, club, opportunity, signups, shift, form):
    count = messaging.send_helper_message(
        signups,
        opportunity=opportunity,
        club=club,
        shift=shift,
        subject=form.cleaned_data["subject"],
        text=form.cleaned_data["text"],
        sender=request.user,
    )
    text = ngettext(
        "Your message has been sent to %(count)d helper.",
        "Your message has been sent to %(count)d helpers, to each on their own.",
        count,
    ) % {"count": count}
    return Outcome(_shifts_url(club, opportunity), text)


@login_required
def offer_helper_list(request, club_id, opportunity_id, file_format):
    if file_format not in helper_list.FILE_FORMATS:
        raise Http404("Unknown format")
    club = club_for_representative(request.user, club_id)
    opportunity = offer_of_club(club, opportunity_id)
    day = _day_of(request.GET.get("datum", ""))
    shifts = _shifts_with_signups(opportunity)
    if day:
        shifts = shifts.filter(date=day)
    if file_format == "csv":
        return helper_list.csv_response(opportunity, shifts, day)
    return helper_list.pdf_response(opportunity, club, shifts, day)


def _day_of(text):
    """The day of `?datum=YYYY-MM-DD`, None without one; a date that is none answers 404."""
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise Http404("Not a date") from None
