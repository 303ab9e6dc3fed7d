"""Background tasks of the shared kernel."""

import datetime
import logging
import smtplib

from django.core.mail import EmailMessage
from django.core.mail.utils import DNS_NAME
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from home.models.background import SentMail

logger = logging.getLogger(__name__)

# Minutes to wait before each new attempt when the mail server does not take a mail: a server
# that is down for maintenance over a weekend still gets every mail, the last try about two and
# a half days after the first.
MAIL_RETRY_MINUTES = (1, 5, 15, 60, 180, 360, 720, 1440, 1440)


class MailRetryQueuedError(Exception):
    """This attempt did not reach the mail server and the next one is queued.

    Raised so that the worker records the attempt as failed (it did fail) while the mail is
    not lost; the dashboard's panel of background work (home.task_panel) counts these apart
    from mails that failed for good.
    """


@task(takes_context=True)
def send_email(
    context,
    subject: str,
    body: str,
    to: list[str],
    reply_to: list[str] | None = None,
    attempt: int = 1,
    key: str | None = None,
    headers: dict[str, str] | None = None,
):
    """Send one plain-text email, once; runs in the task worker, never inside a web request.

    `key` is made when the mail is queued and stays the same for every attempt; a mail whose
    key is in SentMail went out already and is not sent again (a task run twice after its
    worker died, or a retry queued twice). Mails queued before keys existed use their task's
    id, which a reclaimed task keeps.

    When the mail server cannot be reached or answers with an error, the same mail is queued
    again for later (MAIL_RETRY_MINUTES) and this attempt is recorded as failed; a server that
    refuses the recipients will refuse them next time too, so that mail fails at once.

    `headers` are added to the mail (e.g. List-Unsubscribe of the saved searches' digests);
    the Message-ID is always the one made from the key.
    """
    key = key or str(context.task_result.id)
    try:
        with transaction.atomic():
            if not _record_key(key):
                logger.info("Mail %s was sent before; not sending it again.", key)
                return
            EmailMessage(
                subject=subject,
                body=body,
                to=to,
                reply_to=reply_to or [],
                # The same Message-ID for every attempt lets mail clients drop a copy that the
                # server took just before a worker died.
                headers={**(headers or {}), "Message-ID": f"<{key}@{DNS_NAME}>"},
            ).send()
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
            subject=subject,
            body=body,
            to=to,
            reply_to=reply_to,
            attempt=attempt + 1,
            key=key,
            headers=headers,
        )
        raise MailRetryQueuedError(
            f"Attempt {attempt} failed ({error}); attempt {attempt + 1} is queued."
        ) from error


def _record_key(key):
    """Insert the mail's key; False when it is there already.

    Inside the transaction that stays open while the mail server takes the mail: a second run
    of the same mail waits here for the first one's commit (then sends nothing) or rollback
    (then sends it).
    """
    try:
        with transaction.atomic():
            SentMail.objects.create(key=key)
    except IntegrityError:
        return False
    return True
