"""The account forms (login, password reset and change) in the KERN design system, with the
login and reset throttles."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from home.kern_forms import KernFormMixin
from home.login_throttle import LoginThrottle, throttle_password_reset
from home.mail import send_mail_on_commit


class LoginForm(KernFormMixin, auth_forms.AuthenticationForm):
    username = auth_forms.UsernameField(
        label=_("Email address or user name"),
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )
    error_messages = {
        **auth_forms.AuthenticationForm.error_messages,
        # Django's text says both fields are case-sensitive; email addresses are not here.
        "invalid_login": _(
            "The email address, user name or password is not correct. Please check your "
            "entries; the password is case-sensitive."
        ),
    }

    def clean(self):
        username = self.cleaned_data.get("username")
        if not (username and self.cleaned_data.get("password")):
            return super().clean()  # nothing is checked, so nothing is counted
        throttle = LoginThrottle(self.request, username)
        throttle.count_attempt()
        cleaned_data = super().clean()
        throttle.record_success()
        return cleaned_data


class PasswordResetForm(KernFormMixin, auth_forms.PasswordResetForm):
    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        if "email" in cleaned_data:
            throttle_password_reset(self.request, cleaned_data["email"])
        return cleaned_data

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        """Render now, send after the commit from a task, so a slow mail server never blocks."""
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        body = render_to_string(email_template_name, context)
        send_mail_on_commit(subject=subject, body=body, to=[to_email])


class SetPasswordForm(KernFormMixin, auth_forms.SetPasswordForm):
    pass


class PasswordChangeForm(KernFormMixin, auth_forms.PasswordChangeForm):
    pass
