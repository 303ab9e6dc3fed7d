"""A form's row and its mail are stored in one transaction: with the production queue, every
stored registration has its mail queued, and a rolled-back one has none."""

import contextlib

import pytest
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from home.mail import send_mail_on_commit
from home.models import Registration
from tests.factories import EventIndexPageFactory, EventPageFactory
from tests.home.test_events_registration import PERSON

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(home_page):
    """A workshop with three places and a waiting list."""
    return EventPageFactory(parent=EventIndexPageFactory(parent=home_page), capacity=3)


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def queued_recipients():
    return sorted(
        task.args_kwargs["kwargs"]["to"][0]
        for task in DBTaskResult.objects.filter(task_path="home.tasks.send_email")
    )


def test_every_stored_registration_has_its_mail_queued_in_the_same_transaction(
    client, event, database_queue
):
    # No on_commit callbacks run inside the test's transaction: what is queued here was
    # written together with the registration.
    for number in range(4):  # three places, the fourth person waits
        response = client.post(
            event.url, {**PERSON, "email": f"person{number}@example.org"}, REMOTE_ADDR="203.0.113.9"
        )
        assert response.status_code == 302

    stored = sorted(Registration.objects.values_list("email", flat=True))
    assert len(stored) == 4
    assert queued_recipients() == stored


class SaveRefusedError(Exception):
    pass


def test_the_immediate_backend_of_development_mails_only_what_was_committed(
    mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with contextlib.suppress(SaveRefusedError), transaction.atomic():
            send_mail_on_commit(subject="Verworfen", body="Text", to=["a@example.org"])
            raise SaveRefusedError
        with transaction.atomic():
            send_mail_on_commit(subject="Gespeichert", body="Text", to=["a@example.org"])
        assert mailoutbox == []  # nothing before the commit

    assert [mail.subject for mail in mailoutbox] == ["Gespeichert"]
