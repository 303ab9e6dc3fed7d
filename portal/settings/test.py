"""Test runs: fast hashing, mail kept in memory, tasks run immediately.

The database is an in-memory SQLite unless DATABASE_URL points elsewhere (CI also runs the suite
on PostgreSQL that way).
"""

import tempfile

from .base import *

SECRET_KEY = "django-insecure-test-only"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="portal-test-media-"))
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="portal-test-private-"))
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOW_DEMO_CONTENT = True
# The demo apps (*/demo/: load_demo, generate_bench_data), installed only here and in dev.py:
# production settings cannot even import them.
INSTALLED_APPS = [*INSTALLED_APPS, "home.demo", "clubs.demo", "workflows.demo", "search.demo"]
# Static files come straight from the apps' folders; collectstatic is for production.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
