"""The forms of a club's support calls in "Mein Bereich": the call with its needs, and the
updates the club posts on it.

Built like the offer form (clubs/self_service/forms.py): plain fields with the models' labels
and limits, the story as plain text, every error naming the field and the fix.
"""

import re
from datetime import timedelta
from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.formats import get_format
from django.utils.translation import gettext_lazy as _

from clubs.self_service.forms import (
    MAX_LENGTH_MESSAGE,
    PARAGRAPHS_HELP,
    LogoField,
    _model_field,
    _municipality,
    _text_area,
)
from clubs.self_service.text import plain_text
from home.kern_forms import KernFormMixin
from home.submissions import SubmissionTokenField

from .models import MAX_NEED_QUANTITY, SupportCallPage, SupportCallUpdate, SupportNeed

SUBMIT = "submit"
MAX_NEEDS = 20
MAX_DAYS_AHEAD = 365
MAX_RUNNING_DAYS = 366
EXTRA_NEED_ROWS = 3
IBAN_PATTERN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
IBAN_LENGTHS = {"DE": 22, "AT": 20, "CH": 21, "LU": 20, "NL": 18, "BE": 16, "DK": 18, "PL": 28}
BIC_PATTERN = re.compile(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")
DATE_MESSAGE = _("Please enter a date in the form DD.MM.YYYY, e.g. 24.06.2027.")


def compact(value):
    """An IBAN or BIC as people type it (spaces, lower case) in its stored form."""
    return re.sub(r"[\s-]+", "", value or "").upper()


def iban_checksum_ok(iban):
    """The ISO 13616 check: the country and check digits moved to the end, letters as numbers
    (A=10 … Z=35), the whole number modulo 97 is 1."""
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(character, 36)) for character in rearranged)
    return int(digits) % 97 == 1


