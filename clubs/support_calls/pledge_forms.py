"""The pledge form: money (an amount), time (a helper role) or material (an item and how many),
with name, email, an optional message and consent, no account.

Amounts are typed the German way ("25,50", "1.000") or the English way ("25.50"). The form
offers only the needs that are still open; `pledges.pledge()` checks again under the row lock,
since somebody else may have pledged the last units in the meantime. Like the other public
forms it has a honeypot, rate limits per email and per IP address and a submission token, so
a double click stores and mails once (home.submissions).
"""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from clubs.support_calls.models import MAX_NEED_QUANTITY, Pledge, SupportNeed
from home.kern_forms import (
    KernFormMixin,
    consent_field,
    consent_with_privacy_link,
    email_field,
    honeypot_field,
    honeypot_filled,
    person_name_field,
)
from home.ratelimit import RateLimit
from home.submissions import SubmissionTokenField

EMAIL_RATE_LIMIT = RateLimit("pledge-email", limit=5, window=60 * 60)
# Per email is the limit that matters; a village's neighbours share one public address after a
# club evening, so per IP only stops floods.
IP_RATE_LIMIT = RateLimit("pledge-ip", limit=60, window=60 * 60)
MIN_AMOUNT = Decimal("1")
MAX_AMOUNT = Decimal("100000")
MESSAGE_MAX_LENGTH = 1000

# "25", "25,5", "25,50", "1.000", "1.000,50", "25.50" (and a trailing "€" or ",-").
GERMAN_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+(,\d{1,2})?", re.ASCII)
DECIMAL_COMMA = re.compile(r"\d+(,\d{1,2})?", re.ASCII)
DECIMAL_POINT = re.compile(r"\d+(\.\d{1,2})?", re.ASCII)


