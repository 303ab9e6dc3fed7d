"""The site's error pages (404, 403, an expired form, 500, and 503 while the database does not
answer), named by the handlers in portal/urls.py and CSRF_FAILURE_VIEW."""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.views import defaults

logger = logging.getLogger(__name__)


def _error_page(request, template_name, status):
    """The error page in the site's layout, with its menu and language switch, so a visitor
    can go on from there. When that layout cannot be built (the database does not answer, no
    site matches the host), the same text comes in the plain layout that needs neither
    (templates/error_page.html): an error page must never become a server error itself."""
    try:
        return render(request, template_name, status=status)
    except Exception:  # whatever the site's layout needed and did not get
        logger.warning("Error page %s shown without the site's layout", status, exc_info=True)
        return render(request, template_name, {"layout": "error_page.html"}, status=status)


def page_not_found(request, exception):
    return _error_page(request, "404.html", 404)


def permission_denied(request, exception):
    return _error_page(request, "403.html", 403)


def csrf_failure(request, reason=""):
    """A German explanation instead of Django's technical page when a form has expired."""
    return _error_page(request, "403_csrf.html", 403)


# What a visitor is asked to wait, in seconds, while the database does not answer.
DATABASE_RETRY_AFTER = 120


def server_error(request):
    """templates/500.html, or templates/503.html with Retry-After when the database does not
    answer (stopped, restarting, out of connections): nothing is wrong with what the visitor did.

    Django calls this while it handles the exception, so sys.exc_info() names it. Neither page
    touches the database.
    """
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        response = HttpResponse(
            loader.get_template("503.html").render(),
            status=503,
            headers={"Retry-After": str(DATABASE_RETRY_AFTER)},
        )
        # One line instead of Django's traceback per request: an outage of a few seconds
        # would otherwise fill the disk with the same traceback thousands of times.
        logger.warning(
            "Database unavailable, answered 503: %s %s (%s: %s)",
            request.method,
            request.path,
            type(error).__name__,
            " ".join(str(error).split()),
        )
        response._has_been_logged = True  # tells django.request not to log it again
        return response
    return defaults.server_error(request)