class EuroField(forms.DecimalField):
    """An amount in euros as people write it: 1500, 1.500, 1.500,50 (1,500.50 in English).
    Django reads "1.500" in German as 1,5 unless every number on the site shows thousands
    separators, so grouped numbers lose their separators first."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace("€", "").strip()
            thousands = re.escape(get_format("THOUSAND_SEPARATOR"))
            decimal = re.escape(get_format("DECIMAL_SEPARATOR"))
            if re.fullmatch(rf"\d{{1,3}}({thousands}\d{{3}})+({decimal}\d*)?", value):
                value = value.replace(get_format("THOUSAND_SEPARATOR"), "")
        return super().to_python(value)


class SupportCallForm(KernFormMixin, forms.Form):
    """A support call's own fields; its needs come in `NeedFormSet` and are checked together
    with the goal in `check_goal`."""

    field_order = [
        "title",
        "summary",
        "story",
        "image",
        "image_alt",
        "remove_image",
        "municipality",
        "starts_on",
        "ends_on",
        "goal_amount",
        "account_holder",
        "iban",
        "bic",
        "donation_url",
    ]
    page_fields = [
        "title",
        "summary",
        "municipality",
        "starts_on",
        "ends_on",
        "goal_amount",
        "account_holder",
        "iban",
        "bic",
        "donation_url",
    ]

    submission_token = SubmissionTokenField()
    title = forms.CharField(
        label=_("Title of the support call"),
        max_length=255,
        help_text=_("e.g. 'A new roof for our club house'."),
        error_messages={
            "required": _("Please give the support call a title."),
            "max_length": MAX_LENGTH_MESSAGE,
        },
    )
    image_alt = forms.CharField(
        label=_("Description of the image (alternative text)"),
        max_length=200,
        required=False,
        help_text=_(
            "For people who cannot see the image, e.g. 'The club house with its leaking roof'. "
            "Required when you upload an image."
        ),
        error_messages={"max_length": MAX_LENGTH_MESSAGE},
    )
    remove_image = forms.BooleanField(label=_("Remove the current image"), required=False)

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        model = SupportCallPage
        self.fields["summary"] = _text_area(
            model,
            "summary",
            rows=3,
            required_message=_("Please describe the project in one or two sentences."),
        )
        self.fields["story"] = _text_area(model, "story", rows=8, required=False)
        self.fields["story"].help_text = PARAGRAPHS_HELP
        self.fields["image"] = LogoField(label=_("Image"), required=False)
        self.fields["municipality"] = _municipality(_("Place"))
        required_messages = {
            "starts_on": _("Please enter the first day of the support call."),
            "ends_on": _("Please enter the last day of the support call."),
        }
        for name, required_message in required_messages.items():
            self.fields[name] = _model_field(
                model,
                name,
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                required_message=required_message,
            )
            self.fields[name].error_messages["invalid"] = DATE_MESSAGE
        self.fields["goal_amount"] = EuroField(
            label=model._meta.get_field("goal_amount").verbose_name,
            help_text=model._meta.get_field("goal_amount").help_text,
            required=False,
            localize=True,
            min_value=Decimal("1"),
            max_digits=9,
            decimal_places=2,
            error_messages={
                "invalid": _("Please enter the goal as an amount in euros, e.g. 1500."),
                "min_value": _("Please enter a goal of at least 1 euro, or leave it empty."),
                "max_digits": _("Please enter a goal below 10 million euros."),
                "max_whole_digits": _("Please enter a goal below 10 million euros."),
                "max_decimal_places": _("Please enter the goal with at most 2 decimal places."),
            },
        )
        self.fields["goal_amount"].widget.attrs["inputmode"] = "decimal"
        self.fields["account_holder"] = _model_field(model, "account_holder", required=False)
        # Longer than the stored forms: people type IBAN and BIC with spaces.
        self.fields["iban"] = forms.CharField(
            label=model._meta.get_field("iban").verbose_name,
            max_length=50,
            required=False,
            help_text=_("e.g. DE02 1203 0000 0000 2020 51; spaces are fine."),
            widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
            error_messages={"max_length": MAX_LENGTH_MESSAGE},
        )
        self.fields["bic"] = forms.CharField(
            label=model._meta.get_field("bic").verbose_name,
            max_length=20,
            required=False,
            help_text=_("Optional for German accounts."),
            widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
            error_messages={"max_length": MAX_LENGTH_MESSAGE},
        )
        self.fields["donation_url"] = _model_field(
            model, "donation_url", required=False, assume_scheme="https"
        )
        self.fields["donation_url"].error_messages["invalid"] = _(
            "Please enter the full address of the donation page, e.g. https://www.example.org."
        )
        if not self.page.image_id:
            del self.fields["remove_image"]
        self.order_fields(self.field_order)

    @classmethod
    def for_page(cls, page, data=None, files=None):
        initial = {name: getattr(page, name) for name in cls.page_fields}
        initial["story"] = plain_text(page.story)
        initial["image_alt"] = page.image_alt_text
        return cls(data, files, page=page, initial=initial)

    def submits(self):
        return self.data.get("action") == SUBMIT

    def clean_iban(self):
        iban = compact(self.cleaned_data["iban"])
        if not iban:
            return ""
        length = IBAN_LENGTHS.get(iban[:2])
        if not IBAN_PATTERN.fullmatch(iban) or (length and len(iban) != length):
            raise forms.ValidationError(
                _(
                    "This is not an IBAN. A German IBAN starts with DE and has 22 characters, "
                    "e.g. DE02 1203 0000 0000 2020 51."
                )
            )
        if not iban_checksum_ok(iban):
            raise forms.ValidationError(
                _(
                    "The check digits of this IBAN do not match. Please compare it with the bank "
                    "statement; a digit is probably wrong or missing."
                )
            )
        return iban

    def clean_bic(self):
        bic = compact(self.cleaned_data["bic"])
        if bic and not BIC_PATTERN.fullmatch(bic):
            raise forms.ValidationError(
                _("Please enter the BIC with 8 or 11 letters and digits, e.g. GENODEF1S10.")
            )
        return bic

    def clean_donation_url(self):
        url = self.cleaned_data["donation_url"]
        if url and not url.lower().startswith("https://"):
            raise forms.ValidationError(
                _("Please enter a secure address that starts with https://.")
            )
        return url

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("image") and not cleaned.get("image_alt", "").strip():
            self.add_error(
                "image_alt",
                _("Please describe the image in a few words for people who cannot see it."),
            )
        if cleaned.get("image") and cleaned.get("remove_image"):
            self.add_error(
                "remove_image", _("Either upload a new image or remove the current one, not both.")
            )
        self._check_period(cleaned.get("starts_on"), cleaned.get("ends_on"))
        self._check_ways_of_money(cleaned)
        return cleaned

    def _check_period(self, starts_on, ends_on):
        """A call runs at most a year and starts within a year; a call that has ended keeps
        its last day, so the club can still correct its texts."""
        today = timezone.localdate()
        if starts_on and starts_on > today + timedelta(days=MAX_DAYS_AHEAD):
            self.add_error(
                "starts_on", _("The first day can be at most a year from today; please change it.")
            )
        if not ends_on:
            return
        if ends_on < today and ends_on != self.initial.get("ends_on"):
            self.add_error(
                "ends_on", _("The last day is in the past. Please choose a day from today on.")
            )
        elif starts_on and ends_on < starts_on:
            self.add_error(
                "ends_on", _("The last day cannot be before the first day; please correct it.")
            )
        elif starts_on and (ends_on - starts_on).days >= MAX_RUNNING_DAYS:
            self.add_error(
                "ends_on",
                _("A support call runs at most %(days)s days; please choose an earlier last day.")
                % {"days": MAX_RUNNING_DAYS},
            )

    def _check_ways_of_money(self, cleaned):
        holder = cleaned.get("account_holder", "").strip()
        iban = cleaned.get("iban")
        if holder and not iban and "iban" not in self.errors:
            self.add_error("iban", _("Please enter the IBAN of the account as well."))
        if iban and not holder:
            self.add_error(
                "account_holder", _("Please enter who holds the account, e.g. the club's name.")
            )
        if cleaned.get("bic") and not iban and "iban" not in self.errors:
            self.add_error("iban", _("Please enter the IBAN that belongs to the BIC."))
        has_way = iban or cleaned.get("donation_url") or self._refused_way_of_money()
        if cleaned.get("goal_amount") and not has_way:
            self.add_error(
                "goal_amount",
                _(
                    "Please say how money reaches your club: enter the bank account (holder and "
                    "IBAN) or the address of an external donation page."
                ),
            )

    def _refused_way_of_money(self):
        """A way of money that was entered but refused has its own message already."""
        return any(name in self.errors for name in ("iban", "donation_url"))

    def check_goal(self, needs_formset):
        """A call asks for something: money, or at least one need. Called by the view once
        both are valid, so the message appears above the form."""
        if not self.cleaned_data.get("goal_amount") and not needs_formset.needs():
            self.add_error(
                None,
                _(
                    "Please say what the project needs: a goal in euros, or at least one line "
                    "of helpers or material."
                ),
            )
            return False
        return True


class NeedForm(KernFormMixin, forms.Form):
    """One line of helpers or material. An empty line is left out; a started one must be
    complete."""

    need_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[("", "---------"), *SupportNeed.Kind.choices],
        required=False,
        error_messages={
            "invalid_choice": _("Please choose helpers or material for this line."),
        },
    )
    label = forms.CharField(
        label=SupportNeed._meta.get_field("label").verbose_name,
        help_text=SupportNeed._meta.get_field("label").help_text,
        max_length=120,
        required=False,
        error_messages={"max_length": MAX_LENGTH_MESSAGE},
    )
    quantity = forms.IntegerField(
        label=SupportNeed._meta.get_field("quantity").verbose_name,
        min_value=1,
        max_value=MAX_NEED_QUANTITY,
        required=False,
        error_messages={
            "invalid": _("Please enter how many as a whole number, e.g. 5."),
            "min_value": _("Please enter at least 1."),
            "max_value": _("Please enter at most %(limit_value)s."),
        },
    )
    DELETE = forms.BooleanField(label=_("Remove this line"), required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("DELETE") or not self.is_started():
            return cleaned
        if not cleaned.get("kind") and "kind" not in self.errors:
            self.add_error("kind", _("Please choose helpers or material for this line."))
        if not cleaned.get("label", "").strip() and "label" not in self.errors:
            self.add_error("label", _("Please say what is needed, e.g. 'Bags of cement'."))
        if cleaned.get("quantity") is None and "quantity" not in self.errors:
            self.add_error("quantity", _("Please enter how many are needed, e.g. 5."))
        return cleaned

    def is_started(self):
        return any(
            str(self.data.get(self.add_prefix(name), "")).strip()
            for name in ("kind", "label", "quantity")
        )


class BaseNeedFormSet(forms.BaseFormSet):
    default_error_messages = {
        "too_many_forms": _("Please list at most %(num)d lines of helpers and material."),
        "missing_management_form": _(
            "The list of helpers and material was incomplete. Please enter it again."
        ),
    }

    def needs(self):
        """The lines to keep: (need_id or None, kind, label, quantity)."""
        return [
            (
                form.cleaned_data.get("need_id"),
                form.cleaned_data["kind"],
                form.cleaned_data["label"].strip(),
                form.cleaned_data["quantity"],
            )
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and form.is_started()
        ]

    @classmethod
    def for_page(cls, page, data=None):
        initial = [
            {"need_id": need.pk, "kind": need.kind, "label": need.label, "quantity": need.quantity}
            for need in page.needs.all()
        ]
        return cls(data, initial=initial, prefix="needs")


NeedFormSet = forms.formset_factory(
    NeedForm,
    formset=BaseNeedFormSet,
    extra=EXTRA_NEED_ROWS,
    max_num=MAX_NEEDS,
    validate_max=True,
    absolute_max=MAX_NEEDS,
)


class UpdateForm(KernFormMixin, forms.Form):
    """News on a live call, or the closing note once it has ended."""

    submission_token = SubmissionTokenField()
    text = forms.CharField(
        label=SupportCallUpdate._meta.get_field("text").verbose_name,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Please write the text of the update."),
            "max_length": MAX_LENGTH_MESSAGE,
        },
    )
