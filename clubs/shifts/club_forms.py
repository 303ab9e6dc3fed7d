"""The forms a club uses for its shifts in "Mein Bereich": a shift, a cancellation with a
message, and a message to the helpers."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clubs.shifts.models import MAX_HELPERS_PER_SHIFT, Shift
from home.kern_forms import KernFormMixin
from home.submissions import SubmissionTokenField

MESSAGE_SUBJECT_MAX_LENGTH = 150
MESSAGE_TEXT_MAX_LENGTH = 3000


class ShiftForm(KernFormMixin, forms.ModelForm):
    """A shift of an offer. `taken` is the number of active sign-ups (0 for a new shift): the
    helpers needed may not drop below it, nobody is turned out of a shift by a number."""

    submission_token = SubmissionTokenField()  # a double click adds the shift once

    class Meta:
        model = Shift
        fields = ["date", "starts_at", "ends_at", "helpers_needed", "task", "place_note"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "starts_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "ends_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "helpers_needed": forms.NumberInput(attrs={"min": 1, "max": MAX_HELPERS_PER_SHIFT}),
        }
        error_messages = {
            "date": {
                "required": _("Please enter the date of the shift."),
                "invalid": _("Please enter the date of the shift as DD.MM.YYYY, e.g. 21.06.2027."),
            },
            "starts_at": {
                "required": _("Please enter when the shift starts."),
                "invalid": _("Please enter the start of the shift as a time, e.g. 14:00."),
            },
            "ends_at": {
                "required": _("Please enter when the shift ends."),
                "invalid": _("Please enter the end of the shift as a time, e.g. 17:30."),
            },
            "helpers_needed": {
                "required": _("Please enter how many helpers the shift needs."),
                "invalid": _("Please enter the number of helpers as a whole number, e.g. 4."),
                "min_value": _("A shift needs at least one helper; please enter 1 or more."),
                "max_value": _(
                    "Please enter at most %(limit_value)s helpers; split a bigger shift in two."
                ),
            },
            "task": {
                "max_length": _("Please shorten the task to at most %(limit_value)d characters."),
            },
            "place_note": {
                "max_length": _("Please shorten the place to at most %(limit_value)d characters."),
            },
        }

    def __init__(self, *args, taken=0, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.taken = taken
        self.today = today or timezone.localdate()
        self.fields["helpers_needed"].min_value = 1
        self.fields["date"].input_formats = ["%Y-%m-%d", "%d.%m.%Y"]

    def clean_date(self):
        date = self.cleaned_data["date"]
        unchanged = self.instance.pk and self.instance.date == date
        if date < self.today and not unchanged:
            raise forms.ValidationError(
                _("The date of the shift lies in the past; please choose today or a later day.")
            )
        return date

    def clean_helpers_needed(self):
        needed = self.cleaned_data["helpers_needed"]
        if needed < self.taken:
            raise forms.ValidationError(
                _(
                    "%(taken)d helpers are already signed up; please enter at least "
                    "%(taken)d or cancel sign-ups first."
                )
                % {"taken": self.taken}
            )
        return needed

    def clean(self):
        cleaned = super().clean()
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error(
                "ends_at",
                _("The shift must end after it starts; please enter a later time under 'To'."),
            )
        return cleaned

    def validate_constraints(self, exclude=None):
        """The model's check constraints say the same as clean(); their message is not
        repeated."""


class ConfirmForm(KernFormMixin, forms.Form):
    """A confirmation button that a double click sends once."""

    submission_token = SubmissionTokenField()


class CancelSignupForm(KernFormMixin, forms.Form):
    message = forms.CharField(
        label=_("Message to the person"),
        required=False,
        max_length=MESSAGE_TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("We send it with the cancellation, e.g. why the place is no longer needed."),
        error_messages={
            "max_length": _(
                "Please shorten the message to at most %(limit_value)d characters; "
                "it has %(show_value)d."
            ),
        },
    )


class HelperMessageForm(KernFormMixin, forms.Form):
    subject = forms.CharField(
        label=_("Subject"),
        max_length=MESSAGE_SUBJECT_MAX_LENGTH,
        error_messages={
            "required": _("Please enter a subject."),
            "max_length": _("Please shorten the subject to at most %(limit_value)d characters."),
        },
    )
    text = forms.CharField(
        label=_("Message"),
        max_length=MESSAGE_TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Please write the message to the helpers."),
            "max_length": _(
                "Please shorten the message to at most %(limit_value)d characters; "
                "it has %(show_value)d."
            ),
        },
    )
    submission_token = SubmissionTokenField()

    rate_limited_message = _(
        "Your club has sent many messages in the last hour. Please try again in an hour."
    )

    def clean_subject(self):
        # One line: a line break must never end up in a mail header.
        return " ".join(self.cleaned_data["subject"].split())
