"""The mails about a pledge: the confirmation to the citizen, in the language of the page they
pledged on, with the purpose reference, the bank details or donation link, what happens next
and the link to see or cancel the pledge; and a short note to the club's representatives, in
the default language, for every new and every cancelled pledge. All are queued in the
caller's transaction (home.mail), so a pledge is never stored without its mails, nor mailed
without being stored.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from clubs.support_calls.models import SupportCallPage
from clubs.support_calls.pledges import manage_token
from home.mail import send_templated_mail, site_name


def call_in_language(call, language):
    """The live translation of `call` in `language`, else `call` itself."""
    translated = (
        SupportCallPage.objects.live()
        .filter(translation_key=call.translation_key, locale__language_code=language)
        .first()
    )
    return translated or call


def manage_url(pledge, request, language):
    with translation.override(language):
        path = reverse("support_call_pledge_manage", kwargs={"token": manage_token(pledge)})
    return request.build_absolute_uri(path)


def _context(pledge, request, language):
    call = pledge.call
    page = call_in_language(call, language)
    return {
        "site_name": site_name(request),
        "pledge": pledge,
        "call": call,
        "call_title": page.title,
        "club_title": call.get_parent().title,
        "call_url": request.build_absolute_uri(page.get_url(request=request) or "/"),
    }


def send_confirmation(pledge, request):
    """To the citizen: what they pledged, how it reaches the club, and the link to cancel."""
    context = _context(pledge, request, pledge.language)
    context.update(
        manage_url=manage_url(pledge, request, pledge.language),
        retention_days=settings.PLEDGE_RETENTION_DAYS,
    )
    send_templated_mail("pledge_confirmation", context, to=[pledge.email], language=pledge.language)


def notify_club(pledge, request, *, cancelled=False):
    """To the club's representatives: one short note per pledge or cancellation, answered by
    replying to the citizen."""
    club = pledge.call.get_parent().specific
    recipients = club.representative_emails()
    if not recipients:
        return
    language = settings.LANGUAGE_CODE
    context = _context(pledge, request, language)
    with translation.override(language):
        path = reverse(
            "club_support_call_pledges", kwargs={"club_id": club.pk, "call_id": pledge.call_id}
        )
    context.update(pledges_url=request.build_absolute_uri(path))
    template = "pledge_cancelled_notification" if cancelled else "pledge_notification"
    send_templated_mail(
        template, context, to=recipients, language=language, reply_to=[pledge.email]
    )
