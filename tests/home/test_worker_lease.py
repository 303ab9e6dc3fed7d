"""The worker's lease (home.worker): tasks of dead workers run again, those of live ones stay
with them, and a task that keeps losing its worker fails instead of looping."""

import datetime
import time

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from home import worker
from home.models import TaskWorker
from home.tasks import send_email
from home.worker import Heartbeat, reclaim_lost_tasks, record_failure

pytestmark = pytest.mark.django_db


@pytest.fixture
def running_task(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    def make(worker_ids, started_seconds_ago):
        result = send_email.enqueue(subject="Hallo", body="Text", to=["a@example.org"])
        DBTaskResult.objects.filter(pk=result.id).update(
            status=TaskResultStatus.RUNNING,
            worker_ids=worker_ids,
            started_at=timezone.now() - datetime.timedelta(seconds=started_seconds_ago),
        )
        return result.id

    return make


def status(task_id):
    return DBTaskResult.objects.get(pk=task_id).status


def test_a_task_of_a_dead_worker_is_queued_again_after_the_lease(running_task, settings):
    lease = settings.TASK_WORKER_LEASE_SECONDS
    just_started = running_task(["dead"], started_seconds_ago=lease // 2)
    long_running = running_task(["dead"], started_seconds_ago=lease * 2)

    assert reclaim_lost_tasks() == 1

    assert status(just_started) == TaskResultStatus.RUNNING
    assert status(long_running) == TaskResultStatus.READY
    assert DBTaskResult.objects.get(pk=long_running).started_at is None


def test_a_live_worker_keeps_its_task_however_long_it_runs(running_task, settings):
    TaskWorker.objects.create(worker_id="alive", hostname="h", pid=1, last_seen_at=timezone.now())
    task = running_task(["alive"], started_seconds_ago=settings.TASK_WORKER_LEASE_SECONDS * 10)

    assert reclaim_lost_tasks() == 0
    assert status(task) == TaskResultStatus.RUNNING


def test_a_task_that_lost_its_worker_too_often_fails(running_task, settings):
    workers = [f"dead-{number}" for number in range(settings.TASK_MAX_CLAIMS)]
    task = running_task(workers, started_seconds_ago=settings.TASK_WORKER_LEASE_SECONDS * 2)

    reclaim_lost_tasks()

    failed = DBTaskResult.objects.get(pk=task)
    assert failed.status == TaskResultStatus.FAILED
    assert failed.exception_class_path == "home.worker.WorkerLostError"


def test_a_query_timeout_of_the_task_itself_is_its_failure_not_an_outage(running_task):
    """Otherwise a task whose query always times out would be queued again for ever, ahead of
    all other work."""
    task = DBTaskResult.objects.get(pk=running_task(["w"], started_seconds_ago=1))

    record_failure(task, OperationalError("canceling statement due to statement timeout"))

    failed = DBTaskResult.objects.get(pk=task.pk)
    assert failed.status == TaskResultStatus.FAILED
    assert failed.exception_class_path == "django.db.utils.OperationalError"


def test_the_heartbeat_carries_on_after_errors_and_reclaims_only_after_a_lease(
    monkeypatch, settings
):
    """After an outage every lease looks expired: the heartbeat first waits a whole lease for
    live workers to renew theirs. An unexpected error must not stop it renewing its own."""
    settings.TASK_WORKER_LEASE_SECONDS = 1  # a beat every 0.5 s
    beats, reclaims = [], []

    def clean_up_fails(self):
        raise ValueError("a bug in the clean-up")

    monkeypatch.setattr(Heartbeat, "beat", lambda self: beats.append(time.monotonic()))
    monkeypatch.setattr(Heartbeat, "clean_up", clean_up_fails)
    monkeypatch.setattr(Heartbeat, "forget", lambda self: None)
    monkeypatch.setattr(worker, "reclaim_lost_tasks", lambda: reclaims.append(time.monotonic()))

    heartbeat = Heartbeat("worker-a")
    heartbeat.start()
    time.sleep(1.8)
    heartbeat.stop()

    assert len(beats) >= 3
    assert reclaims
    assert reclaims[0] - beats[0] >= settings.TASK_WORKER_LEASE_SECONDS


def test_run_worker_refuses_options_it_cannot_honour(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    with pytest.raises(CommandError, match="does not reload"):
        call_command("run_worker", "--reload")
    with pytest.raises(CommandError, match="--exclude-queues"):
        call_command("run_worker", "--exclude-queues=mails")
