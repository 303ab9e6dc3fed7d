"""The task worker of production (`manage.py run_worker`) loses nothing and sends nothing twice.

The worker runs as its own process with production settings against the test database, and
sends to a real SMTP server on a local port (tests/security/servers.py): killed with SIGKILL in
the middle of a send, cut off from PostgreSQL, facing a mail server that never answers.
"""

import os
import signal
import subprocess
import sys
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from home.mail import send_mail_on_commit
from tests.home.test_settings import PASSED_THROUGH, PRODUCTION_ENV
from tests.security.servers import DatabaseRelay, SmtpSink, wait_for

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def smtp():
    sink = SmtpSink()
    yield sink
    sink.close()


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def database_url(host=None, port=None):
    db = connection.settings_dict
    credentials = quote(db["USER"]) + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{host or db['HOST']}:{port or db['PORT']}/{db['NAME']}"


def worker_environment(smtp, **overrides):
    environment = {key: os.environ[key] for key in PASSED_THROUGH if key in os.environ}
    environment.update(
        PRODUCTION_ENV,
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DATABASE_URL=database_url(),
        EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}",
        TASK_WORKER_LEASE_SECONDS="2",
        LOG_LEVEL="INFO",
    )
    environment.update(overrides)
    return environment


WORKER = [sys.executable, "manage.py", "run_worker", "--no-startup-delay", "--interval", "0.2"]


def start_worker(environment):
    return subprocess.Popen(
        WORKER,
        cwd=settings.BASE_DIR,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture
def workers():
    """Starts worker processes and kills what is left of them at the end of the test."""
    started = []

    def start(environment):
        process = start_worker(environment)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()
    # PostgreSQL ends the killed workers' sessions a moment later; the test database can only
    # be flushed and dropped without them.
    wait_for(lambda: other_sessions() == 0, "the workers' database sessions end", seconds=15)


def other_sessions():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


def queue_mails(subjects):
    with transaction.atomic():
        for subject in subjects:
            send_mail_on_commit(subject=subject, body="Hallo", to=["verein@example.org"])


def mail_tasks():
    return DBTaskResult.objects.filter(task_path="home.tasks.send_email")


def test_a_worker_killed_mid_send_loses_no_mail_and_sends_none_twice(database_queue, smtp, workers):
    subjects = [f"Mail {number}" for number in range(8)]
    queue_mails(subjects)
    smtp.stall_on_data = True

    first = workers(worker_environment(smtp, EMAIL_TIMEOUT="60"))
    wait_for(lambda: smtp.data_commands == 1, "the worker starts to send a mail")
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert mail_tasks().filter(status=TaskResultStatus.RUNNING).count() == 1

    smtp.stall_on_data = False
    workers(worker_environment(smtp))
    wait_for(
        lambda: not mail_tasks().exclude(status=TaskResultStatus.SUCCESSFUL).exists(),
        "every mail task finishes",
    )

    assert smtp.subjects == sorted(subjects)
    assert len({message["Message-ID"] for message in smtp.received}) == len(subjects)
    (reclaimed,) = [task for task in mail_tasks() if len(task.worker_ids) == 2]
    assert reclaimed.status == TaskResultStatus.SUCCESSFUL


def test_a_mail_server_that_never_answers_delays_other_mails_only_until_the_timeout(
    database_queue, smtp
):
    queue_mails(["Zuerst"])
    queue_mails(["Danach"])
    smtp.silent_connections = 1  # the first connection: no greeting, ever

    result = subprocess.run(
        [*WORKER, "--batch"],
        cwd=settings.BASE_DIR,
        env=worker_environment(smtp, EMAIL_TIMEOUT="2"),
        capture_output=True,
        text=True,
        timeout=90,
    )

    assert result.returncode == 0, result.stderr
    assert smtp.subjects == ["Danach"]
    failed = mail_tasks().get(status=TaskResultStatus.FAILED)
    assert failed.args_kwargs["kwargs"]["subject"] == "Zuerst"
    assert failed.exception_class_path == "home.tasks.MailRetryQueuedError"
    assert "timed out" in failed.traceback
    successor = mail_tasks().get(status=TaskResultStatus.READY)
    assert successor.args_kwargs["kwargs"]["key"] == failed.args_kwargs["kwargs"]["key"]
    assert successor.args_kwargs["kwargs"]["attempt"] == 2
    assert successor.run_after > timezone.now()


def test_the_worker_outlives_a_database_outage_and_carries_on(database_queue, smtp, workers):
    db = connection.settings_dict
    relay = DatabaseRelay(db["HOST"] or "127.0.0.1", db["PORT"] or 5432)
    try:
        worker = workers(
            worker_environment(smtp, DATABASE_URL=database_url("127.0.0.1", relay.port))
        )
        queue_mails(["Vorher"])
        wait_for(lambda: smtp.subjects == ["Vorher"], "the first mail goes out")

        relay.cut()
        wait_for(lambda: relay.refused >= 3, "the worker tries to reconnect")
        relay.restore()
        queue_mails(["Nachher"])
        wait_for(lambda: smtp.subjects == ["Nachher", "Vorher"], "the second mail goes out")

        assert worker.poll() is None
    finally:
        relay.close()
