import logging
import sys

from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from wagtail.models import Site

from home.forms import LoginForm, PasswordChangeForm, PasswordResetForm, SetPasswordForm
from home.roles import is_staff_member
from home.two_factor.views import start_second_step

logger = logging.getLogger(__name__)


def landing_url(user):
    """Staff work in the Wagtail admin; everybody else starts in "Mein Bereich"."""
    if is_staff_member(user):
        return reverse("wagtailadmin_home")
    return reverse("my_area")


class PortalLoginView(auth_views.LoginView):
    """The one login for everybody, also used by the Wagtail admin (WAGTAILADMIN_LOGIN_URL).

    People who are logged in already see who they are instead of being redirected: a redirect
    to a `next` address they may not open would bring them straight back here.
    """

    form_class = LoginForm
    extra_context = {"title": _("Log in")}

    def get_default_redirect_url(self):
        return landing_url(self.request.user)

    def form_valid(self, form):
        """Accounts with a second factor go on to the code step instead of being logged in."""
        second_step = start_second_step(self.request, form.get_user(), self.get_redirect_url())
        return second_step or super().form_valid(form)


class PortalPasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    email_template_name = "emails/password_reset.txt"
    subject_template_name = "emails/password_reset_subject.txt"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}

    def form_valid(self, form):
        site = Site.find_for_request(self.request)
        self.extra_email_context = {"site_name": site.site_name if site else ""}
        return super().form_valid(form)


class PortalPasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    form_class = SetPasswordForm


class PortalPasswordChangeView(auth_views.PasswordChangeView):
    form_class = PasswordChangeForm
    success_url = reverse_lazy("password_change_done")


@method_decorator(never_cache, name="dispatch")
class MyAreaView(LoginRequiredMixin, TemplateView):
    """ "Mein Bereich": the personal start page of everybody who is not staff.

    Clubs add their part (the user's clubs, volunteers' messages) through template tags.
    """

    template_name = "pages/my_area.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["admin_url"] = (
            reverse("wagtailadmin_home") if user.has_perm("wagtailadmin.access_admin") else None
        )
        # Club representatives use the admin only for their club's pages.
        context["is_staff_member"] = is_staff_member(user)
        return context


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
