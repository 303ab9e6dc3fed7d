"""gunicorn settings of the portal: `gunicorn -c deploy/gunicorn.conf.py portal.wsgi`.

The timeout is longer than the database's connect, statement and lock timeouts
(portal/settings/base.py: 5 s, 15 s, 5 s), so that a request stuck on the database ends with
the portal's German 503 page, not with gunicorn killing the worker. Each value can be set
from the environment (docs/deployment.md).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two processes per core, at least two: one slow request never holds up everybody.
workers = int(os.environ.get("GUNICORN_WORKERS", max(2, 2 * multiprocessing.cpu_count())))
# Seconds a request may take before gunicorn restarts its worker.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
# `systemctl reload portal` (SIGHUP) starts new workers and lets the old ones finish their
# requests for up to this long; so does a stop (SIGTERM).
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 30))
# Keep-alive with the proxy in front (nginx or Varnish on the same machine).
keepalive = 5
# A worker is replaced after this many requests, so that slowly growing memory is returned.
max_requests = 1000
max_requests_jitter = 100
# Logs go to the journal; the access log is off, nginx keeps one.
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
