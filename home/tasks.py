"""Background tasks of the shared kernel."""

from django.core.mail import EmailMessage
from django_tasks import task


@task()
def send_email(subject: str, body: str, to: list[str], reply_to: list[str] | None = None):
    """Send one plain-text email; runs in the task worker, never inside a web request."""
    EmailMessage(subject=subject, body=body, to=to, reply_to=reply_to or []).send()
