"""Form rendering in the KERN design system, and the fields the public forms share.

Every public form of the portal mixes in `KernFormMixin`: fields render with KERN markup, hints
and errors are tied to their inputs (`aria-describedby`, `aria-invalid`), and an error summary
with links to the fields is shown above the form.
"""

from django import forms
from django.core.validators import RegexValidator
from django.forms.boundfield import BoundField
from django.forms.renderers import TemplatesSetting
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.models.site_settings import PortalSettings

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


PHONE_PATTERN = r"^\+?[0-9 ()/.\-]*[0-9][0-9 ()/.\-]*$"


def person_name_field(required_message, help_text=""):
    return forms.CharField(
        label=_("Your name"),
        max_length=150,
        help_text=help_text,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "required": required_message,
            "max_length": _("Please shorten your name to at most %(limit_value)d characters."),
        },
    )


def email_field(required_message, help_text=""):
    return forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=help_text,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": required_message,
            "invalid": _("Please enter a valid email address, e.g. name@example.org."),
            "max_length": _("Please enter an email address of at most %(limit_value)d characters."),
        },
    )


def phone_field(help_text):
    """An optional phone number: digits with the usual separators, nothing else."""
    return forms.CharField(
        label=_("Your phone number"),
        required=False,
        max_length=40,
        help_text=help_text,
        widget=forms.TelInput(attrs={"autocomplete": "tel"}),
        validators=[
            RegexValidator(
                PHONE_PATTERN, message=_("Please enter a phone number, e.g. 04321 123456.")
            )
        ],
        error_messages={
            "max_length": _(
                "Please shorten the phone number to at most %(limit_value)d characters."
            ),
        },
    )


HONEYPOT_FIELD = "website"


class HoneypotInput(forms.TextInput):
    """A text field that people never see or reach, so only bots fill it in.

    It counts as a hidden field (it renders with the form's hidden fields, outside the list of
    visible fields), but it is a text input inside a wrapper that is hidden from the screen and
    from screen readers, out of the tab order and without autofill.
    """

    template_name = "components/forms/honeypot.html"
    is_hidden = True

    def __init__(self, attrs=None):
        super().__init__(attrs={"tabindex": "-1", "autocomplete": "off", **(attrs or {})})


def honeypot_field():
    return forms.CharField(label=_("Website"), required=False, widget=HoneypotInput)


def honeypot_filled(form):
    """Whether a bot filled in the honeypot: then nothing is stored or sent, but the answer
    looks like success, so the bot learns nothing."""
    return bool(form.data.get(form.add_prefix(HONEYPOT_FIELD), "").strip())


def consent_field(required_message):
    """A checkbox whose label is a whole consent text (set `label_html` on the field); the
    short label "Consent" names it in the error summary."""
    return forms.BooleanField(
        label=_("Consent"),
        template_name="components/forms/consent_field.html",
        error_messages={"required": required_message},
    )


def consent_with_privacy_link(consent, privacy_url):
    """(plain text, HTML label) of a consent text followed by a link to the privacy policy.

    The plain text is what is stored as agreed to; the link opens in a new window so that the
    entries made so far stay.
    """
    if not privacy_url:
        return consent, consent
    privacy = gettext("privacy policy")
    more = gettext("More about this in our %(privacy_policy)s.")
    link = format_html(
        '<a class="kern-link" href="{}" target="_blank" rel="noopener">{}'
        '<span class="kern-sr-only"> ({})</span></a>',
        privacy_url,
        privacy,
        gettext("opens in a new window"),
    )
    before, _placeholder, after = more.partition("%(privacy_policy)s")
    plain = f"{consent} {more % {'privacy_policy': privacy}}"
    return plain, format_html("{} {}{}{}", consent, before, link, after)


def privacy_page_url(request):
    """The address of the live privacy policy in the visitor's language, or None."""
    page = PortalSettings.for_request(request).privacy_page
    if page is None or not page.live:
        return None
    return page.localized.get_url(request=request)
