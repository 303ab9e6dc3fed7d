"""Local development: debug pages, mail printed to the console, the SQLite file by default."""

from .base import *

DEBUG = True
# A fixed key is fine on a developer's machine; production.py never falls back to it.
SECRET_KEY = env("SECRET_KEY", default="django-insecure-local-development-only")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
ALLOW_DEMO_CONTENT = True
# The demo apps (*/demo/: load_demo, generate_bench_data), installed only here and in test.py:
# production settings cannot even import them.
INSTALLED_APPS = [*INSTALLED_APPS, "home.demo", "clubs.demo", "workflows.demo", "search.demo"]
# Static files come straight from the apps' folders; collectstatic is for production.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
