"""Settings shared by every environment.

Everything that differs per deployment is read from the environment; see README.md for the
variables. Nothing secret lives here: dev.py and test.py set throw-away keys, production.py
refuses to start without a real one.
"""

import ipaddress
from decimal import Decimal
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    # Our apps come first so that their templates, static files and commands take precedence.
    "home",
    "clubs",
    "workflows",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.typed_table_block",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "viewflow",
    "viewflow.workflow",
    "django_tasks",
    "django_tasks_db",
    # Second factor for logins (home/two_factor/): app codes (TOTP) and one-time recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",  # the sitemap.xml template
    "django.forms",  # the form renderer (TemplatesSetting) finds its widget templates here
]

MIDDLEWARE = [
    # GET /health/ for load balancers and Varnish, before the host check and HTTPS redirect.
    "home.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "home.security_headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.http_cache.SharedCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Marks sessions that passed the second factor, then keeps sessions that owe one out.
    "django_otp.middleware.OTPMiddleware",
    "home.two_factor.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.ratelimit.TooManyRequestsMiddleware",
]

# Widgets render through TEMPLATES, so templates/ can override Wagtail's widget templates.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # One tree for all templates; it is searched before the apps' own templates, so
        # viewflow's bundled 403.html or registration/*.html can never shadow ours.
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: an SQLite file under var/ unless DATABASE_URL names another one.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASE_VENDOR = "postgresql" if "postgresql" in DATABASES["default"]["ENGINE"] else "sqlite"
if DATABASE_VENDOR == "sqlite":
    VAR_DIR.mkdir(exist_ok=True)
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # WAL lets readers proceed during a write; IMMEDIATE takes the write lock at the
            # start of a transaction so that two writers queue instead of failing midway.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # A database that hangs must not hang the site: a request gives up waiting for a
    # connection, a statement or a lock well before gunicorn's timeout (deploy/gunicorn.conf.py,
    # 30 s) and shows the German 503 page. 0 switches a limit off, e.g. for a long migration.
    DATABASE_CONNECT_TIMEOUT = env.int("DATABASE_CONNECT_TIMEOUT", default=5)
    DATABASE_STATEMENT_TIMEOUT_MS = env.int("DATABASE_STATEMENT_TIMEOUT_MS", default=15000)
    DATABASE_LOCK_TIMEOUT_MS = env.int("DATABASE_LOCK_TIMEOUT_MS", default=5000)
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": DATABASE_CONNECT_TIMEOUT,
            "options": f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT_MS}"
            f" -c lock_timeout={DATABASE_LOCK_TIMEOUT_MS}",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "home.User"
AUTHENTICATION_BACKENDS = ["home.auth.EmailOrUsernameBackend"]
LOGIN_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # one day
# The issuer shown next to the account in authenticator apps (home/two_factor/).
OTP_TOTP_ISSUER = env("OTP_TOTP_ISSUER", default="Engagementportal")
# Wrong codes are counted by the portal's login throttle (home/login_throttle.py), like wrong
# passwords, with one German message; django-otp's own per-device back-off would refuse even the
# right code for a few seconds after a typo and say nothing about why.
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0

# Languages: German is the default and has no URL prefix, English lives under /en/.
LANGUAGE_CODE = "de"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Berlin"
WAGTAIL_I18N_ENABLED = True

# Static files and media
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
# Attachments of requests: outside MEDIA_ROOT, served only through a view that checks who asks.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=VAR_DIR / "private")
REQUEST_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
# Each task of a request declares on its node in workflows/flows.py how many days it may wait
# before its handlers are reminded (after twice as long the programme leads are told). A
# deployment may override that here per task name, e.g. {"review": 14}.
REQUEST_TASK_DUE_DAYS = {}
# Seconds a decision on a request waits while another one on the same request is being saved
# (a double click, a second tab); after that the person is asked to try again (workflows.locks).
WORKFLOW_LOCK_TIMEOUT = env.float("WORKFLOW_LOCK_TIMEOUT", default=5.0)
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "portal.staticfiles.PortalAppDirectoriesFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Cache: Redis when REDIS_URL is set, otherwise files under var/ that all worker processes of
# one machine share (a per-process memory cache would keep serving a stale menu elsewhere).
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
        }
    }
