"""What a club does with hours in "Mein Bereich": confirm who came to a shift that has ended,
list its hours records, and record hours for a volunteer by address.

Every view loads the club among those the user represents (clubs.self_service.access), and the
shift within that club's offers, so another club's numbers answer 404.
"""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from clubs.hours import mails, recording
from clubs.hours.attendance import confirm_attendance, has_ended, shift_hours
from clubs.hours.forms import AttendanceForm, HoursRecordForm, YearFilterForm
from clubs.hours.models import HoursRecord
from clubs.self_service.access import club_for_representative, offers_of_club
from clubs.shifts.models import Shift
from home.ratelimit import RateLimit, claim_for_form
from home.submissions import OnceOnly, Outcome

PER_PAGE = 50
# Each recorded entry mails an address the club typed in: a limit keeps this from being a way
# to send mail to strangers in bulk.
RECORD_RATE_LIMIT = RateLimit("hours-record-club", limit=30, window=60 * 60)


def _shift_or_404(club, shift_id):
    shifts = Shift.objects.select_related("opportunity").filter(
        opportunity__in=offers_of_club(club).values("pk")
    )
    return get_object_or_404(shifts, pk=shift_id)


def _initial_hours(shift, signups):
    """(was there, hours) per sign-up: as saved before, else everybody with the shift's
    length."""
    default = shift_hours(shift)
    if shift.attendance_confirmed_at is None:
        return {signup.pk: (True, default) for signup in signups}
    saved = {record.signup_id: record.hours for record in shift.hours_records.all()}
    return {signup.pk: (signup.pk in saved, saved.get(signup.pk, default)) for signup in signups}


@login_required
def shift_attendance(request, club_id, shift_id):
    club = club_for_representative(request.user, club_id)
    shift = _shift_or_404(club, shift_id)
    opportunity = shift.opportunity
    signups = list(shift.signups.active().order_by("name", "pk"))
    ended = has_ended(shift)
    form = AttendanceForm(
        request.POST if request.method == "POST" else None,
        signups=signups,
        initial_hours=_initial_hours(shift, signups),
    )
    if request.method == "POST" and ended and form.is_valid():
        once = OnceOnly(f"shift-attendance:{shift.pk}", form)
        if repeated := once.earlier_response(request):
            return repeated
        return once.save(request, lambda: _save_attendance(request, club, shift, form))
    return render(
        request,
        "clubs/hours/attendance.html",
        {
            "club": club,
            "shift": shift,
            "opportunity": opportunity,
            "ended": ended,
            "form": form,
        },
    )


def _save_attendance(request, club, shift, form):
    hours = form.hours_by_signup()
    new = confirm_attendance(shift, club, hours)
    for record in HoursRecord.objects.filter(signup__in=new):
        mails.send_shift_hours_confirmed(record, request)
    text = ngettext(
        "Attendance saved: %(count)d helper was there.",
        "Attendance saved: %(count)d helpers were there.",
        len(hours),
    ) % {"count": len(hours)}
    return Outcome(reverse("club_offer_shifts", args=[club.pk, shift.opportunity_id]), text)


@login_required
def club_hours(request, club_id):
    club = club_for_representative(request.user, club_id)
    records = HoursRecord.objects.filter(club=club).order_by("-starts_on", "-pk")
    years = sorted(
        {date.year for date in records.values_list("starts_on", flat=True)}, reverse=True
    )
    year_filter = YearFilterForm(request.GET or None, years=years)
    year = year_filter.cleaned_data["year"] if year_filter.is_valid() else None
    if year:
        records = records.filter(starts_on__year=year)
    page = Paginator(records, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "clubs/hours/club_hours.html",
        {
            "club": club,
            "page_obj": page,
            "year_filter": year_filter if year_filter.is_bound else YearFilterForm(years=years),
            "year": year,
            "has_records": bool(years),
        },
    )


@login_required
def club_hours_record(request, club_id):
    club = club_for_representative(request.user, club_id)
    form = HoursRecordForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        once = OnceOnly(f"hours-record:{club.pk}", form)
        if repeated := once.earlier_response(request):
            return repeated
        if claim := claim_for_form(request, form, [(RECORD_RATE_LIMIT, str(club.pk))]):
            with claim:
                return once.save(request, lambda: _record(request, club, form), claim=claim)
    return render(request, "clubs/hours/club_hours_record.html", {"club": club, "form": form})


def _record(request, club, form):
    data = form.cleaned_data
    with transaction.atomic():
        record = recording.record_hours(
            club,
            request.user,
            name=data["name"],
            email=data["email"],
            activity=data["activity"],
            starts_on=data["starts_on"],
            ends_on=data["ends_on"],
            hours=data["hours"],
            # The volunteer chose no language here; the portal's default is theirs too.
            language=settings.LANGUAGE_CODE,
        )
        mails.send_please_confirm(record, request)
    return Outcome(
        reverse("club_hours", args=[club.pk]),
        _(
            "The hours of %(name)s are recorded. We have asked them by email to confirm; "
            "only then do the hours count."
        )
        % {"name": record.name},
    )
