"""The applicants' forms: one per request type (saved as drafts), the cost plan, and the forms
of the applicant's tasks (answering a change request, the usage report).

They check everything the database constraints would refuse, so that a person always gets a
message next to the field instead of an error page.
"""

import re
from decimal import Decimal

from django import forms
from django.db.models import Q
from django.forms import inlineformset_factory
from django.utils.formats import get_format
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.kern_forms import KernFormMixin
from home.models import Topic
from home.submissions import SubmissionTokenField
from workflows import permissions
from workflows.forms import MessageForm, UploadForm
from workflows.models import (
    Budget,
    CoachingRequest,
    CostItem,
    FundingApplication,
    HelpRequest,
)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class EuroField(forms.DecimalField):
    """An amount as people write it, with or without thousands separators: 1.250,50 and
    1250,50 (1,250.50 in English). Django accepts the separators only if every number on the
    site is shown with them, so they are removed here."""

    def to_python(self, value):
        if self.localize and isinstance(value, str):
            thousands = re.escape(get_format("THOUSAND_SEPARATOR"))
            decimal = re.escape(get_format("DECIMAL_SEPARATOR"))
            grouped = rf"\s*\d{{1,3}}({thousands}\d{{3}})+({decimal}\d*)?\s*"
            if re.fullmatch(grouped, value):
                value = value.replace(get_format("THOUSAND_SEPARATOR"), "")
        return super().to_python(value)


MONEY = {"min_value": Decimal("0"), "max_digits": 10, "decimal_places": 2, "localize": True}


class RequestForm(KernFormMixin, forms.ModelForm):
    """What all request forms share: the applicant organisation, chosen among the user's clubs,
    and the topic; and the token that makes a double click save once (home.submissions)."""

    submission_token = SubmissionTokenField()

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        clubs = permissions.represented_clubs(user).filter(locale=Locale.get_default())
        self.fields["club"].queryset = clubs.order_by("title")
        if clubs.count() == 1:
            # Nothing to choose; with several clubs the person picks one on purpose.
            self.fields["club"].empty_label = None
        if self.instance.pk and not self.instance.is_draft:
            # Submitted for this club and routed by its place: answering a change request
            # cannot move it to another club.
            self.fields["club"].disabled = True
        if "topic" in self.fields:
            self.fields["topic"].queryset = Topic.objects.filter(locale=Locale.get_default())
            self.fields["topic"].required = False


class FundingForm(RequestForm):
    class Meta:
        model = FundingApplication
        fields = [
            "club",
            "budget",
            "title",
            "topic",
            "measure_type",
            "purpose",
            "starts_on",
            "ends_on",
            "participants",
            "own_contribution",
            "requested_amount",
        ]
        widgets = {"starts_on": DATE, "ends_on": DATE, "purpose": forms.Textarea({"rows": 5})}
        localized_fields = ["own_contribution", "requested_amount"]
        field_classes = {"own_contribution": EuroField, "requested_amount": EuroField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        keys = self.fields["club"].queryset.values("translation_key")
        self.fields["budget"].queryset = (
            Budget.objects.filter(active=True)
            .filter(Q(network__isnull=True) | Q(network__member_clubs__translation_key__in=keys))
            .distinct()
            .order_by("-year", "name")
        )
        self.fields["requested_amount"].min_value = Decimal("0.01")

    def clean(self):
        cleaned = super().clean()
        club, budget = cleaned.get("club"), cleaned.get("budget")
        if club and budget and budget.network_id:
            members = budget.network.member_clubs.filter(translation_key=club.translation_key)
            if not members.exists():
                self.add_error(
                    "budget",
                    _("This budget belongs to a network that your club is not a member of."),
                )
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The end cannot be before the start."))
        requested = cleaned.get("requested_amount")
        if requested is not None and requested <= 0:
            self.add_error("requested_amount", _("Please enter an amount above 0."))
        own = cleaned.get("own_contribution")
        if own is not None and own < 0:
            self.add_error("own_contribution", _("The own contribution cannot be negative."))
        return cleaned


class CostItemForm(KernFormMixin, forms.ModelForm):
    class Meta:
        model = CostItem
        fields = ["description", "amount"]
        localized_fields = ["amount"]
        field_classes = {"amount": EuroField}

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount is not None and amount <= 0:
            raise forms.ValidationError(_("Please enter an amount above 0."))
        return amount


CostPlanFormSet = inlineformset_factory(
    FundingApplication,
    CostItem,
    form=CostItemForm,
    extra=2,
    can_delete=True,
    max_num=30,
    validate_max=True,
)


class CoachingForm(RequestForm):
    class Meta:
        model = CoachingRequest
        fields = [
            "club",
            "title",
            "topic",
            "format",
            "preferred_dates",
            "duration_minutes",
            "questions",
        ]
        widgets = {"questions": forms.Textarea({"rows": 5})}


class HelpForm(RequestForm):
    class Meta:
        model = HelpRequest
        fields = [
            "club",
            "title",
            "topic",
            "need",
            "helpers_needed",
            "equipment",
            "needed_on",
            "place",
            "question_area",
            "description",
        ]
        widgets = {"needed_on": DATE, "description": forms.Textarea({"rows": 5})}

    REQUIRED_BY_NEED = {
        HelpRequest.Need.HELPERS: ("helpers_needed", "needed_on", "place"),
        HelpRequest.Need.EQUIPMENT: ("equipment", "needed_on", "place"),
        HelpRequest.Need.QUESTION: ("question_area",),
    }

    def clean(self):
        cleaned = super().clean()
        need = cleaned.get("need")
        for name in self.REQUIRED_BY_NEED.get(need, ()):
            if cleaned.get(name) in (None, "", 0):
                self.add_error(
                    name,
                    _("Please fill in this field for '%(need)s'.")
                    % {"need": HelpRequest.Need(need).label},
                )
        return cleaned


FORMS = {"foerderantrag": FundingForm, "coaching": CoachingForm, "hilfe": HelpForm}
SLUGS = {"funding": "foerderantrag", "coaching": "coaching", "help": "hilfe"}


class KernMessageForm(KernFormMixin, MessageForm):
    submission_token = SubmissionTokenField()


class KernUploadForm(KernFormMixin, UploadForm):
    submission_token = SubmissionTokenField()


class AnswerChangesForm(KernFormMixin, forms.Form):
    message = forms.CharField(
        label=_("Your answer to the coordination"),
        required=False,
        max_length=5000,
        widget=forms.Textarea({"rows": 4}),
        help_text=_("Say briefly what you changed."),
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        files = [upload for upload in files if upload]
        if self.required and not files:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return [super(MultipleFileField, self).clean(upload, initial) for upload in files]


class UsageReportForm(KernFormMixin, forms.Form):
    actual_costs = EuroField(label=_("Actual costs (EUR)"), **MONEY)
    summary = forms.CharField(
        label=_("What took place"),
        max_length=3000,
        widget=forms.Textarea({"rows": 5}),
        help_text=_("Briefly: what took place, how many took part, what changed from the plan."),
    )
    receipts = MultipleFileField(
        label=_("Receipts"),
        required=False,
        help_text=_("PDF, JPEG or PNG, at most 10 MB each. You can choose several files."),
    )
