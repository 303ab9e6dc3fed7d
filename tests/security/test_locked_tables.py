"""A table locked by another session (a long migration, a stuck transaction): requests give up
after the lock timeout and show the German 503 page, and a registration whose mail cannot be
queued is not stored (PostgreSQL)."""

import json
from contextlib import contextmanager

import psycopg
import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from home.events.registration import cancel_token
from home.models import Registration
from tests.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from tests.home.test_events_registration import PERSON
from tests.home.test_settings import PRODUCTION_ENV, answers_in_production
from tests.security.test_worker_recovery import database_url

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


@pytest.fixture
def event(home_page):
    """A workshop with three places and a waiting list."""
    return EventPageFactory(parent=EventIndexPageFactory(parent=home_page), capacity=3)


@contextmanager
def table_locked(*tables):
    """The tables locked against every other session until the block ends."""
    db = connection.settings_dict
    with psycopg.connect(
        dbname=db["NAME"],
        host=db["HOST"],
        port=db["PORT"],
        user=db["USER"],
        password=db["PASSWORD"] or None,
    ) as locker:
        locker.execute(f"LOCK TABLE {', '.join(tables)} IN ACCESS EXCLUSIVE MODE")
        yield
        locker.rollback()


@pytest.fixture
def queue_locked(client, settings):
    """The production queue, its table locked; the request waits for a lock 0.5 s at most."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client.raise_request_exception = False
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL lock_timeout = '500ms'")  # ends with the test's transaction
    with table_locked(DBTaskResult._meta.db_table):
        yield


def test_a_registration_whose_mail_cannot_be_queued_is_not_stored(client, event, queue_locked):
    response = client.post(event.url, PERSON, REMOTE_ADDR="203.0.113.9")

    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    page = response.content.decode()
    assert "Das Portal ist gleich wieder da" in page
    assert "Bitte senden Sie es nach der Störung noch einmal." in page
    assert not Registration.objects.exists()


def test_a_cancellation_whose_mails_cannot_be_queued_moves_nobody_up(client, event, queue_locked):
    """Without its mails the waiting person would hold a place they never heard of."""
    confirmed = RegistrationFactory.create_batch(3, event=event)
    waiting = RegistrationFactory(event=event, status="waiting")
    cancel_url = f"{event.get_parent().url}abmelden/"

    response = client.post(cancel_url, {"token": cancel_token(confirmed[0])})

    assert response.status_code == 503
    assert Registration.objects.get(pk=confirmed[0].pk).status == "confirmed"
    assert Registration.objects.get(pk=waiting.pk).status == "waiting"


def test_a_503_for_the_database_is_logged_in_one_line(client, caplog):
    client.raise_request_exception = False
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL lock_timeout = '500ms'")  # ends with the test's transaction
    with table_locked("wagtailcore_site"):
        response = client.get("/")

    assert response.status_code == 503
    (record,) = [record for record in caplog.records if record.levelname in ("WARNING", "ERROR")]
    assert record.name == "home.views"
    assert record.exc_info is None
    assert "\n" not in record.getMessage()
    assert record.getMessage().startswith("Database unavailable, answered 503: GET / ")


def test_a_locked_table_answers_the_german_503_instead_of_hanging():
    environment = {
        **PRODUCTION_ENV,
        "DATABASE_URL": database_url(),
        "DATABASE_LOCK_TIMEOUT_MS": "500",
    }

    with table_locked("wagtailcore_site", "wagtailcore_page", "wagtailcore_locale"):
        result = answers_in_production(
            ["client.get('/', secure=True)", "client.get('/impressum/', secure=True)"],
            environment,
        )

    assert result.returncode == 0, result.stderr
    for status, _retry_after, body in json.loads(result.stdout):
        assert status == 503
        assert "Das Portal ist gleich wieder da" in body
    assert "Traceback" not in result.stderr
