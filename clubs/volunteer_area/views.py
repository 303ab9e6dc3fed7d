"""The pages of Mein Engagement: asking for a link, opening it, the overview and what a person
does there (withdraw, cancel, calendar feed, download or erase their data, sign out).

Every action takes the address from the area (`request.volunteer_email`) and looks records up
under it only: a record of another address answers 404. Actions are POSTs with CSRF; a second
click finds the record already cancelled and says so, without a second mail.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from clubs.hours.area import area_context as hours_area_context
from clubs.interests.models import Interest
from clubs.personal_data import Interests
from clubs.saved_searches.area import area_context as saved_searches_area_context
from clubs.shifts.mails import notify_club
from clubs.shifts.models import ShiftSignup
from clubs.shifts.signups import cancel as cancel_signup
from clubs.support_calls.area import area_context as pledges_area_context
from clubs.volunteer_area.access import (
    area_email,
    close_area,
    link_for_token,
    normalised,
    open_area,
    opened_by_link,
    sign_out_everywhere,
    volunteer_area_required,
)
from clubs.volunteer_area.calendar_feed import (
    create_feed,
    feed_for,
    feed_of,
    feed_response,
    feed_urls,
    renew_feed,
)
from clubs.volunteer_area.forms import EMAIL_RATE_LIMIT, IP_RATE_LIMIT, LinkRequestForm
from clubs.volunteer_area.mails import notify_interest_withdrawn, send_link
from clubs.volunteer_area.overview import overview_context
from home.events.certificates import certificate_pdf, qualifies
from home.events.models import Registration
from home.events.registration import cancel_and_notify
from home.mail import site_name
from home.personal_data import registry
from home.ratelimit import claim_for_form, client_ip
from home.submissions import OnceOnly, Outcome

REQUEST_TEMPLATE = "clubs/volunteer_area/request.html"


def _overview_url(anchor=""):
    return reverse("volunteer_area") + (f"#{anchor}" if anchor else "")


def _acting_user(request):
    """Who the registry logs an export or erasure under: the account, else nobody (a link)."""
    return request.user if request.user.is_authenticated else None


@never_cache
def volunteer_area(request):
    """The overview when the area is open, else the form that asks for a link."""
    if request.method == "POST":
        return _request_link(request)
    email = area_email(request)
    if email is None:
        return _request_page(request, LinkRequestForm())
    request.volunteer_email = email
    return _overview(request)


def _request_link(request):
    """Every valid request ends on the same page, whatever is stored under the address (a bot
    in the honeypot included): the answer never tells whether an address is known."""
    form = LinkRequestForm(request.POST)
    if form.honeypot_filled:
        return redirect("volunteer_area_sent")
    if form.is_valid():
        once = OnceOnly("volunteer-area-link", form)
        if repeated := once.earlier_response(request):
            return repeated
        email = normalised(form.cleaned_data["email"])
        limits = [(EMAIL_RATE_LIMIT, email), (IP_RATE_LIMIT, client_ip(request))]
        if claim := claim_for_form(request, form, limits):
            with claim:
                return once.save(request, lambda: _send(request, email), claim=claim)
    return _request_page(request, form)


def _request_page(request, form, invalid_link=False):
    context = {
        "form": form,
        "invalid_link": invalid_link,
        "link_hours": settings.VOLUNTEER_AREA_LINK_HOURS,
    }
    return render(request, REQUEST_TEMPLATE, context, status=410 if invalid_link else 200)


def _send(request, email):
    send_link(email)
    return Outcome(reverse("volunteer_area_sent"))


def sent(request):
    return render(request, "clubs/volunteer_area/sent.html")


@never_cache
def open_link(request, token):
    """A valid link opens the area in this browser; any other says so and offers a new one,
    without a word about the address."""
    link = link_for_token(str(token)[:200])
    if link is None:
        return _request_page(request, LinkRequestForm(), invalid_link=True)
    open_area(request, link)
    return redirect("volunteer_area")


def _overview(request):
    email = request.volunteer_email
    feed = feed_of(email)
    context = {
        "email": email,
        "opened_by_link": opened_by_link(request),
        **overview_context(email),
        **saved_searches_area_context(email),
        **hours_area_context(email),
        **pledges_area_context(email),
    }
    if feed is not None:
        context["feed_url"], context["feed_webcal_url"] = feed_urls(feed, request)
    return render(request, "clubs/volunteer_area/overview.html", context)


@require_POST
@volunteer_area_required
def withdraw_interest(request, interest_id):
    """Withdraw a message: it is deleted (nobody needs it any more) and the club is told.

    A message withdrawn a moment ago (a double click) is gone; somebody else's answers the
    same, so that the answer never tells whether a number belongs to anybody."""
    interest = (
        Interest.objects.select_related("club", "opportunity")
        .filter(pk=interest_id, email__iexact=request.volunteer_email)
        .first()
    )
    if interest is None:
        messages.info(request, gettext("This message was already withdrawn."))
        return redirect(_overview_url("interests"))
    with transaction.atomic():
        # Deleted as erasure deletes it: with the admin's log entries that name the person.
        deleted = Interests._delete(Interest.objects.filter(pk=interest.pk))
        if deleted:
            notify_interest_withdrawn(interest, request)
    if deleted:
        messages.success(
            request,
            gettext("Your message to %(club)s is withdrawn and deleted; the club is told.")
            % {"club": interest.club.title},
        )
    else:
        messages.info(request, gettext("This message was already withdrawn."))
    return redirect(_overview_url("interests"))


@require_POST
@volunteer_area_required
def cancel_shift(request, signup_id):
    signup = get_object_or_404(
        ShiftSignup.objects.select_related("shift__opportunity"),
        pk=signup_id,
        email__iexact=request.volunteer_email,
    )
    if signup.cancelled_at is not None:
        messages.info(request, gettext("This sign-up was already cancelled."))
    elif signup.shift.has_started():
        messages.error(
            request,
            gettext(
                "This shift has already started, so it can no longer be cancelled here. If you "
                "cannot come, please tell the club."
            ),
        )
    else:
        with transaction.atomic():
            cancelled = cancel_signup(signup)
            if cancelled:
                notify_club(signup, request, cancelled=True)
        if cancelled:
            messages.success(
                request, gettext("Your sign-up is cancelled; your place is free again for others.")
            )
        else:
            messages.info(request, gettext("This sign-up was already cancelled."))
    return redirect(_overview_url("shifts"))


@require_POST
@volunteer_area_required
def cancel_registration(request, registration_id):
    """Cancel a place or a place on the waiting list; the waiting list moves up and is told."""
    registration = get_object_or_404(
        Registration.objects.select_related("event"),
        pk=registration_id,
        email__iexact=request.volunteer_email,
    )
    end = registration.event.ends_at()
    if registration.status == Registration.Status.CANCELLED:
        messages.info(request, gettext("This registration was already cancelled."))
    elif end is None or end < timezone.now():
        messages.error(request, gettext("This event is over, so it can no longer be cancelled."))
    else:
        cancelled, _moved_up = cancel_and_notify(registration, request)
        if cancelled:
            messages.success(
                request,
                gettext(
                    "Your registration is cancelled. We have sent you a confirmation by email."
                ),
            )
        else:
            messages.info(request, gettext("This registration was already cancelled."))
    return redirect(_overview_url("events"))


@volunteer_area_required
def certificate(request, registration_id):
    """The participation certificate of one of the person's own registrations."""
    registration = get_object_or_404(
        Registration.objects.select_related("event"),
        pk=registration_id,
        email__iexact=request.volunteer_email,
    )
    if not qualifies(registration):
        raise Http404
    response = HttpResponse(
        certificate_pdf(registration, site_name(request)), content_type="application/pdf"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="teilnahmebescheinigung-{registration.pk}.pdf"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@volunteer_area_required
def calendar_create(request):
    create_feed(request.volunteer_email)
    messages.success(
        request,
        gettext("Your calendar address is ready. Copy it into your calendar program."),
    )
    return redirect(_overview_url("calendar"))


@require_POST
@volunteer_area_required
def calendar_renew(request):
    if renew_feed(request.volunteer_email):
        messages.success(
            request,
            gettext(
                "Your calendar has a new address; the old one no longer works. Replace it in "
                "your calendar program."
            ),
        )
    else:
        create_feed(request.volunteer_email)
    return redirect(_overview_url("calendar"))


def calendar(request, feed_id, token):
    """The feed itself: calendar programs fetch it without a session, by its secret address."""
    feed = feed_for(feed_id, token)
    if feed is None:
        raise Http404
    return feed_response(feed, request)


@require_POST
@volunteer_area_required
def export_data(request):
    body = registry.export(request.volunteer_email, _acting_user(request))
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"mein-engagement-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@volunteer_area_required
def erase_data(request):
    """GET lists what would be erased and what stays; POST erases, then closes the area in
    every browser."""
    email = request.volunteer_email
    if request.method == "POST":
        registry.erase(email, _acting_user(request), request)
        sign_out_everywhere(email)
        close_area(request)
        if request.user.is_authenticated:
            request.user.refresh_from_db()
            if not request.user.is_active:
                logout(request)  # the account itself was erased
        return redirect("volunteer_area_erased")
    found = []
    for kind in registry.kinds():
        count = len(kind.records(email))
        if count:
            found.append({"label": kind.label, "count": count, "note": kind.erase_note})
    return render(request, "clubs/volunteer_area/erase.html", {"email": email, "found": found})


def erased(request):
    return render(request, "clubs/volunteer_area/erased.html")


@require_POST
def sign_out(request):
    """Close the area in this browser only; the link still works elsewhere until it expires."""
    close_area(request)
    messages.success(request, gettext("You have left Mein Engagement in this browser."))
    return redirect("volunteer_area")


@require_POST
@volunteer_area_required
def sign_out_all(request):
    """Revoke every link of the address: each browser that opened one loses the area."""
    sign_out_everywhere(request.volunteer_email)
    close_area(request)
    messages.success(
        request,
        gettext(
            "You are signed out on all devices; every link sent so far no longer works. Ask for "
            "a new link whenever you want to come back."
        ),
    )
    return redirect("volunteer_area")
