"""GET /health/: whether the database, the cache and the task queue work, for load balancers
and Varnish's probe (docs/operations.md).

Answered by a middleware placed first, before the host check and the HTTPS redirect: a probe
asks by IP address over plain HTTP. Two short queries and one cache round trip, no page, no
session, nothing personal; never cached.
"""

import json
import logging
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

logger = logging.getLogger(__name__)

HEALTH_PATH = "/health/"


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == HEALTH_PATH and request.method in ("GET", "HEAD"):
            return health_response(with_tasks=request.GET.get("checks") != "web")
        return self.get_response(request)


def health_response(with_tasks=True):
    """All checks; `with_tasks=False` (`?checks=web`) leaves the task queue out, for a proxy
    that decides whether to send visitors to this application: a stuck queue delays mails, but
    the pages still work and must not be taken out of rotation for it."""
    checks = {"database": check_database(), "cache": check_cache()}
    if with_tasks:
        checks["tasks"] = check_tasks() if checks["database"] == "ok" else "unknown"
    healthy = all(result == "ok" for result in checks.values())
    if not healthy:
        logger.warning("Health check failed: %s", checks)
    response = HttpResponse(
        json.dumps({"status": "ok" if healthy else "unavailable", "checks": checks}),
        content_type="application/json",
        status=200 if healthy else 503,
    )
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        connection.close()  # the next check gets a new connection
        return "unavailable"
    return "ok"


def check_cache():
    key, value = "health-check", get_random_string(12)
    try:
        cache.set(key, value, 30)
        return "ok" if cache.get(key) == value else "not storing"
    except Exception:  # every cache backend has errors of its own (Redis, files)
        return "unavailable"


def stale_tasks(now=None):
    """Tasks that have waited to run, or been running, for longer than TASK_STALE_SECONDS."""
    threshold = (now or timezone.now()) - timedelta(seconds=settings.TASK_STALE_SECONDS)
    waiting = Q(status=TaskResultStatus.READY) & (
        Q(run_after__lt=threshold) | Q(run_after=get_date_max(), enqueued_at__lt=threshold)
    )
    running = Q(status=TaskResultStatus.RUNNING, started_at__lt=threshold)
    return DBTaskResult.objects.filter(waiting | running)


def check_tasks():
    try:
        stuck = stale_tasks().exists()
    except DatabaseError:
        return "unavailable"
    if stuck:
        return f"tasks waiting or running longer than {settings.TASK_STALE_SECONDS} s"
    return "ok"
