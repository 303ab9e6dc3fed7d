"""Sending email the one way the portal does: queued as a task once the transaction commits.

A request that rolls back therefore never sends mail about something that was not saved, and a
slow or unreachable mail server never delays or breaks a request.
"""

from functools import partial

from django.db import transaction

from home.tasks import send_email


def send_mail_on_commit(*, subject, body, to, reply_to=None):
    transaction.on_commit(
        partial(send_email.enqueue, subject=subject, body=body, to=list(to), reply_to=reply_to)
    )
