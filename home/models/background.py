"""What the task worker records beside django-tasks-db's own table (docs/operations.md).

Neither model holds personal data: a mail is remembered by a random key, a worker by its id.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SentMail(models.Model):
    """A mail the mail server has accepted, by the key it got when it was queued.

    The task that sends a mail inserts this row in the transaction that is open while the
    server takes the mail, and commits right after: a second run of the same mail (a reclaimed
    task, or a retry queued twice) finds the key and sends nothing, and a run that died before
    the commit left no key, so the mail goes out again.
    """

    key = models.CharField(_("key"), max_length=64, primary_key=True)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("sent mail")
        verbose_name_plural = _("sent mails")

    def __str__(self):
        return self.key


class TaskWorker(models.Model):
    """A running `manage.py run_worker` process, seen alive at `last_seen_at`.

    Each worker renews this row every few seconds while it runs; a task that is RUNNING for a
    worker whose row has not been renewed for TASK_WORKER_LEASE_SECONDS belongs to a process
    that died (kill -9, power loss) and is queued again.
    """

    worker_id = models.CharField(_("worker id"), max_length=64, primary_key=True)
    hostname = models.CharField(_("host name"), max_length=255)
    pid = models.PositiveIntegerField(_("process id"))
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    last_seen_at = models.DateTimeField(_("last seen at"))

    class Meta:
        verbose_name = _("task worker")
        verbose_name_plural = _("task workers")

    def __str__(self):
        return f"{self.worker_id} ({self.hostname}, pid {self.pid})"
