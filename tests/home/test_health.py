"""GET /health/: 200 when database, cache and task queue work, 503 naming what does not."""

import datetime
import json

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from home.tasks import send_email
from tests.home.test_settings import PRODUCTION_ENV, run

pytestmark = pytest.mark.django_db


def checks(response):
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    return json.loads(response.content)


def test_healthy_portal_answers_200_with_few_queries_and_never_cached(
    client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(2):
        # A probe asks by IP address over plain HTTP: no host check, no HTTPS redirect.
        response = client.get("/health/", HTTP_HOST="10.0.0.7")

    assert response.status_code == 200
    assert checks(response) == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "tasks": "ok"},
    }
    assert not response.cookies


def test_a_task_waiting_longer_than_the_threshold_makes_it_503(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    result = send_email.enqueue(subject="Hallo", body="Text", to=["a@example.org"])
    assert client.get("/health/").status_code == 200  # just queued: fine

    DBTaskResult.objects.filter(pk=result.id).update(
        enqueued_at=timezone.now() - datetime.timedelta(seconds=settings.TASK_STALE_SECONDS + 60)
    )
    response = client.get("/health/")

    assert response.status_code == 503
    body = checks(response)
    assert body["status"] == "unavailable"
    assert body["checks"]["tasks"].startswith("tasks waiting or running longer than")
    assert body["checks"]["database"] == body["checks"]["cache"] == "ok"
    assert "a@example.org" not in response.content.decode()


def test_the_proxies_probe_ignores_a_stuck_task_queue(client, settings):
    """Varnish asks `?checks=web`: a stuck queue must not take every page out of rotation."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    result = send_email.enqueue(subject="Hallo", body="Text", to=["a@example.org"])
    long_ago = timezone.now() - datetime.timedelta(seconds=settings.TASK_STALE_SECONDS + 60)
    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=long_ago)

    assert client.get("/health/").status_code == 503
    response = client.get("/health/?checks=web")

    assert response.status_code == 200
    assert checks(response)["checks"] == {"database": "ok", "cache": "ok"}


def test_a_task_running_longer_than_the_threshold_makes_it_503(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    result = send_email.enqueue(subject="Hallo", body="Text", to=["a@example.org"])
    long_ago = timezone.now() - datetime.timedelta(seconds=settings.TASK_STALE_SECONDS + 60)
    DBTaskResult.objects.filter(pk=result.id).update(status="RUNNING", started_at=long_ago)

    response = client.get("/health/")

    assert response.status_code == 503
    assert checks(response)["checks"]["tasks"] != "ok"


def test_an_unreachable_cache_makes_it_503(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens on port 9
        }
    }

    response = client.get("/health/")

    assert response.status_code == 503
    assert checks(response)["checks"] == {"database": "ok", "cache": "unavailable", "tasks": "ok"}


def test_an_unreachable_database_makes_it_503():
    code = (
        "import json, django; django.setup(); "
        "from django.test import Client; "
        "response = Client().get('/health/', HTTP_HOST='10.0.0.7'); "
        "print(json.dumps([response.status_code, response['Cache-Control'], "
        "json.loads(response.content)]))"
    )

    result = run(code, {**PRODUCTION_ENV, "DATABASE_URL": "postgres://portal@127.0.0.1:9/portal"})

    assert result.returncode == 0, result.stderr
    status, cache_control, body = json.loads(result.stdout)
    assert (status, cache_control) == (503, "no-store")
    assert body["checks"]["database"] == "unavailable"
    assert body["checks"]["tasks"] == "unknown"
