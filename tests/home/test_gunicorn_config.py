"""deploy/gunicorn.conf.py as gunicorn reads it: the application server waits longer than the
database may take, so a stuck database ends in the portal's German 503, not a killed worker."""

import re

from tests.home.test_settings import PRODUCTION_ENV, run


def gunicorn_settings(env):
    result = run(
        ["-m", "gunicorn", "--print-config", "-c", "deploy/gunicorn.conf.py", "portal.wsgi"], env
    )
    assert result.returncode == 0, result.stderr
    return dict(re.findall(r"^(\w+)\s+= (.*)$", result.stdout, re.MULTILINE))


def database_timeouts(env):
    code = (
        "from django.conf import settings as s; "
        "print(s.DATABASE_CONNECT_TIMEOUT * 1000, s.DATABASE_LOCK_TIMEOUT_MS, "
        "s.DATABASE_STATEMENT_TIMEOUT_MS)"
    )
    result = run(code, env)
    assert result.returncode == 0, result.stderr
    return [int(value) for value in result.stdout.split()]


def test_gunicorn_waits_longer_than_the_database_may_take():
    env = {**PRODUCTION_ENV, "DATABASE_URL": "postgres://portal@127.0.0.1:5432/portal"}

    gunicorn = gunicorn_settings(env)
    connect_ms, lock_ms, statement_ms = database_timeouts(env)

    assert int(gunicorn["timeout"]) * 1000 > connect_ms + lock_ms + statement_ms
    assert int(gunicorn["graceful_timeout"]) > 0
    assert int(gunicorn["workers"]) >= 2
    assert gunicorn["bind"] == "['127.0.0.1:8000']"


def test_gunicorn_values_come_from_the_environment():
    env = {**PRODUCTION_ENV, "GUNICORN_TIMEOUT": "45", "GUNICORN_WORKERS": "3"}

    gunicorn = gunicorn_settings(env)

    assert (gunicorn["timeout"], gunicorn["workers"]) == ("45", "3")