else:
    CACHE_DIR = Path(env("CACHE_DIR", default=str(VAR_DIR / "cache")))
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": CACHE_DIR,
        },
        # Rate limits and login counters (home/ratelimit.py) in a folder of their own: the
        # file cache deletes a third of its entries at random once it holds MAX_ENTRIES (300 by
        # default), and page fragments must never push a count out.
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": CACHE_DIR / "ratelimit",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
    }

# Proxies in front of the portal (home/ratelimit.py `client_ip`, docs/deployment.md): how many
# append the visitor's address to X-Forwarded-For, and the networks their requests come from.
# By default no proxy is trusted and the header is ignored. The networks are parsed here so that
# a typo stops the start instead of silently trusting nobody.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
TRUSTED_PROXY_NETWORKS = [
    ipaddress.ip_network(network, strict=False)
    for network in env.list("TRUSTED_PROXY_NETWORKS", default=["127.0.0.0/8", "::1/128"])
]

# HTTP caching (home/http_cache.py): public pages may be kept by a shared cache such as Varnish
# for SHARED_CACHE_SECONDS. With FRONTEND_CACHE_URL set (Varnish's address, e.g.
# http://127.0.0.1:6081), publishing, unpublishing, moving a page or changing its privacy sends
# PURGE requests there for the page, the pages below it and the listings above it.
SHARED_CACHE_SECONDS = env.int("SHARED_CACHE_SECONDS", default=600)
FRONTEND_CACHE_URL = env("FRONTEND_CACHE_URL", default="")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
# Purge each URL as it is: the language is part of our URLs already (/en/...).
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Background work runs in the request process in development and tests; production.py
# switches to the database-backed queue that `manage.py run_worker` (home.worker) works off.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# `manage.py run_worker` (home.worker) renews its lease every quarter of this; a task RUNNING
# for a worker not seen for this long is queued again, at most TASK_MAX_CLAIMS runs in all.
TASK_WORKER_LEASE_SECONDS = env.int("TASK_WORKER_LEASE_SECONDS", default=60)
TASK_MAX_CLAIMS = env.int("TASK_MAX_CLAIMS", default=5)
# /health/ and the admin's dashboard report the queue as stuck when a task has waited or run
# longer than this.
TASK_STALE_SECONDS = env.int("TASK_STALE_SECONDS", default=600)

# Mail
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Seconds the worker waits for the mail server to answer; one that never answers would block
# all background work otherwise. The attempt fails and is retried later (home.tasks).
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Engagementportal <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security defaults that hold everywhere; production.py adds the HTTPS-only ones.
X_FRAME_OPTIONS = "SAMEORIGIN"  # Wagtail's preview shows pages in a same-origin frame
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True  # our forms and Wagtail's admin take the token from the page
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Sent by home.security_headers. Scripts only from the portal's own files, never inline: the
# admin's start-up code, too, comes from files (home/admin_scripts.py). Inline styles stay
# allowed, as Wagtail's admin sets many; they cannot run code.
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
    "form-action": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
}
# Browser features the portal never uses, switched off for every page and frame.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}
CSRF_FAILURE_VIEW = "home.views.csrf_failure"

# `manage.py load_demo` creates accounts with a published password: off unless asked for.
ALLOW_DEMO_CONTENT = env.bool("ALLOW_DEMO_CONTENT", default=False)

