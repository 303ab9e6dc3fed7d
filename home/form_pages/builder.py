"""The parts of Wagtail's form builder that FormPage (home.form_pages.models) changes: the
class of the built forms, the fields' limits, and the CSV export of the submissions.

Imported only when a form is built or listed: it needs the models and the admin views.
"""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.views import SubmissionsListView

from home.exports import spreadsheet_value
from home.kern_forms import (
    HONEYPOT_FIELD,
    KernFormMixin,
    consent_field,
    consent_with_privacy_link,
    honeypot_field,
    honeypot_filled,
)
from home.submissions import TOKEN_FIELD, SubmissionTokenField

CONSENT_FIELD = "consent"
# Names of the form's own fields and of the extra columns of the submissions list: a field
# that staff add must not take one of them.
RESERVED_FIELD_NAMES = {
    CONSENT_FIELD,
    HONEYPOT_FIELD,
    TOKEN_FIELD,
    "submit_time",
    "consent_text",
    "language",
}

SINGLE_LINE_MAX_LENGTH = 255
MULTI_LINE_MAX_LENGTH = 5000
URL_MAX_LENGTH = 2000
NUMBER_MAX_DIGITS = 15


class FormPageForm(KernFormMixin, BaseForm):
    """The base of every built form: KERN markup, then the consent checkbox, the honeypot and
    the submission token (home.submissions) after the fields that staff defined."""

    rate_limited_message = _(
        "You have sent this form several times in a short time. Please try again in an hour."
    )

    def __init__(self, *args, consent=None, privacy_url=None, **kwargs):
        super().__init__(*args, **kwargs)
        consent = consent or gettext(
            "I agree that my entries are stored and evaluated for the purpose of this form."
        )
        consent, label_html = consent_with_privacy_link(consent, privacy_url)
        # Stored with the submission: the exact wording agreed to, as plain text.
        self.consent_text = consent
        self.fields[CONSENT_FIELD] = consent_field(
            _("Please agree to the storage of your entries; otherwise we cannot accept them.")
        )
        self.fields[CONSENT_FIELD].label_html = label_html
        self.fields[HONEYPOT_FIELD] = honeypot_field()
        self.fields[TOKEN_FIELD] = SubmissionTokenField()

    @property
    def honeypot_filled(self):
        return honeypot_filled(self)

    def submitted_data(self):
        """The answers to the fields that staff defined, without the portal's own fields."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in (CONSENT_FIELD, HONEYPOT_FIELD, TOKEN_FIELD)
        }


class KernFormBuilder(FormBuilder):
    """Wagtail's form builder with length limits on every field, so no input is too large to
    store, and the browser's own date pickers."""

    def create_singleline_field(self, field, options):
        return forms.CharField(max_length=SINGLE_LINE_MAX_LENGTH, **options)

    def create_multiline_field(self, field, options):
        return forms.CharField(
            max_length=MULTI_LINE_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 5}), **options
        )

    def create_email_field(self, field, options):
        return forms.EmailField(max_length=254, **options)

    def create_url_field(self, field, options):
        return forms.URLField(max_length=URL_MAX_LENGTH, assume_scheme="https", **options)

    def create_number_field(self, field, options):
        return forms.DecimalField(max_digits=NUMBER_MAX_DIGITS, **options)

    def create_date_field(self, field, options):
        widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        return forms.DateField(widget=widget, **options)

    def create_datetime_field(self, field, options):
        widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
        return forms.DateTimeField(widget=widget, **options)

    def create_dropdown_field(self, field, options):
        """With an empty first choice: a required drop-down must really be answered."""
        choices = self.get_formatted_field_choices(field)
        return forms.ChoiceField(choices=[("", gettext("Please choose")), *choices], **options)

    def create_hidden_field(self, field, options):
        return forms.CharField(
            max_length=SINGLE_LINE_MAX_LENGTH, widget=forms.HiddenInput, **options
        )

    def get_form_class(self):
        return type("FormPageForm", (FormPageForm,), self.formfields)


class CsvSafeSubmissionsListView(SubmissionsListView):
    """Wagtail's submissions list and export; CSV cells that a spreadsheet would run as a
    formula (=, +, -, @, tab, carriage return first) get a leading apostrophe. Plain numbers
    such as -5 stay as they are. XLSX cells are text already and lose control characters."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_value(value, export_format)
