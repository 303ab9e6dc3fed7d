"""The mails of Mein Engagement: the link to the person, and the note to a club when somebody
withdraws a message. Both are queued with the caller's transaction (home.mail).

A link goes out only when something is stored under the address (a record of any kind in the
personal-data registry, an account included); the page that answers the request is the same
either way, so nobody learns from the portal whether an address is known.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation

from clubs.volunteer_area.access import create_link
from clubs.volunteer_area.personal_data import VolunteerAreaLinks
from home.mail import send_templated_mail, site_name
from home.personal_data.registry import kinds


def _any(records):
    return records.exists() if hasattr(records, "exists") else bool(records)


def has_records(email):
    """Whether anything about `email` is stored. The area's own links do not count: a link
    left over from records that are gone since opens an empty area."""
    return any(_any(kind.records(email)) for kind in kinds() if kind.key != VolunteerAreaLinks.key)


def send_link(request, email):
    """Mail a new link to `email` in the active language, if anything is stored under it."""
    if not has_records(email):
        return
    language = translation.get_language() or settings.LANGUAGE_CODE
    token = create_link(email)
    path = reverse("volunteer_area_open", kwargs={"token": token})
    context = {
        "site_name": site_name(request),
        "link_url": request.build_absolute_uri(path),
        "hours": settings.VOLUNTEER_AREA_LINK_HOURS,
    }
    send_templated_mail("volunteer_area_link", context, to=[email], language=language)


def notify_interest_withdrawn(interest, request):
    """To the club's representatives, in the default language: the message is withdrawn and
    deleted, so nobody answers it any more."""
    club = interest.club
    recipients = club.representative_emails()
    if not recipients:
        return
    language = settings.LANGUAGE_CODE
    with translation.override(language):
        received = formats.date_format(timezone.localtime(interest.created_at), "SHORT_DATE_FORMAT")
    context = {
        "site_name": site_name(request),
        "name": interest.name,
        "club_title": club.title,
        "opportunity_title": interest.opportunity.title if interest.opportunity else "",
        "received": received,
    }
    send_templated_mail(
        "volunteer_area_interest_withdrawn", context, to=recipients, language=language
    )
