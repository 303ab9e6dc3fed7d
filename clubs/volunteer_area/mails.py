"""The mails of Mein Engagement: the link to the person, and the note to a club when somebody
withdraws a message. Both are queued with the caller's transaction (home.mail).

A link goes out only when something is stored under the address (a record of any kind in the
personal-data registry, an account included); the page that answers the request is the same
either way, so nobody learns from the portal whether an address is known. The request only
queues `send_link_task` with the address and language, the same for every address; the worker
looks for records, makes the link and sends the mail itself. So the token is never written
into the task queue's table (a copy of the database opens no area), and the request takes the
same time whether the address is known or not.
"""

from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import formats, timezone, translation
from django_tasks import task

from clubs.volunteer_area.access import create_link
from clubs.volunteer_area.personal_data import VolunteerAreaLinks
from home.mail import (
    enqueue_with_transaction,
    offline_request,
    render_mail,
    send_templated_mail,
    site_name,
)
from home.personal_data.registry import kinds


def _any(records):
    return records.exists() if hasattr(records, "exists") else bool(records)


def has_records(email):
    """Whether anything about `email` is stored. The area's own links do not count: a link
    left over from records that are gone since opens an empty area."""
    return any(_any(kind.records(email)) for kind in kinds() if kind.key != VolunteerAreaLinks.key)


def send_link(email):
    """Queue the link for `email` in the active language (see the module's docstring)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    enqueue_with_transaction(partial(send_link_task.enqueue, email=email, language=language))


@task()
def send_link_task(email: str, language: str):
    """In the worker: a new link for `email`, mailed at once, if anything is stored under it.
    A mail server that is down fails the task; the person asks again."""
    if not has_records(email):
        return
    request = offline_request()
    with translation.override(language):
        path = reverse("volunteer_area_open", kwargs={"token": create_link(email)})
    context = {
        "site_name": site_name(request),
        "link_url": request.build_absolute_uri(path),
        "hours": settings.VOLUNTEER_AREA_LINK_HOURS,
    }
    subject, body = render_mail("volunteer_area_link", context, language)
    EmailMessage(subject=subject, body=body, to=[email]).send()


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