# Retention periods in days; `manage.py apply_retention` applies them daily (docs/privacy.md).
# Volunteers' messages to clubs: deleted after their arrival.
INTEREST_RETENTION_DAYS = env.int("INTEREST_RETENTION_DAYS", default=365)
# Event registrations: anonymised after the event's last session.
REGISTRATION_RETENTION_DAYS = env.int("REGISTRATION_RETENTION_DAYS", default=365)
# Sign-ups for shifts: deleted after the shift's day, cancelled ones as well.
SHIFT_SIGNUP_RETENTION_DAYS = env.int("SHIFT_SIGNUP_RETENTION_DAYS", default=90)
PLEDGE_RETENTION_DAYS = env.int("PLEDGE_RETENTION_DAYS", default=365)  # after the call's end
# Answers to forms and surveys: deleted after their arrival.
FORM_SUBMISSION_RETENTION_DAYS = env.int("FORM_SUBMISSION_RETENTION_DAYS", default=365)
# Closed requests: correspondence and the link to the applicant's account removed after
# closing; decisions, amounts, documents and the timeline stay for the audit.
CLOSED_REQUEST_RETENTION_DAYS = env.int("CLOSED_REQUEST_RETENTION_DAYS", default=730)
# Club applications: declined ones deleted after their decision (unconfirmed ones after 7 days).
CLUB_APPLICATION_RETENTION_DAYS = env.int("CLUB_APPLICATION_RETENTION_DAYS", default=180)
# Links to "Mein Engagement" (clubs.volunteer_area): hours a link opens the area.
VOLUNTEER_AREA_LINK_HOURS = env.int("VOLUNTEER_AREA_LINK_HOURS", default=24)
# Expired links to "Mein Engagement": deleted this many days after they expired.
VOLUNTEER_AREA_LINK_RETENTION_DAYS = env.int("VOLUNTEER_AREA_LINK_RETENTION_DAYS", default=7)
# Saved searches (clubs.saved_searches): unconfirmed ones deleted after these days; confirmed
# ones that nobody used (confirmed, changed or renewed) for these days end after a notice.
SAVED_SEARCH_UNCONFIRMED_DAYS = env.int("SAVED_SEARCH_UNCONFIRMED_DAYS", default=3)
SAVED_SEARCH_UNUSED_DAYS = env.int("SAVED_SEARCH_UNUSED_DAYS", default=365)
# Reminders (clubs.reminders): sent this many hours before a shift or course session.
REMINDER_HOURS_BEFORE = env.int("REMINDER_HOURS_BEFORE", default=24)
# The note that an address was reminded about a day: deleted this many days after the day.
REMINDER_RETENTION_DAYS = env.int("REMINDER_RETENTION_DAYS", default=30)
# Hours a form submission is recognised when sent again from the same display (home.submissions);
# apply_retention removes older receipts.
SUBMISSION_RECEIPT_HOURS = env.int("SUBMISSION_RECEIPT_HOURS", default=48)

# Four eyes: a funding approval above this amount (EUR) always needs a second person, a
# programme lead other than the reviewer. A budget's own threshold may only be lower
# (docs/security.md).
FOUR_EYES_FLOOR_EUR = Decimal(env.str("FOUR_EYES_FLOOR_EUR", default="1000.00"))

# Wagtail
WAGTAIL_SITE_NAME = "Engagementportal"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "login"  # one login for everybody, styled like the site
WAGTAIL_FRONTEND_LOGIN_URL = "login"  # private pages and documents send visitors there too
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_PASSWORD_RESET_ENABLED = False  # the site's own password reset serves everybody
# An account's address opens its owner's "Mein Engagement" (clubs.volunteer_area.access), so
# nobody changes their own address unverified in the admin's account settings; administrators
# change it under Einstellungen → Benutzer.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False  # nothing contacts the internet
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatars fetched from a third party
# Documents are always downloaded, never opened in the portal's origin: a PDF or text file
# shown inline could carry script or pass for a page of the portal.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Always through Wagtail's view, which runs the permission checks (private collections, the
# articles' privacy) and sends nosniff: never a redirect to the file's storage address, also not
# when MEDIA moves to another storage. The web server must not serve MEDIA_ROOT/documents/.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Refuses images that do not decode, with a message instead of a server error.
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.image_uploads.PortalImageForm"
# The database backend by default (search/backends/ tunes it for German); large installations
# switch to OpenSearch or Elasticsearch by environment (docs/search.md).
SEARCH_ENGINE = env("SEARCH_ENGINE", default="database")
if SEARCH_ENGINE == "database":
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends",
            # PostgreSQL stems German words ("Vereine" finds "Verein").
            **({"SEARCH_CONFIG": "german"} if DATABASE_VENDOR == "postgresql" else {}),
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"wagtail.search.backends.{SEARCH_ENGINE}",
            "URLS": env.list("SEARCH_ENGINE_URLS"),
            "INDEX": env("SEARCH_ENGINE_INDEX", default="engagementportal"),
            "TIMEOUT": env.int("SEARCH_ENGINE_TIMEOUT", default=5),
            "INDEX_SETTINGS": {
                "settings": {"analysis": {"analyzer": {"default": {"type": "german"}}}}
            },
        }
    }
# Daily search counts feed the promotions' suggestions and the editors' report of what people
# look for; kept this many days (`manage.py prune_search_statistics`, docs/search.md).
WAGTAILSEARCH_HITS_MAX_AGE = 90

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"without_traceback": {"()": "home.log_filters.WithoutTraceback"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        # A request with a Host not in ALLOWED_HOSTS gets the 400 page and one log line.
        "django.security.DisallowedHost": {"filters": ["without_traceback"]},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}
