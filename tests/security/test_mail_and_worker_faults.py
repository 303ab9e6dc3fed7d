"""Mail server down, task worker stopped: what a volunteer sent is kept, and the mail follows.

The mails go through the database queue of production (django_tasks_db) and are worked off by
`manage.py db_worker --batch`, as the worker does after a restart. The mail server is a test
backend that refuses connections while it is "down".
"""

import datetime

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from clubs.models import Interest
from home.tasks import MAIL_RETRY_MINUTES
from tests.clubs.test_interests import VOLUNTEER, post

pytestmark = pytest.mark.django_db


class MailServer(EmailBackend):
    """The outbox of the tests, behind a server that can be switched off."""

    down = False

    def send_messages(self, messages):
        if MailServer.down:
            raise ConnectionRefusedError(111, "Connection refused")
        return super().send_messages(messages)


@pytest.fixture
def production_queue(settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = f"{__name__}.MailServer"
    # The worker closes stale connections between tasks; here that would be the test's own.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    monkeypatch.setattr(MailServer, "down", False)
    return MailServer


def run_worker():
    call_command("db_worker", batch=True, no_startup_delay=True, interval=0, verbosity=0)


def volunteer_sends_interest(client, club_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, club_a.url, VOLUNTEER)
    assert response.status_code == 302
    return response


def waiting_mails():
    return DBTaskResult.objects.filter(status=TaskResultStatus.READY)


def test_queued_mails_wait_for_the_worker_and_go_out_when_it_starts(
    client, club_a, production_queue, django_capture_on_commit_callbacks
):
    volunteer_sends_interest(client, club_a, django_capture_on_commit_callbacks)

    assert Interest.objects.filter(email=VOLUNTEER["email"]).exists()
    assert waiting_mails().count() == 2  # confirmation and notice to the club
    assert mail.outbox == []

    run_worker()

    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [VOLUNTEER["email"], club_a.contact_email]
    )
    assert not waiting_mails().exists()


def test_mails_are_retried_until_the_mail_server_is_back(
    client, club_a, production_queue, django_capture_on_commit_callbacks, time_machine
):
    time_machine.move_to(timezone.now())
    production_queue.down = True
    volunteer_sends_interest(client, club_a, django_capture_on_commit_callbacks)

    run_worker()

    assert Interest.objects.filter(email=VOLUNTEER["email"]).exists()
    assert mail.outbox == []
    retries = waiting_mails()
    assert retries.count() == 2
    first_retry = timezone.now() + datetime.timedelta(minutes=MAIL_RETRY_MINUTES[0])
    assert all(retry.run_after <= first_retry for retry in retries)
    assert {retry.args_kwargs["kwargs"]["attempt"] for retry in retries} == {2}
    first_attempts = DBTaskResult.objects.filter(status=TaskResultStatus.FAILED)
    assert first_attempts.count() == 2  # recorded as failed, not as sent
    assert {attempt.exception_class_path for attempt in first_attempts} == {
        "home.tasks.MailRetryQueuedError"
    }

    time_machine.shift(datetime.timedelta(minutes=MAIL_RETRY_MINUTES[0] + 1))
    run_worker()  # still down: a second retry, later
    assert mail.outbox == []
    assert {retry.args_kwargs["kwargs"]["attempt"] for retry in waiting_mails()} == {3}

    production_queue.down = False
    time_machine.shift(datetime.timedelta(minutes=MAIL_RETRY_MINUTES[1] + 1))
    run_worker()

    assert len(mail.outbox) == 2
    assert not waiting_mails().exists()


def test_after_the_last_attempt_the_mail_fails_visibly(
    client, club_a, production_queue, django_capture_on_commit_callbacks, time_machine
):
    time_machine.move_to(timezone.now())
    production_queue.down = True
    volunteer_sends_interest(client, club_a, django_capture_on_commit_callbacks)

    for minutes in MAIL_RETRY_MINUTES:
        run_worker()
        time_machine.shift(datetime.timedelta(minutes=minutes + 1))
    run_worker()

    assert not waiting_mails().exists()
    failed = DBTaskResult.objects.filter(status=TaskResultStatus.FAILED)
    # Every attempt is recorded as failed; each mail's last one with the server's error.
    assert failed.count() == 2 * (len(MAIL_RETRY_MINUTES) + 1)
    final = failed.exclude(exception_class_path="home.tasks.MailRetryQueuedError")
    assert final.count() == 2
    assert all("ConnectionRefusedError" in result.exception_class_path for result in final)
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.SUCCESSFUL).exists()
