"""The settings modules as a deployment sees them: run in a fresh interpreter with a chosen
environment, like an office's server would."""

import os
import secrets
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENV = {
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "engagement.example.org",
    "DATABASE_URL": "sqlite:////tmp/portal-deploy-check.sqlite3",
    "EMAIL_URL": "smtp+tls://portal:secret@mail.example.org:587",
}


# What a server's environment has anyway; everything else comes from the test.
PASSED_THROUGH = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "VIRTUAL_ENV")


def run(code_or_args, env, settings_module="portal.settings.production"):
    """Run Python in a fresh interpreter with only the given variables, like a server would."""
    environment = {key: os.environ[key] for key in PASSED_THROUGH if key in os.environ}
    environment.update(env, DJANGO_SETTINGS_MODULE=settings_module)
    args = code_or_args if isinstance(code_or_args, list) else ["-c", code_or_args]
    return subprocess.run(
        [sys.executable, *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def answers_in_production(requests, env, host="engagement.example.org"):
    """Sends `requests` (Python expressions on `client`, a test client for `host`) from a fresh
    production interpreter; the finished process prints the answers as JSON, each as
    [status, Retry-After, body]."""
    code = (
        "import json, django; django.setup(); "
        "from django.test import Client, override_settings; "
        # Static files are not collected here; their names need no hashes for these checks.
        "override_settings(STORAGES={'staticfiles': {'BACKEND': "
        "'django.contrib.staticfiles.storage.StaticFilesStorage'}}).enable(); "
        f"client = Client(raise_request_exception=False, HTTP_HOST={host!r}); "
        f"answers = [{', '.join(requests)}]; "
        "print(json.dumps([[r.status_code, r.get('Retry-After'), r.content.decode()] "
        "for r in answers]))"
    )
    return run(code, env)


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}

    result = run("import django; django.setup()", env)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_the_development_key():
    result = run(
        "import django; django.setup()",
        {**PRODUCTION_ENV, "SECRET_KEY": "django-insecure-local-development-only"},
    )

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_deploy_check_has_no_warnings():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_reads_mail_cache_and_hosts_from_the_environment():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_USE_TLS, s.ALLOWED_HOSTS, "
        "s.CACHES['default']['BACKEND'], s.TASKS['default']['BACKEND'], s.SECURE_SSL_REDIRECT)"
    )

    result = run(code, {**PRODUCTION_ENV, "REDIS_URL": "redis://127.0.0.1:6379/1"})

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "mail.example.org",
        "587",
        "True",
        "['engagement.example.org']",
        "django.core.cache.backends.redis.RedisCache",
        "django_tasks_db.DatabaseBackend",
        "True",
    ]


def test_database_url_chooses_the_database_and_the_german_search_configuration():
    code = (
        "from portal.settings import base; "
        "print(base.DATABASES['default']['ENGINE'], "
        "base.WAGTAILSEARCH_BACKENDS['default'].get('SEARCH_CONFIG'))"
    )

    postgres = run(code, {"DATABASE_URL": "postgres://portal@db.example.org:5432/portal"})
    default = run(code, {})

    assert postgres.stdout.split() == ["django.db.backends.postgresql", "german"]
    assert default.stdout.split() == ["django.db.backends.sqlite3", "None"]


def test_default_database_is_a_file_under_var():
    result = run("from portal.settings import base; print(base.DATABASES['default']['NAME'])", {})

    assert result.stdout.strip() == str(settings.BASE_DIR / "var" / "db.sqlite3")


def test_language_and_time_zone_defaults():
    assert settings.LANGUAGE_CODE == "de"
    assert [code for code, _ in settings.LANGUAGES] == ["de", "en"]
    assert settings.TIME_ZONE == "Europe/Berlin"


def test_production_collects_and_hashes_all_static_files(tmp_path):
    result = run(
        ["manage.py", "collectstatic", "--no-input", "-v", "0"],
        {**PRODUCTION_ENV, "STATIC_ROOT": str(tmp_path)},
    )

    assert result.returncode == 0, result.stderr
    manifest = (tmp_path / "staticfiles.json").read_text()
    assert '"vendor/kern/kern.min.css"' in manifest
    assert '"css/portal.css"' in manifest
    assert not (tmp_path / "viewflow").exists()
