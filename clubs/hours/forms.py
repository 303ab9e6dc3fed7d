"""The forms of hours and certificates: who came to a shift, hours recorded by address, a
certificate to create, a code to verify and a reason to revoke."""

from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clubs.hours.models import MAX_HOURS_PER_RECORD, HoursRecord
from home.kern_forms import KernFormMixin
from home.submissions import SubmissionTokenField

MIN_HOURS = Decimal("0.25")
MAX_HOURS_PER_SHIFT = Decimal(24)
ALL_YEARS = ""


def _hours_field(label, maximum):
    return forms.DecimalField(
        label=label,
        min_value=MIN_HOURS,
        max_value=maximum,
        max_digits=6,
        decimal_places=2,
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 6}),
        error_messages={
            "required": _("Please enter the hours, e.g. 3 or 2,5."),
            "invalid": _("Please enter the hours as a number, e.g. 3 or 2,5."),
            "min_value": _("Please enter at least %(limit_value)s hours (a quarter of an hour)."),
            "max_value": _("Please enter at most %(limit_value)s hours."),
            "max_digits": _("Please enter the hours as a number, e.g. 3 or 2,5."),
            "max_decimal_places": _("Please enter the hours with at most two decimal places."),
            "max_whole_digits": _("Please enter at most %(limit_value)s hours."),
        },
    )


class AttendanceForm(KernFormMixin, forms.Form):
    """One checkbox "was there" and the hours for each active sign-up of the shift; who was
    not there is unticked, their hours are not needed."""

    submission_token = SubmissionTokenField()

    def __init__(self, *args, signups, initial_hours, **kwargs):
        super().__init__(*args, **kwargs)
        self.signups = signups
        self.rows = []
        for signup in signups:
            came, hours = initial_hours[signup.pk]
            came_field = forms.BooleanField(label=_("was there"), required=False, initial=came)
            hours_field = _hours_field(_("Hours"), MAX_HOURS_PER_SHIFT)
            hours_field.required = False
            hours_field.initial = hours
            self.fields[f"came_{signup.pk}"] = came_field
            self.fields[f"hours_{signup.pk}"] = hours_field

    def row_fields(self):
        """(sign-up, "was there" field, hours field) per helper, for the template."""
        return [
            (signup, self[f"came_{signup.pk}"], self[f"hours_{signup.pk}"])
            for signup in self.signups
        ]

    def clean(self):
        cleaned = super().clean()
        for signup in self.signups:
            hours_name = f"hours_{signup.pk}"
            if not cleaned.get(f"came_{signup.pk}"):
                # Who did not come needs no hours: whatever the field holds is ignored.
                self._errors.pop(hours_name, None)
                continue
            if cleaned.get(hours_name) is None and hours_name not in self.errors:
                self.add_error(
                    hours_name,
                    _("Please enter the hours of %(name)s, or untick them if they did not come.")
                    % {"name": signup.name},
                )
        return cleaned

    def hours_by_signup(self):
        return {
            signup.pk: self.cleaned_data[f"hours_{signup.pk}"]
            for signup in self.signups
            if self.cleaned_data.get(f"came_{signup.pk}")
        }


class HoursRecordForm(KernFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=150,
        error_messages={
            "required": _("Please enter the volunteer's name."),
            "max_length": _("Please shorten the name to at most %(limit_value)d characters."),
        },
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We send the volunteer a link to confirm the hours; only then do they count."),
        error_messages={
            "required": _("Please enter the volunteer's email address."),
            "invalid": _("Please enter a valid email address, e.g. name@example.org."),
        },
    )
    activity = forms.CharField(
        label=_("Activity"),
        max_length=HoursRecord._meta.get_field("activity").max_length,
        help_text=_("e.g. 'Youth training'."),
        error_messages={
            "required": _("Please say what the volunteer did."),
            "max_length": _("Please shorten the activity to at most %(limit_value)d characters."),
        },
    )
    starts_on = forms.DateField(
        label=_("Period from"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d.%m.%Y"],
        error_messages={
            "required": _("Please enter when the period starts."),
            "invalid": _("Please enter the start as DD.MM.YYYY, e.g. 01.01.2026."),
        },
    )
    ends_on = forms.DateField(
        label=_("Period until"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d.%m.%Y"],
        error_messages={
            "required": _("Please enter when the period ends."),
            "invalid": _("Please enter the end as DD.MM.YYYY, e.g. 31.03.2026."),
        },
    )
    hours = _hours_field(_("Hours"), MAX_HOURS_PER_RECORD)
    submission_token = SubmissionTokenField()

    rate_limited_message = _(
        "Your club has recorded many hours in the last hour. Please try again in an hour."
    )

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_activity(self):
        return " ".join(self.cleaned_data["activity"].split())

    def clean_starts_on(self):
        return self._not_future(self.cleaned_data["starts_on"])

    def clean_ends_on(self):
        return self._not_future(self.cleaned_data["ends_on"])

    def _not_future(self, date):
        if date > self.today:
            raise forms.ValidationError(
                _(
                    "Hours can only be recorded once they are done; please enter today or an "
                    "earlier day."
                )
            )
        return date

    def clean(self):
        cleaned = super().clean()
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error(
                "ends_on", _("The period cannot end before it starts; please check the dates.")
            )
        return cleaned


class YearFilterForm(forms.Form):
    year = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All years"))] + [(y, y) for y in years]
        self.fields["year"].label = _("Year")


class CertificateForm(KernFormMixin, forms.Form):
    year = forms.TypedChoiceField(
        label=_("Year"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": _("Please choose a year from the list.")},
    )
    name = forms.ChoiceField(
        label=_("Name on the certificate"),
        help_text=_("As the clubs confirmed it."),
        error_messages={
            "required": _("Please choose the name to print on the certificate."),
            "invalid_choice": _("Please choose one of the names the clubs confirmed."),
        },
    )
    submission_token = SubmissionTokenField()

    def __init__(self, *args, years, names, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(ALL_YEARS, _("all"))] + [(y, y) for y in years]
        self.fields["name"].choices = [(name, name) for name in names]


class VerifyForm(KernFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Enter the code"),
        max_length=40,
        help_text=_("The code is printed next to the QR code, e.g. ABCD-EFGH-JKMN."),
        error_messages={
            "required": _("Please enter the code from the certificate."),
            "max_length": _("Please enter the code from the certificate, e.g. ABCD-EFGH-JKMN."),
        },
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the public verification page."),
        error_messages={"required": _("Please give the reason for revoking.")},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Please give the reason for revoking."))
        return reason
