"""The decision forms of the staff's tasks, one per task of the flows (each node of
workflows.flows names its form).

Each form validates what it can see itself and hands the decision to workflows.actions, which
checks the permission and refuses what the flow does not allow (ActionRefusedError).
"""

from decimal import Decimal

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from clubs.models import ClubPage, Expert
from workflows import actions
from workflows.models import Decision, HelpRequest

MONEY = {"max_digits": 10, "decimal_places": 2, "min_value": Decimal("0"), "localize": True}


def message_field(label, required=False):
    return forms.CharField(
        label=label, required=required, max_length=5000, widget=forms.Textarea({"rows": 4})
    )


class TaskForm(forms.Form):
    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def require(self, name, message):
        """A field that only some decisions need: the error names the field, before the action
        would refuse the whole decision."""
        value = self.cleaned_data.get(name)
        empty = value is None or (isinstance(value, str) and not value.strip())
        if empty and name not in self.errors:
            self.add_error(name, message)


class ReviewForm(TaskForm):
    decision = forms.ChoiceField(
        label=_("Decision"),
        widget=forms.RadioSelect,
        choices=[
            (Decision.APPROVE, _("Approve the requested amount")),
            (Decision.APPROVE_LOWER, _("Approve a lower amount")),
            (Decision.CHANGES, _("Ask for changes")),
            (Decision.REJECT, _("Reject")),
        ],
    )
    amount = forms.DecimalField(
        label=_("Lower amount (EUR)"),
        required=False,
        help_text=_("Only for approving a lower amount."),
        **MONEY,
    )
    message = message_field(_("Message to the applicant (required for changes and rejections)"))

    def clean(self):
        cleaned = super().clean()
        decision = cleaned.get("decision")
        if decision == Decision.APPROVE_LOWER and cleaned.get("amount") is None:
            self.add_error("amount", _("Please enter the amount you approve."))
        if decision == Decision.REJECT:
            self.require("message", _("Please give the reasons for the rejection."))
        if decision == Decision.CHANGES:
            self.require("message", _("Please say what should be changed."))
        return cleaned

    def perform(self, user, task):
        data = self.cleaned_data
        return actions.review_funding(
            user, task, data["decision"], amount=data.get("amount"), message=data["message"]
        )


class SecondApprovalForm(TaskForm):
    decision = forms.ChoiceField(
        label=_("Decision"),
        widget=forms.RadioSelect,
        choices=[(Decision.APPROVE, _("Approve")), (Decision.REJECT, _("Reject"))],
    )
    message = message_field(_("Message to the applicant (required for a rejection)"))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == Decision.REJECT:
            self.require("message", _("Please give the reasons for the rejection."))
        return cleaned

    def perform(self, user, task):
        approve = self.cleaned_data["decision"] == Decision.APPROVE
        return actions.second_approval(user, task, approve, self.cleaned_data["message"])


class CheckReportForm(TaskForm):
    paid_amount = forms.DecimalField(label=_("Amount to pay out (EUR)"), **MONEY)
    message = message_field(_("Message to the applicant"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        report = getattr(self.request, "usage_report", None)
        if report is not None:
            self.fields["paid_amount"].initial = min(
                self.request.approved_amount, report.actual_costs
            )

    def perform(self, user, task):
        data = self.cleaned_data
        return actions.check_report(user, task, data["paid_amount"], data["message"])


class CoachingTriageForm(TaskForm):
    expert = forms.ModelChoiceField(
        label=_("Expert"),
        queryset=Expert.objects.none(),
        required=False,
        empty_label=_("Nobody: decline the request"),
        help_text=_("Only experts with an account who advise on the topic in this region."),
    )
    message = message_field(_("Note for the expert, or the reasons for declining"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expert"].queryset = actions.suitable_experts(self.request)

    def clean(self):
        cleaned = super().clean()
        if "expert" not in self.errors and cleaned.get("expert") is None:
            self.require("message", _("Please choose an expert or give the reasons for declining."))
        return cleaned

    def perform(self, user, task):
        data = self.cleaned_data
        return actions.triage_coaching(user, task, expert=data["expert"], message=data["message"])


class RespondForm(TaskForm):
    decision = forms.ChoiceField(
        label=_("Your answer"),
        widget=forms.RadioSelect,
        choices=[
            (Decision.ACCEPT, _("I take on the coaching")),
            (Decision.DECLINE, _("I cannot take it on")),
        ],
    )
    reason = message_field(_("Why not? (only the coordination reads this)"))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == Decision.DECLINE:
            self.require("reason", _("Please say briefly why you decline."))
        return cleaned

    def perform(self, user, task):
        data = self.cleaned_data
        return actions.respond_coaching(
            user, task, data["decision"] == Decision.ACCEPT, data["reason"]
        )


class ScheduleForm(TaskForm):
    appointment = forms.DateTimeField(
        label=_("Appointment"),
        widget=forms.DateTimeInput({"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M"],
    )

    def perform(self, user, task):
        return actions.schedule_coaching(user, task, self.cleaned_data["appointment"])


class ConcludeForm(TaskForm):
    feedback = message_field(_("Short feedback: what was discussed, what comes next"), True)

    def perform(self, user, task):
        return actions.conclude_coaching(user, task, self.cleaned_data["feedback"])


class HelpTriageForm(TaskForm):
    outcome = forms.ChoiceField(
        label=_("How is the request handled?"),
        widget=forms.RadioSelect,
        choices=[
            (HelpRequest.Outcome.ANSWERED, _("Answer it directly")),
            (HelpRequest.Outcome.FORWARDED, _("Forward it to an expert")),
            (HelpRequest.Outcome.OPPORTUNITY, _("Create a draft opportunity on the club's page")),
            (HelpRequest.Outcome.REFERRED, _("Refer it to a club that can help")),
        ],
    )
    answer = message_field(_("Answer, or a note for the expert"))
    expert = forms.ModelChoiceField(
        label=_("Expert"), queryset=Expert.objects.none(), required=False
    )
    club = forms.ModelChoiceField(
        label=_("Club that can help"), queryset=ClubPage.objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expert"].queryset = Expert.objects.filter(
            regions=self.request.region_id, user__is_active=True
        ).distinct()
        # Clubs that say what they can offer other clubs: topics or equipment, know-how.
        offering = ClubPage.objects.filter(
            Q(competencies__isnull=False) | ~Q(competencies_note="")
        ).values("pk")
        self.fields["club"].queryset = (
            ClubPage.objects.live()
            .filter(locale_id=self.request.club.locale_id, pk__in=offering)
            .exclude(translation_key=self.request.club.translation_key)
            .order_by("title")
        )

    def clean(self):
        cleaned = super().clean()
        outcome = cleaned.get("outcome")
        outcomes = HelpRequest.Outcome
        if outcome in (outcomes.ANSWERED, outcomes.REFERRED):
            self.require("answer", _("Please write the answer."))
        if outcome == outcomes.FORWARDED:
            self.require("expert", _("Please choose an expert with an account."))
        if outcome == outcomes.REFERRED:
            self.require("club", _("Please choose the club that can help."))
        return cleaned

    def perform(self, user, task):
        data = self.cleaned_data
        return actions.triage_help(
            user,
            task,
            data["outcome"],
            answer=data["answer"],
            expert=data["expert"],
            club=data["club"],
        )


class ExpertAnswerForm(TaskForm):
    answer = message_field(_("Your answer to the applicant"), True)

    def perform(self, user, task):
        return actions.expert_answer(user, task, self.cleaned_data["answer"])
