"""Production: every deployment-specific value comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS. Usually also DATABASE_URL (PostgreSQL), EMAIL_URL and
WAGTAILADMIN_BASE_URL; optional REDIS_URL. README.md lists them all.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *

SECRET_KEY = env("SECRET_KEY", default="")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random value of at least 50 characters, for example with "
        "`python -c 'import secrets; print(secrets.token_urlsafe(64))'`."
    )

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to the host names the portal answers to.")
CSRF_TRUSTED_ORIGINS = env.list(
    "CSRF_TRUSTED_ORIGINS", default=[f"https://{host}" for host in ALLOWED_HOSTS]
)
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default=f"https://{ALLOWED_HOSTS[0]}")

# Mail goes through the SMTP server named by EMAIL_URL, e.g. smtp+tls://user:pass@host:587
globals().update(env.email_url("EMAIL_URL", default="smtp://localhost:25"))

# Background work: a queue in the database, worked off by `manage.py run_worker` (home.worker).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

# HTTPS only. Behind a reverse proxy that terminates TLS, set SECURE_PROXY_SSL_HEADER=true so
# that Django trusts its X-Forwarded-Proto header (only then: otherwise clients could fake it).
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
if env.bool("SECURE_PROXY_SSL_HEADER", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
# Wagtail's page preview shows the page in a frame of the admin, on the same origin, so frames
# stay allowed for the site's own origin (X_FRAME_OPTIONS = "SAMEORIGIN" in base.py); other
# sites still cannot frame the portal.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
if not SECURE_HSTS_PRELOAD:
    # Preloading binds the whole domain (and its subdomains) to HTTPS in every browser for
    # months; only the domain owner can decide that, so it is opt-in and its warning silenced.
    SILENCED_SYSTEM_CHECKS.append("security.W021")

LOGGING["root"]["level"] = env("LOG_LEVEL", default="INFO")
