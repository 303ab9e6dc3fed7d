"""Rate limits hold when the requests arrive at the same moment: in the cache backends the
portal runs on (Redis, the file cache shared by worker processes, the memory cache) and through
the public forms and the login against PostgreSQL and a real Redis. And the file cache never
drops a count to make room for page fragments."""

import multiprocessing
import os
import threading
import uuid

import pytest
import redis
from django.core.cache import cache
from django.db import connection
from django.test import Client, override_settings
from django.utils import translation

from clubs.models import Interest
from home.ratelimit import RateLimit
from tests.factories import UserFactory

pytestmark = pytest.mark.postgres

REDIS_URL = os.environ.get("PORTAL_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PARALLEL = 12


@pytest.fixture
def redis_cache():
    """The default cache on the real Redis, under a key prefix of this test only."""
    server = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        server.ping()
    except redis.ConnectionError:
        message = f"Redis is not running at {REDIS_URL} (.ci/run starts it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    prefix = f"portal-test-{uuid.uuid4().hex}"
    backend = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": prefix,
    }
    with override_settings(CACHES={"default": backend}):
        yield
    for key in server.scan_iter(match=f"{prefix}:*"):
        server.delete(key)


@pytest.fixture
def file_cache(tmp_path):
    backend = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(tmp_path / "cache"),
    }
    with override_settings(CACHES={"default": backend}):
        yield


@pytest.fixture
def memory_cache():
    return None  # the test settings' LocMemCache


def at_once(function, times=PARALLEL):
    """Run `function(number)` in `times` threads that start together; their results."""
    barrier = threading.Barrier(times)
    results = [None] * times
    errors = []

    def run(number):
        try:
            barrier.wait()
            results[number] = function(number)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(number,)) for number in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return results


@pytest.mark.parametrize("backend", ["redis_cache", "file_cache", "memory_cache"])
def test_parallel_hits_never_pass_the_limit(backend, request):
    request.getfixturevalue(backend)
    limit = RateLimit("parallel", limit=3, window=60)

    allowed = at_once(lambda _number: limit.allow("alex@example.org"))

    assert allowed.count(True) == limit.limit


def _allow_in_child(barrier, results, number):
    limit = RateLimit("parallel", limit=3, window=60)
    barrier.wait()
    results[number] = 1 if limit.allow("alex@example.org") else 0


def test_worker_processes_sharing_the_file_cache_never_pass_the_limit(file_cache):
    """gunicorn's workers are processes: the file cache's lock must hold between them."""
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(PARALLEL)
    results = context.Array("i", PARALLEL)
    children = [
        context.Process(target=_allow_in_child, args=(barrier, results, number))
        for number in range(PARALLEL)
    ]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=60)

    assert [child.exitcode for child in children] == [0] * PARALLEL
    assert sum(results) == 3


def test_the_file_cache_keeps_counts_while_it_culls_page_fragments(tmp_path):
    """Without REDIS_URL the portal's caches are files; a full file cache deletes a third of its
    entries at random, which must never free a used-up limit."""
    from portal.settings import base

    if base.REDIS_URL:
        pytest.skip("REDIS_URL is set: the settings use Redis, which does not cull")
    in_tmp = {name: {**config, "LOCATION": tmp_path / name} for name, config in base.CACHES.items()}
    limit = RateLimit("culling", limit=3, window=60)
    with override_settings(CACHES=in_tmp):
        for _ in range(limit.limit):
            assert limit.allow("alex@example.org")
        for number in range(3000):
            cache.set(f"fragment-{number}", "<nav>Menü</nav>")

        assert not limit.allow("alex@example.org")


VOLUNTEER = {
    "name": "Alex Beispiel",
    "phone": "",
    "message": "Ich habe samstags Zeit.",
    "consent": "on",
    "website": "",
}


def post_interest(page, email, ip):
    with translation.override("de"):
        return Client().post(page.url, {**VOLUNTEER, "email": email}, REMOTE_ADDR=ip)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_messages_from_one_email_address_store_at_most_its_limit(redis_cache, club_a):
    from clubs.interests.forms import EMAIL_RATE_LIMIT

    answers = at_once(
        lambda number: post_interest(club_a, "alex@example.org", f"198.51.100.{number}")
    )

    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [302] * EMAIL_RATE_LIMIT.limit + [429] * (PARALLEL - EMAIL_RATE_LIMIT.limit)
    assert Interest.objects.count() == EMAIL_RATE_LIMIT.limit


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_messages_from_one_address_store_at_most_its_limit(
    redis_cache, club_a, monkeypatch
):
    per_ip = RateLimit("interest-ip", limit=4, window=60 * 60)
    monkeypatch.setattr("clubs.interests.forms.IP_RATE_LIMIT", per_ip)

    answers = at_once(
        lambda number: post_interest(club_a, f"person{number}@example.org", "203.0.113.7")
    )

    assert sorted(answer.status_code for answer in answers).count(302) == per_ip.limit
    assert Interest.objects.count() == per_ip.limit


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_password_guesses_are_checked_at_most_five_times(redis_cache):
    from home.login_throttle import LOGIN_FAILURES_PER_ACCOUNT_AND_IP

    UserFactory(username="admin")

    answers = at_once(
        lambda number: Client().post(
            "/konto/anmelden/",
            {"username": "admin", "password": f"geraten{number}"},
            REMOTE_ADDR="203.0.113.9",
        )
    )

    statuses = sorted(answer.status_code for answer in answers)
    limit = LOGIN_FAILURES_PER_ACCOUNT_AND_IP.limit
    assert statuses == [200] * limit + [429] * (PARALLEL - limit)
