"""The second login step, and the account pages to set up and turn off the second factor.

After a correct password, an account with a second factor is NOT logged in: the session only
remembers whose code is awaited (for a few minutes). Only when the code is accepted does
Django's login happen, so a half-finished login opens nothing, neither the admin nor
"Mein Bereich".
"""

import time

import django_otp
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView, TemplateView
from django_otp.plugins.otp_static.models import StaticDevice

from home.accounts.landing import landing_url
from home.two_factor import devices
from home.two_factor.forms import DisableForm, LoginCodeForm, SetupCodeForm

PENDING_LOGIN_SESSION_KEY = "two_factor_pending_login"
# How long the code step waits after the password before the password is asked again.
PENDING_LOGIN_SECONDS = 10 * 60


def start_second_step(request, user, next_url):
    """The redirect to the code step for accounts with a second factor, or None to log in as
    usual (accounts whose group requires a factor they lack are then sent to set it up by
    home.two_factor.middleware)."""
    if devices.has_second_factor(user):
        request.session[PENDING_LOGIN_SESSION_KEY] = {
            "user": user.pk,
            "backend": user.backend,
            "next": next_url,
            "since": time.time(),
        }
        return redirect("login_code")
    return None


def _pending_login(request):
    """(user, backend, next) of the login awaiting its code, or None when there is none, it
    expired or the account can no longer log in."""
    pending = request.session.get(PENDING_LOGIN_SESSION_KEY)
    if not pending or time.time() - pending.get("since", 0) > PENDING_LOGIN_SECONDS:
        request.session.pop(PENDING_LOGIN_SESSION_KEY, None)
        return None
    user = get_user_model()._default_manager.filter(pk=pending["user"], is_active=True).first()
    if user is None:
        request.session.pop(PENDING_LOGIN_SESSION_KEY, None)
        return None
    return user, pending["backend"], pending["next"]


@method_decorator([sensitive_post_parameters(), never_cache], name="dispatch")
class LoginCodeView(FormView):
    form_class = LoginCodeForm
    template_name = "registration/login_code.html"
    extra_context = {"title": _("Log in: second step")}

    def dispatch(self, request, *args, **kwargs):
        self.pending = _pending_login(request)
        if self.pending is None:
            messages.info(request, gettext("Please log in with your password first."))
            return redirect("login")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.pending[0]}

    def form_valid(self, form):
        user, backend, next_url = self.pending
        del self.request.session[PENDING_LOGIN_SESSION_KEY]
        auth_login(self.request, user, backend=backend)
        django_otp.login(self.request, form.device)
        if isinstance(form.device, StaticDevice):
            remaining = devices.remaining_recovery_codes(user)
            messages.warning(
                self.request,
                gettext(
                    "You logged in with a recovery code; %(remaining)d remain. If your phone "
                    "is lost, turn the two-factor login off and set it up again."
                )
                % {"remaining": remaining},
            )
        return redirect(next_url or landing_url(user))


@method_decorator(never_cache, name="dispatch")
class TwoFactorView(LoginRequiredMixin, TemplateView):
    """The account page: whether the second factor is on, and how to set it up or turn it off."""

    template_name = "registration/two_factor.html"
    extra_context = {"title": _("Two-factor login")}

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            has_second_factor=devices.has_second_factor(user),
            is_required=devices.is_required(user),
            remaining_recovery_codes=devices.remaining_recovery_codes(user),
            disable_form=kwargs.pop("disable_form", None) or DisableForm(user=user),
            **kwargs,
        )


# The recovery codes between the set-up and the page that shows them once.
NEW_RECOVERY_CODES = "two_factor_new_recovery_codes"


@method_decorator([sensitive_post_parameters(), never_cache], name="dispatch")
class TwoFactorSetupView(LoginRequiredMixin, FormView):
    """Shows the QR code and the secret, and switches the factor on with a first code; the
    recovery codes are shown once, in the answer to that form."""

    form_class = SetupCodeForm
    template_name = "registration/two_factor_setup.html"
    extra_context = {"title": _("Set up two-factor login")}

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and devices.has_second_factor(request.user):
            if NEW_RECOVERY_CODES in request.session:  # a second click: the first one's codes
                return redirect("two_factor_recovery_codes")
            messages.info(request, gettext("Two-factor login is switched on already."))
            return redirect("two_factor")
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def device(self):
        return devices.pending_app_device(self.request.user)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": self.device}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            qr_code=devices.qr_code_data_uri(self.device),
            secret=devices.secret_for_typing(self.device),
            is_required=devices.is_required(self.request.user),
            **kwargs,
        )

    def form_valid(self, form):
        codes = devices.confirm_app_device(self.device)
        if codes is not None:
            # This session has just proved the code, so it counts as verified.
            django_otp.login(self.request, self.device)
            self.request.session[NEW_RECOVERY_CODES] = codes
        return redirect("two_factor_recovery_codes")


@method_decorator(never_cache, name="dispatch")
class RecoveryCodesView(LoginRequiredMixin, TemplateView):
    """The new recovery codes, once: by GET after the set-up, so that a double click or a
    reload of the set-up's answer shows the same codes instead of losing them."""

    template_name = "registration/two_factor_recovery_codes.html"

    def get(self, request, *args, **kwargs):
        codes = request.session.pop(NEW_RECOVERY_CODES, None)
        if not codes:
            return redirect("two_factor")
        return self.render_to_response(
            {"title": gettext("Two-factor login is switched on"), "codes": codes}
        )


@method_decorator([sensitive_post_parameters(), never_cache], name="dispatch")
class TwoFactorDisableView(LoginRequiredMixin, FormView):
    form_class = DisableForm
    http_method_names = ["post"]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        devices.remove_second_factor(self.request.user)
        messages.success(self.request, gettext("Two-factor login is switched off."))
        return redirect("two_factor")

    def form_invalid(self, form):
        view = TwoFactorView(request=self.request, args=(), kwargs={})
        return view.render_to_response(view.get_context_data(disable_form=form))
