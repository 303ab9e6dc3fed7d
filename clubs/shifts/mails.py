"""The mails about a sign-up: the confirmation with the cancellation link to the helper, in the
language of the page they signed up on, and a short note to the club's representatives, in the
default language. All are queued in the caller's transaction (home.mail), so a sign-up is never
stored without its mails, nor mailed without being stored.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from clubs.shifts.public import offer_in_language, shift_day, shift_times
from clubs.shifts.signups import cancel_token
from home.mail import send_templated_mail, site_name, volunteer_area_url


def _shift_context(signup, request, language):
    shift = signup.shift
    offer = offer_in_language(shift.opportunity, language)
    with translation.override(language):
        day, times = shift_day(shift), shift_times(shift)
    return {
        "site_name": site_name(request),
        "signup": signup,
        "shift": shift,
        "offer_title": offer.title,
        "club_title": offer.get_parent().title,
        "place": shift.opportunity.municipality.name,
        "day": day,
        "times": times,
        "offer_url": request.build_absolute_uri(offer.get_url(request=request) or "/"),
    }


def send_confirmation(signup, request):
    """To the helper: what, when and where, and the link to cancel."""
    context = _shift_context(signup, request, signup.language)
    with translation.override(signup.language):
        path = reverse("shift_signup_cancel", kwargs={"token": cancel_token(signup)})
    context.update(
        cancel_url=request.build_absolute_uri(path),
        retention_days=settings.SHIFT_SIGNUP_RETENTION_DAYS,
        volunteer_area_url=volunteer_area_url(request, signup.language),
    )
    send_templated_mail(
        "shift_signup_confirmation", context, to=[signup.email], language=signup.language
    )


def notify_club(signup, request, *, cancelled=False):
    """To the club's representatives: one short note per sign-up or cancellation."""
    club = signup.shift.opportunity.get_parent().specific
    recipients = club.representative_emails()
    if not recipients:
        return
    language = settings.LANGUAGE_CODE
    context = _shift_context(signup, request, language)
    offer = signup.shift.opportunity
    with translation.override(language):
        path = reverse("club_offer_shifts", kwargs={"club_id": club.pk, "opportunity_id": offer.pk})
    context.update(shifts_url=request.build_absolute_uri(path))
    template = "shift_signup_cancelled_notification" if cancelled else "shift_signup_notification"
    send_templated_mail(template, context, to=recipients, language=language)
