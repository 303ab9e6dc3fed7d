"""Sending email the one way the portal does: rendered from templates, queued as a task once
the transaction commits.

A request that rolls back therefore never sends mail about something that was not saved, and a
slow or unreachable mail server never delays or breaks a request.
"""

from functools import partial

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from home.tasks import send_email


def send_mail_on_commit(*, subject, body, to, reply_to=None):
    transaction.on_commit(
        partial(send_email.enqueue, subject=subject, body=body, to=list(to), reply_to=reply_to)
    )


def render_mail(template, context, language=None):
    """(subject, body) from `emails/<template>_subject.txt` and `emails/<template>.txt`, in
    `language` (default: the active one). The subject becomes one line."""
    with translation.override(language or translation.get_language()):
        subject = render_to_string(f"emails/{template}_subject.txt", context)
        body = render_to_string(f"emails/{template}.txt", context)
    return " ".join(subject.split()), body.strip() + "\n"


def send_templated_mail(template, context, *, to, language=None, reply_to=None):
    """Render a mail from its templates and send it once the transaction commits."""
    subject, body = render_mail(template, context, language)
    send_mail_on_commit(subject=subject, body=body, to=to, reply_to=reply_to)
