"""Form rendering in the KERN design system, and the account forms built on it.

Every public form of the portal mixes in `KernFormMixin`: fields render with KERN markup, hints
and errors are tied to their inputs (`aria-describedby`, `aria-invalid`), and an error summary
with links to the fields is shown above the form.
"""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.forms.boundfield import BoundField
from django.forms.renderers import TemplatesSetting
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from home.mail import send_mail_on_commit

WIDGET_CSS_CLASSES = {
    "checkbox": "kern-form-check__checkbox",
    "checkboxselectmultiple": "kern-form-check__checkbox",
    "radioselect": "kern-form-check__radio",
    "select": "kern-form-input__select",
    "selectmultiple": "kern-form-input__select",
    "nullbooleanselect": "kern-form-input__select",
}
DEFAULT_INPUT_CSS_CLASS = "kern-form-input__input"


class KernFormRenderer(TemplatesSetting):
    form_template_name = "components/forms/form.html"
    field_template_name = "components/forms/field.html"


class KernBoundField(BoundField):
    """Adds the KERN classes to each input, with the error variant when the value was refused."""

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        if (widget or self.field.widget).is_hidden:
            return attrs
        css_class = WIDGET_CSS_CLASSES.get(self.widget_type, DEFAULT_INPUT_CSS_CLASS)
        classes = [attrs.get("class", ""), css_class]
        if self.errors:
            classes.append(f"{css_class}--error")
        attrs["class"] = " ".join(c for c in classes if c)
        return attrs


class KernFormMixin:
    default_renderer = KernFormRenderer()
    bound_field_class = KernBoundField
    # Filter forms set this to False: there every field is optional, so saying so is noise.
    mark_optional_fields = True


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


class PasswordResetForm(KernFormMixin, auth_forms.PasswordResetForm):
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
