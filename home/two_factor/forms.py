"""The forms of the second factor: a code at login, the first code at set-up, and the
confirmation (password or code) to turn it off."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from home.kern_forms import KernFormMixin
from home.login_throttle import LoginCodeThrottle
from home.two_factor.devices import matching_device, normalise_code


def code_field(label, help_text):
    return forms.CharField(
        label=label,
        help_text=help_text,
        max_length=40,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
        error_messages={
            "required": _("Please enter the code."),
            "max_length": _("Please enter the code of at most %(limit_value)d characters."),
        },
    )


class LoginCodeForm(KernFormMixin, forms.Form):
    """The second login step; wrong codes are throttled per account like wrong passwords."""

    code = code_field(
        _("Code"),
        _("The six-digit code your authenticator app shows now, or one of your recovery codes."),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        self.device = None
        super().__init__(*args, **kwargs)

    def clean_code(self):
        throttle = LoginCodeThrottle(self.user)
        throttle.count_attempt()
        self.device = matching_device(self.user, self.cleaned_data["code"])
        if self.device is None:
            raise ValidationError(
                _(
                    "This code is not correct or was used already. Please enter the code your "
                    "app shows now."
                ),
                code="invalid_code",
            )
        throttle.record_success()
        return self.cleaned_data["code"]


class SetupCodeForm(KernFormMixin, forms.Form):
    """The first code from the app, which proves it holds the secret before it counts."""

    code = code_field(_("Code from the app"), _("The six-digit code your app shows now."))

    def __init__(self, *args, device, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if not self.device.verify_token(code):
            raise ValidationError(
                _(
                    "This code is not correct. Please check that the app shows the account of "
                    "this portal and enter the code it shows now."
                ),
                code="invalid_code",
            )
        return code


class DisableForm(KernFormMixin, forms.Form):
    """Turning the second factor off needs the password or a code, so that a session left open
    on a shared computer is not enough; attempts are throttled like the login's codes."""

    confirmation = forms.CharField(
        label=_("Your password or a code from the app"),
        max_length=4096,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={
            "required": _("Please enter your password or a code from the app."),
            "max_length": _("Please enter at most %(limit_value)d characters."),
        },
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_confirmation(self):
        value = self.cleaned_data["confirmation"]
        throttle = LoginCodeThrottle(self.user)
        throttle.count_attempt()
        if not (self.user.check_password(value) or matching_device(self.user, value)):
            raise ValidationError(
                _("The password or code is not correct. Please check your entry."),
                code="invalid_confirmation",
            )
        throttle.record_success()
        return value
