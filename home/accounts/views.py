"""Account pages: the one login for everybody (with a second factor where set up), password
reset by email and change, and "Mein Bereich", where people who are not staff start."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from wagtail.models import Site

from home.accounts.forms import LoginForm, PasswordChangeForm, PasswordResetForm, SetPasswordForm
from home.accounts.landing import landing_url
from home.roles import is_staff_member
from home.two_factor.views import start_second_step


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
