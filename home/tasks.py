"""Background tasks of the shared kernel."""

import datetime
import logging
import smtplib

from django.core.mail import EmailMessage
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

# Minutes to wait before each new attempt when the mail server does not take a mail: a server
# that is down for maintenance over a weekend still gets every mail, the last try about two and
# a half days after the first.
MAIL_RETRY_MINUTES = (1, 5, 15, 60, 180, 360, 720, 1440, 1440)


@task()
def send_email(
    subject: str, body: str, to: list[str], reply_to: list[str] | None = None, attempt: int = 1
):
    """Send one plain-text email; runs in the task worker, never inside a web request.

    When the mail server cannot be reached or answers with an error, the same mail is queued
    again for later (MAIL_RETRY_MINUTES); a server that refuses the recipients will refuse them
    next time too, so that mail fails at once and the worker's log says why.
    """
    try:
        EmailMessage(subject=subject, body=body, to=to, reply_to=reply_to or []).send()
    except smtplib.SMTPRecipientsRefused:
        raise
    except OSError as error:  # smtplib's errors, refused connections and timeouts
        if attempt > len(MAIL_RETRY_MINUTES) or not send_email.get_backend().supports_defer:
            raise
        delay = datetime.timedelta(minutes=MAIL_RETRY_MINUTES[attempt - 1])
        logger.warning(
            "Mail %r to %s not sent (%s); attempt %d follows in %s.",
            subject,
            ", ".join(to),
            error,
            attempt + 1,
            delay,
        )
        send_email.using(run_after=timezone.now() + delay).enqueue(
            subject=subject, body=body, to=to, reply_to=reply_to, attempt=attempt + 1
        )