def parse_amount(text):
    """The amount in `text` as a Decimal, or None when it is not an amount of euros and cents."""
    text = re.sub(r"\s|€|EUR", "", str(text), flags=re.IGNORECASE).removesuffix(",-")
    if GERMAN_THOUSANDS.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    elif DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    elif not DECIMAL_POINT.fullmatch(text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def euros(amount):
    return f"{number_format(amount, 2, use_l10n=True, force_grouping=True)} €"


def _need_choice(progress_of_need):
    need = progress_of_need.need
    return (
        str(need.pk),
        gettext("%(need)s (%(open)d of %(quantity)d open)")
        % {"need": need.label, "open": progress_of_need.open, "quantity": need.quantity},
    )


class PledgeForm(KernFormMixin, forms.Form):
    kind = forms.ChoiceField(
        label=_("What would you like to give?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose whether you give money, time or material."),
            "invalid_choice": _("Please choose one of the kinds of support this project asks for."),
        },
    )
    amount = forms.CharField(
        label=_("Amount in euros (for money)"),
        required=False,
        max_length=20,
        help_text=_(
            "For example 25 or 25,50. You transfer it yourself; the portal takes no money."
        ),
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        error_messages={"max_length": _("Please enter an amount such as 25 or 25,50.")},
    )
    role = forms.ChoiceField(
        label=_("Which task (for time)"),
        required=False,
        error_messages={"invalid_choice": _("Please choose one of the tasks in the list.")},
    )
    material = forms.ChoiceField(
        label=_("Which material (for material)"),
        required=False,
        error_messages={"invalid_choice": _("Please choose one of the materials in the list.")},
    )
    quantity = forms.IntegerField(
        label=_("How many"),
        required=False,
        min_value=1,
        max_value=MAX_NEED_QUANTITY,
        initial=1,
        help_text=_("For time: how many people come. For material: how many pieces you give."),
        error_messages={
            "invalid": _("Please enter a whole number, e.g. 2."),
            "min_value": _("Please enter at least 1."),
            "max_value": _("Please enter at most %(limit_value)s."),
        },
    )
    name = person_name_field(_("Please enter your name so that the club knows who pledges."))
    email = email_field(
        _("Please enter your email address so that we can confirm your pledge."),
        help_text=_("We send the confirmation and the link to cancel to this address."),
    )
    message = forms.CharField(
        label=_("Message to the club (optional)"),
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": _(
                "Please shorten your message to at most %(limit_value)d characters; "
                "it has %(show_value)d."
            ),
        },
    )
    consent = consent_field(
        _(
            "Please agree that we pass your details on to the club; otherwise we cannot store "
            "your pledge."
        )
    )
    website = honeypot_field()
    submission_token = SubmissionTokenField()

    # The labels say which fields belong to which kind; "optional" on each would mislead.
    mark_optional_fields = False
    rate_limited_message = _(
        "You have pledged several times in a short time. Please try again in an hour."
    )

    def __init__(self, *args, call, needs, club_title, privacy_url=None, **kwargs):
        """`call`: the call in the default language; `needs`: its NeedProgress list."""
        super().__init__(*args, **kwargs)
        self.call = call
        helpers = [n for n in needs if n.need.kind == SupportNeed.Kind.HELPERS and n.open > 0]
        materials = [n for n in needs if n.need.kind == SupportNeed.Kind.MATERIAL and n.open > 0]
        self.needs = {str(n.need.pk): n.need for n in helpers + materials}
        kinds = []
        if call.goal_amount:
            kinds.append((Pledge.Kind.MONEY, _("Money")))
        if helpers:
            kinds.append((Pledge.Kind.TIME, _("Time: I help")))
        if materials:
            kinds.append((Pledge.Kind.MATERIAL, _("Material")))
        self.fields["kind"].choices = kinds
        if len(kinds) == 1:
            self.fields["kind"].initial = kinds[0][0]
        choose = [("", gettext("Please choose"))]
        self.fields["role"].choices = choose + [_need_choice(n) for n in helpers]
        self.fields["material"].choices = choose + [_need_choice(n) for n in materials]
        if not helpers:
            del self.fields["role"]
        if not materials:
            del self.fields["material"]
        if not call.goal_amount:
            del self.fields["amount"]
        if not (helpers or materials):
            del self.fields["quantity"]
        consent = gettext(
            "I agree that my details are passed on to %(club)s for this support call and that "
            "they are deleted %(days)s days after the call has ended at the latest."
        ) % {"club": club_title, "days": settings.PLEDGE_RETENTION_DAYS}
        consent, label_html = consent_with_privacy_link(consent, privacy_url)
        self.consent_text = consent  # stored with the pledge: the exact words agreed to
        self.fields["consent"].label_html = label_html

    @property
    def offers_anything(self):
        return bool(self.fields["kind"].choices)

    def clean_name(self):
        # One line: no line breaks that could end up in a mail header or the export.
        return " ".join(self.cleaned_data["name"].split())

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean_amount(self):
        text = self.cleaned_data.get("amount", "").strip()
        if not text:
            return None
        amount = parse_amount(text)
        if amount is None:
            raise forms.ValidationError(
                _("Please enter an amount in euros, such as 25 or 25,50."), code="invalid"
            )
        if amount < MIN_AMOUNT:
            raise forms.ValidationError(
                _("Please pledge at least %(amount)s.") % {"amount": euros(MIN_AMOUNT)},
                code="min_value",
            )
        if amount > MAX_AMOUNT:
            raise forms.ValidationError(
                _("Please pledge at most %(amount)s here; for more, please write to the club.")
                % {"amount": euros(MAX_AMOUNT)},
                code="max_value",
            )
        return amount

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        data["need"] = None
        if kind == Pledge.Kind.MONEY:
            if "amount" not in self.errors and data.get("amount") is None:
                self.add_error("amount", _("Please enter the amount you want to give."))
        elif kind in (Pledge.Kind.TIME, Pledge.Kind.MATERIAL):
            field = "role" if kind == Pledge.Kind.TIME else "material"
            if field not in self.errors and not data.get(field):
                message = (
                    _("Please choose the task you would like to help with.")
                    if kind == Pledge.Kind.TIME
                    else _("Please choose the material you would like to give.")
                )
                self.add_error(field, message)
            data["need"] = self.needs.get(data.get(field) or "")
            if "quantity" not in self.errors and data.get("quantity") is None:
                data["quantity"] = 1
        return data

    @property
    def honeypot_filled(self):
        return honeypot_filled(self)


SELECT = {"class": "kern-form-input__select"}


class PledgeFilterForm(forms.Form):
    """The club's filters of its call's pledges (GET, German parameter names); a value that is
    not in the lists counts as no filter."""

    OPEN, RECEIVED, CANCELLED = "offen", "erhalten", "storniert"

    art = forms.ChoiceField(label=_("Kind"), required=False, widget=forms.Select(attrs=SELECT))
    status = forms.ChoiceField(label=_("Status"), required=False, widget=forms.Select(attrs=SELECT))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["art"].choices = [("", _("All kinds")), *Pledge.Kind.choices]
        self.fields["status"].choices = [
            ("", _("All states")),
            (self.OPEN, _("pledged, not yet received")),
            (self.RECEIVED, _("received")),
            (self.CANCELLED, _("cancelled")),
        ]

    def apply(self, pledges):
        if not self.is_valid():
            return pledges
        if kind := self.cleaned_data["art"]:
            pledges = pledges.filter(kind=kind)
        state = self.cleaned_data["status"]
        if state == self.OPEN:
            pledges = pledges.active().filter(received_at__isnull=True)
        elif state == self.RECEIVED:
            pledges = pledges.active().filter(received_at__isnull=False)
        elif state == self.CANCELLED:
            pledges = pledges.filter(cancelled_at__isnull=False)
        return pledges

    @property
    def is_filtered(self):
        return self.is_valid() and any(self.cleaned_data.values())
