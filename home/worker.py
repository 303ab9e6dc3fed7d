"""The task worker of production: django-tasks-db's worker made safe to kill and to outlive
the database (`manage.py run_worker`, docs/operations.md).

- A heartbeat thread renews the worker's TaskWorker row and queues again every task that is
  RUNNING for a worker which has not been seen for TASK_WORKER_LEASE_SECONDS (its process was
  killed, or its machine lost power). A task lost that way TASK_MAX_CLAIMS times is recorded
  as failed instead, so that a task which kills its worker cannot loop for ever.
- When the database goes away, the worker waits with growing pauses and carries on once it
  answers again; the task it was running is queued again, not recorded as failed, because the
  task did nothing wrong.

Together with the mails' keys (home.tasks) every task runs at least once and every mail is
sent once.
"""

import contextlib
import logging
import os
import socket
import threading
import time
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import (
    InterfaceError,
    OperationalError,
    close_old_connections,
    connection,
    transaction,
)
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from home.models import SentMail, TaskWorker

logger = logging.getLogger(__name__)

DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
# Longest pause between two attempts to reach a database that does not answer.
MAX_OUTAGE_PAUSE_SECONDS = 30
# How long a sent mail's key is kept: longer than the last retry of a mail (MAIL_RETRY_MINUTES).
SENT_MAIL_KEY_DAYS = 14


class WorkerLostError(Exception):
    """What a task that lost its worker too often is recorded as failed with."""


class PortalWorker(Worker):
    def run(self):
        heartbeat = Heartbeat(self.worker_id)
        heartbeat.start()
        pause = 1
        try:
            while True:
                started = time.monotonic()
                try:
                    requeue_own_tasks(self.worker_id)
                    return super().run()
                except DATABASE_UNAVAILABLE as error:
                    if time.monotonic() - started > MAX_OUTAGE_PAUSE_SECONDS:
                        pause = 1  # a new outage, not the same one going on
                    logger.warning(
                        "Database unavailable (%s); the worker tries again in %d s.",
                        one_line(error),
                        pause,
                    )
                    connection.close()
                    time.sleep(pause)
                    pause = min(pause * 2, MAX_OUTAGE_PAUSE_SECONDS)
        finally:
            heartbeat.stop()

    def run_task(self, db_task_result):
        db_task_result.set_failed = partial(record_failure, db_task_result)
        super().run_task(db_task_result)


def record_failure(db_task_result, error):
    """Record a task's failure, unless the task did nothing wrong: when the database went away
    under it, raise, so that the worker waits for the database and runs the task again; when
    the worker was told to stop at once (a second SIGTERM), queue the task again and stop."""
    if isinstance(error, DATABASE_UNAVAILABLE) and not connection.is_usable():
        raise error  # a timeout of the task's own query is the task's failure, not an outage
    if isinstance(error, (SystemExit, KeyboardInterrupt)):
        _requeue(db_task_result, "its worker was stopped while it ran")
        raise error
    DBTaskResult.set_failed(db_task_result, error)


def one_line(error):
    return " ".join(str(error).split()) or type(error).__name__


def requeue_own_tasks(worker_id):
    """Queue again what this worker was running when the database went away."""
    with transaction.atomic():
        running = DBTaskResult.objects.running().select_for_update(skip_locked=True)
        for task in running.only("id", "worker_ids"):
            if task.worker_ids and task.worker_ids[-1] == worker_id:
                _requeue(task, "the database went away while it ran")


def reclaim_lost_tasks(now=None):
    """Queue again the tasks of workers that stopped renewing their lease; returns how many."""
    now = now or timezone.now()
    lease_start = now - timedelta(seconds=settings.TASK_WORKER_LEASE_SECONDS)
    alive = set(
        TaskWorker.objects.filter(last_seen_at__gte=lease_start).values_list("worker_id", flat=True)
    )
    reclaimed = 0
    with transaction.atomic():
        candidates = DBTaskResult.objects.running().filter(started_at__lt=lease_start)
        for task in candidates.select_for_update(skip_locked=True):
            if task.worker_ids and task.worker_ids[-1] in alive:
                continue
            runs = len(task.worker_ids)
            if runs >= settings.TASK_MAX_CLAIMS:
                task.set_failed(WorkerLostError(f"Its worker stopped during {runs} runs."))
                logger.error("Task %s lost its worker too often; recorded as failed.", task.id)
            else:
                _requeue(task, "its worker stopped")
            reclaimed += 1
    return reclaimed


def _requeue(task, why):
    DBTaskResult.objects.filter(pk=task.pk).update(status=TaskResultStatus.READY, started_at=None)
    logger.warning("Task %s queued again: %s.", task.id, why)


class Heartbeat(threading.Thread):
    """Renews the worker's lease and reclaims other workers' lost tasks, in its own thread (and
    database connection) so that a long task does not let the lease run out."""

    def __init__(self, worker_id):
        super().__init__(name="task-worker-heartbeat", daemon=True)
        self.worker_id = worker_id
        self.stopped = threading.Event()
        self.interval = max(settings.TASK_WORKER_LEASE_SECONDS / 4, 0.5)

    def run(self):
        reachable_since = None
        while True:
            close_old_connections()
            try:
                self.beat()
                reachable_since = reachable_since or time.monotonic()
                # After an outage every lease looks expired: other live workers first get a
                # whole lease to renew theirs, or their running tasks would be run twice.
                leased = time.monotonic() - reachable_since >= settings.TASK_WORKER_LEASE_SECONDS
                if leased and (reclaimed := reclaim_lost_tasks()):
                    logger.warning("%d lost task(s) queued again.", reclaimed)
                self.clean_up()
            except DATABASE_UNAVAILABLE as error:
                reachable_since = None
                logger.warning("Heartbeat: database unavailable (%s).", one_line(error))
            except Exception:
                # Whatever else goes wrong, the lease must go on being renewed, or other
                # workers would take this worker's running task and run it a second time.
                logger.exception("Heartbeat failed; it carries on.")
            if self.stopped.wait(self.interval):
                break
        self.forget()
        connection.close()

    def clean_up(self):
        """Keys of mails sent long ago, and rows of workers gone without saying so."""
        now = timezone.now()
        SentMail.objects.filter(sent_at__lt=now - timedelta(days=SENT_MAIL_KEY_DAYS)).delete()
        TaskWorker.objects.filter(last_seen_at__lt=now - timedelta(days=1)).delete()

    def beat(self):
        TaskWorker.objects.update_or_create(
            worker_id=self.worker_id,
            defaults={"last_seen_at": timezone.now()},
            create_defaults={
                "hostname": socket.gethostname()[:255],
                "pid": os.getpid(),
                "last_seen_at": timezone.now(),
            },
        )

    def forget(self):
        with contextlib.suppress(DATABASE_UNAVAILABLE):  # else clean_up() removes it a day later
            TaskWorker.objects.filter(worker_id=self.worker_id).delete()

    def stop(self):
        self.stopped.set()
        self.join(timeout=5)
