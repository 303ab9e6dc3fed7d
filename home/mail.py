"""Sending email the one way the portal does: rendered from templates, queued as a task that
belongs to the transaction which saves what the mail is about.

With the database queue of production (django_tasks_db) the task row is written inside the
caller's transaction: the form's row and its mail are committed together or not at all, so a
queue that cannot be written (a locked or full table) rolls the save back and the visitor gets
the 503 page instead of a confirmation without its mail. The mail still leaves only after the
commit, because the worker sees committed rows only. The immediate and dummy backends of
development and tests would send at enqueue time, so for them the task is queued with
transaction.on_commit: a rolled-back request never mails about something that was not saved.

Either way a slow or unreachable mail server never delays or breaks a request, and each mail
gets a key when it is queued that keeps it from being sent twice (home.tasks.send_email).

Mail to people with an account (notices of requests and of the moderation of club profiles)
goes through `mail_people`: each person once, only if active and with an address, never to the
one whose action it reports, in the language they chose in their account.
"""

import uuid
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks_db import DatabaseBackend
from wagtail.models import Site
from wagtail.users.models import UserProfile

from home.tasks import send_email


def site_name(request):
    """The name mails sign with: the site's own, else the installation's."""
    site = Site.find_for_request(request)
    return site.site_name if site and site.site_name else settings.WAGTAIL_SITE_NAME


class _BaseUrlRequest(HttpRequest):
    def __init__(self, base_url):
        super().__init__()
        parts = urlsplit(base_url)
        self._scheme = parts.scheme or "http"
        self.META = {
            "HTTP_HOST": parts.netloc,
            "SERVER_NAME": parts.hostname or "localhost",
            "SERVER_PORT": str(parts.port or (443 if self._scheme == "https" else 80)),
        }
        self.path = self.path_info = "/"

    def _get_scheme(self):
        return self._scheme


def offline_request():
    """A stand-in request for mails written outside a web request (the commands that send
    digests and reminders): absolute links and the site's name come from the configured
    address, WAGTAILADMIN_BASE_URL, as in every other mail that links back."""
    return _BaseUrlRequest(settings.WAGTAILADMIN_BASE_URL)


def volunteer_area_url(request, language):
    """The address of "Mein Engagement" in `language`: the confirmation mails of sign-ups,
    registrations and messages end with it, so that people find all they signed up for."""
    with translation.override(language):
        return request.build_absolute_uri(reverse("volunteer_area"))


def send_mail_on_commit(*, subject, body, to, reply_to=None, headers=None, key=None):
    """Queue one mail that goes out once the current transaction has committed.

    `headers`: extra mail headers (e.g. List-Unsubscribe). `key`: for a mail that must go out
    once whoever queues it (a digest two overlapping command runs both want to send), a key
    made from what the mail is about, at most 64 characters; by default a random one."""
    extra = {"headers": headers} if headers else {}
    enqueue = partial(
        send_email.enqueue,
        subject=subject,
        body=body,
        to=list(to),
        reply_to=reply_to,
        key=key or uuid.uuid4().hex,
        **extra,
    )
    enqueue_with_transaction(enqueue)


def enqueue_with_transaction(enqueue):
    """Call `enqueue` (a task's enqueue with its arguments bound) so that the task belongs to
    the current transaction: at once with the database queue, whose row commits with it; on
    commit with the immediate and dummy backends, which would run it at once (see above)."""
    if isinstance(send_email.get_backend(), DatabaseBackend):
        enqueue()
    else:
        transaction.on_commit(enqueue)


def render_mail(template, context, language=None):
    """(subject, body) from `emails/<template>_subject.txt` and `emails/<template>.txt`, in
    `language` (default: the active one). The subject becomes one line."""
    with translation.override(language or translation.get_language()):
        subject = render_to_string(f"emails/{template}_subject.txt", context)
        body = render_to_string(f"emails/{template}.txt", context)
    return " ".join(subject.split()), body.strip() + "\n"


def send_templated_mail(
    template, context, *, to, language=None, reply_to=None, headers=None, key=None
):
    """Render a mail from its templates and queue it with the current transaction
    (`headers` and `key`: see send_mail_on_commit)."""
    subject, body = render_mail(template, context, language)
    send_mail_on_commit(
        subject=subject, body=body, to=to, reply_to=reply_to, headers=headers, key=key
    )


def preferred_language(user):
    """The language `user` chose in their account (Wagtail's profile), else the default."""
    return UserProfile.get_for_user(user).get_preferred_language()


def _reachable(user, actor, notification):
    if user is None or user == actor or not (user.is_active and user.email):
        return False
    if notification is None:
        return True
    return getattr(UserProfile.get_for_user(user), f"{notification}_notifications")


def mail_people(template, recipients, context, *, actor=None, notification=None):
    """Mail `template` to each of `recipients` once, in their language (see above).

    `context` is a dict, or a function of the recipient, called with their language active,
    for texts put together per person. With `notification` ("submitted", "approved",
    "rejected"), people who switched that kind of notice off in their account get none, as
    with Wagtail's own notices."""
    sent = set()
    for user in recipients:
        if not _reachable(user, actor, notification) or user.pk in sent:
            continue
        sent.add(user.pk)
        language = preferred_language(user)
        with translation.override(language):
            values = context(user) if callable(context) else context
        send_templated_mail(
            template, {**values, "recipient": user}, to=[user.email], language=language
        )
