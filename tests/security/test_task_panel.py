"""The admin dashboard shows administrators stopped, stuck and failing background work."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from home.models import TaskWorker
from home.tasks import send_email

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def panel_text(client):
    with translation.override("de"):
        response = client.get("/admin/")
    assert response.status_code == 200
    panel = BeautifulSoup(response.content, "html.parser").select_one("#task-queue-heading")
    return panel.find_parent("section").get_text(" ", strip=True) if panel else None


def queued_mail(**changes):
    result = send_email.enqueue(subject="Hallo", body="Text", to=["geheim@example.org"])
    DBTaskResult.objects.filter(pk=result.id).update(**changes)


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def test_administrators_see_a_stopped_worker_stuck_and_failed_tasks(admin_client, database_queue):
    long_ago = timezone.now() - datetime.timedelta(hours=2)
    queued_mail(enqueued_at=long_ago)
    queued_mail(
        status=TaskResultStatus.FAILED,
        finished_at=timezone.now(),
        exception_class_path="smtplib.SMTPRecipientsRefused",
    )
    queued_mail(
        status=TaskResultStatus.FAILED,
        finished_at=timezone.now(),
        exception_class_path="home.tasks.MailRetryQueuedError",
    )

    text = panel_text(admin_client)

    assert "Es läuft kein Hintergrundprozess" in text
    assert "1 Aufgabe wartet oder läuft seit mehr als 10 Minuten." in text
    assert "1 Aufgabe ist in den letzten 7 Tagen endgültig gescheitert:" in text
    assert "send_email (SMTPRecipientsRefused)" in text
    assert "1 Versuch, eine Mail zu senden, ist in den letzten 24 Stunden gescheitert" in text
    assert "geheim@example.org" not in text


def test_a_running_worker_with_nothing_late_is_reported_as_fine(admin_client, database_queue):
    TaskWorker.objects.create(worker_id="w1", hostname="portal", pid=1, last_seen_at=timezone.now())
    queued_mail()

    text = panel_text(admin_client)

    assert "1 Aufgabe wartet." in text
    assert "Alle Hintergrundaufgaben werden rechtzeitig erledigt." in text


def test_staff_who_are_not_administrators_do_not_see_it(client, coordinator_a):
    client.force_login(coordinator_a)

    assert panel_text(client) is None
