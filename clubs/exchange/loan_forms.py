"""The forms of a loan in "Mein Bereich": the request, a message in the thread, and the
owner's answer. Every form carries the token that stores a double click once."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clubs.exchange.loans import date_problems
from home.kern_forms import KernFormMixin
from home.submissions import SubmissionTokenField

MESSAGE_MAX_LENGTH = 3000
DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y"]


def _date_field(label, required_message, example):
    return forms.DateField(
        label=label,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": required_message,
            "invalid": _("Please enter the day as DD.MM.YYYY, e.g. %(example)s.")
            % {"example": example},
        },
    )


def _message_field(required, label=None, help_text=""):
    return forms.CharField(
        label=label or _("Message"),
        required=required,
        max_length=MESSAGE_MAX_LENGTH,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Please write a message to the other club."),
            "max_length": _("Please shorten the message to at most %(limit_value)d characters."),
        },
    )


class ClubChoiceField(forms.ModelChoiceField):
    """A club by its number; a number no database column holds is an invalid choice, not a
    database error."""

    def label_from_instance(self, obj):
        return obj.title

    def to_python(self, value):
        text = str(value).strip()
        if value not in self.empty_values and not (text.isdigit() and int(text) < 2**31):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class LoanRequestForm(KernFormMixin, forms.Form):
    """A club asks for an item. `clubs`: the clubs the user may ask for (never the owner);
    with only one, the choice is not shown."""

    submission_token = SubmissionTokenField()
    borrower = ClubChoiceField(
        label=_("Which club asks?"),
        queryset=None,
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose the club that asks."),
            "invalid_choice": _("Please choose one of the clubs you represent."),
        },
    )
    starts_on = _date_field(
        _("From"), _("Please enter the first day you need the item."), "01.06.2027"
    )
    ends_on = _date_field(
        _("Until"), _("Please enter the last day you need the item."), "03.06.2027"
    )
    text = _message_field(
        required=True,
        help_text=_("What you need it for, and how you would pick it up and bring it back."),
    )

    def __init__(self, *args, item, clubs, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.item = item
        self.today = today or timezone.localdate()
        self.fields["borrower"].queryset = clubs
        only = list(clubs[:2])
        if len(only) == 1:
            self.fields["borrower"].initial = only[0].pk
            self.fields["borrower"].widget = forms.HiddenInput()

    def clean(self):
        cleaned_data = super().clean()
        starts_on, ends_on = cleaned_data.get("starts_on"), cleaned_data.get("ends_on")
        if starts_on and ends_on:
            for field, message in date_problems(self.item, starts_on, ends_on, self.today):
                self.add_error(field, message)
        return cleaned_data


class LoanMessageForm(KernFormMixin, forms.Form):
    submission_token = SubmissionTokenField()
    text = _message_field(required=True, label=_("Your message"))


class LoanAnswerForm(KernFormMixin, forms.Form):
    """The owner's answer to a request, with an optional message."""

    ACCEPT, DECLINE = "accept", "decline"

    submission_token = SubmissionTokenField()
    decision = forms.ChoiceField(
        label=_("Your answer"),
        choices=[(ACCEPT, _("Accept the request")), (DECLINE, _("Decline the request"))],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose whether you accept or decline the request."),
            "invalid_choice": _("Please choose whether you accept or decline the request."),
        },
    )
    text = _message_field(
        required=False,
        label=_("Message to the asking club"),
        help_text=_("E.g. where and when the item can be picked up."),
    )
