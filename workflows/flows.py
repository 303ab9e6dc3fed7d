"""The three request flows as viewflow processes: which step follows which.

The flows hold no screens: staff act in the Wagtail admin and applicants in "Mein Bereich",
through workflows.actions, which checks the permission (workflows.permissions) and then
completes the human task here. The gateways read the decision that the action stored on the
request; the functions do the bookkeeping that must happen in the same transaction (routing,
reserving money, paying out).

Every human task (HumanTask) declares on its node who does it (its role), in how many days it
is due, and the form it is done with: staff forms in the admin, the applicant's in "Mein
Bereich". It carries two non-interrupting timers: a reminder to the people who may act when the
task is due, and an escalation to the programme leads when it is overdue by as long again.
`manage.py workflow_timers` fires them (run it every few minutes from cron).
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from viewflow import this
from viewflow.workflow import flow, nodes

from workflows import ledger, notices, routing, timeline
from workflows.locks import process_row_lock
from workflows.models import Decision, HelpRequest, RequestStatus
from workflows.roles import TaskRole

STAFF_FORMS = "workflows.staff.forms"
APPLICANT_FORMS = "workflows.applicant.forms"


class HumanTask(nodes.View):
    """A step done by a person in our own views (never viewflow's frontend), with its reminder
    and escalation.

    `role` says who does it (workflows.permissions checks it, workflows.roles lists the people),
    `due_days` when it is due (settings.REQUEST_TASK_DUE_DAYS may override it per task name),
    `form` the dotted path of the form it is done with. A path, not the class: the forms call
    workflows.actions, which starts these flows, so importing them here would be a circle.
    """

    def __init__(self, title, *, role, due_days, form):
        super().__init__(None)
        self.role = role
        self.declared_due_days = due_days
        self.form_path = form
        self.Annotation(title=title)
        self.OnTimeout(this.reminder_delay, this.reminder, interrupting=False, title=_("Reminder"))
        self.OnTimeout(
            this.escalation_delay, this.escalation, interrupting=False, title=_("Escalation")
        )

    @property
    def due_days(self):
        return settings.REQUEST_TASK_DUE_DAYS.get(self.name, self.declared_due_days)

    @property
    def for_staff(self):
        """Done by staff in the admin; otherwise by the applicant in "Mein Bereich"."""
        return self.role != TaskRole.APPLICANT

    @cached_property
    def form_class(self):
        return import_string(self.form_path)


def due_at(task):
    """When a human task should be done; after that it is overdue."""
    return task.created + timedelta(days=task.flow_task.due_days)


def decided_by(activation):
    """Who completed the human task that led to this step (through gateways), for the ledger."""
    task = activation.task.previous.first()
    while task is not None and task.owner_id is None:
        task = task.previous.first()
    return task.owner if task is not None else None


def request_of(activation):
    """The request of the process; its artifact, since the process is saved before the request
    points to it (see workflows.actions.submit)."""
    return activation.process.artifact


class RequestFlow(flow.Flow):
    """What all request flows share: start, routing, timers, the end."""

    lock_impl = process_row_lock

    def start_request(self, activation, request):
        activation.process.artifact = request
        return activation.process

    def route_request(self, activation):
        request = request_of(activation)
        found = routing.route(request)
        timeline.record(request, "routed", _("Assigned: %s") % found.note, public=False)
        notices.to_coordinators(request, "submitted_to_staff")

    def routed_coordinator(self, activation):
        return request_of(activation).coordinator

    # Due dates

    def reminder_delay(self, activation):
        return timedelta(days=activation.flow_task._attached_to.due_days)

    def escalation_delay(self, activation):
        return 2 * self.reminder_delay(activation)

    def _host_task(self, activation):
        """The human task whose timer led here: reminder <- boundary timer <- task."""
        return activation.task.previous.get().previous.get()

    def remind(self, activation):
        task, request = self._host_task(activation), request_of(activation)
        timeline.record(
            request, "reminded", _("Reminder sent: %s") % task.flow_task.task_title, public=False
        )
        notices.reminder(request, task)

    def escalate(self, activation):
        task, request = self._host_task(activation), request_of(activation)
        task.data = {**task.data, "escalated_at": timezone.now().isoformat()}
        task.save(update_fields=["data"])
        timeline.record(
            request,
            "escalated",
            _("Overdue, programme leads informed: %s") % task.flow_task.task_title,
            public=False,
        )
        notices.escalation(request, task)

    reminder = nodes.Function(this.remind).Next(this.timer_end)
    escalation = nodes.Function(this.escalate).Next(this.timer_end)
    timer_end = nodes.End()
    end = nodes.End()


class FundingFlow(RequestFlow):
    """Funding application

    Review by the coordination, a second approval by a programme lead above the budget's
    threshold, reservation in the budget, usage report, payout."""

    process_title = _("Funding application")

    start = nodes.StartHandle(this.start_request).Next(this.route)
    route = nodes.Function(this.route_request).Next(this.review)
    review = (
        HumanTask(
            _("Review the application"),
            role=TaskRole.COORDINATOR,
            due_days=10,
            form=f"{STAFF_FORMS}.ReviewForm",
        )
        .Assign(this.routed_coordinator)
        .Next(this.review_outcome)
    )
    review_outcome = (
        nodes.Switch()
        .Case(this.changes, this.changes_requested)
        .Case(this.rejected, this.is_rejected)
        .Case(this.second_approval, this.needs_second_approval)
        .Default(this.reserve)
    )
    changes = HumanTask(
        _("Answer the change request"),
        role=TaskRole.APPLICANT,
        due_days=28,
        form=f"{APPLICANT_FORMS}.AnswerChangesForm",
    ).Next(this.review)
    second_approval = HumanTask(
        _("Second approval"),
        role=TaskRole.PROGRAMME_LEAD,
        due_days=5,
        form=f"{STAFF_FORMS}.SecondApprovalForm",
    ).Next(this.second_outcome)
    second_outcome = nodes.Switch().Case(this.rejected, this.is_rejected).Default(this.reserve)
    rejected = nodes.Function(this.close_rejected).Next(this.end)
    reserve = nodes.Function(this.reserve_budget).Next(this.usage_report)
    usage_report = HumanTask(
        _("Submit the usage report"),
        role=TaskRole.APPLICANT,
        due_days=120,
        form=f"{APPLICANT_FORMS}.UsageReportForm",
    ).Next(this.check_report)
    check_report = (
        HumanTask(
            _("Check the usage report"),
            role=TaskRole.COORDINATOR,
            due_days=14,
            form=f"{STAFF_FORMS}.CheckReportForm",
        )
        .Assign(this.routed_coordinator)
        .Next(this.pay_out)
    )
    pay_out = nodes.Function(this.record_payout).Next(this.end)

    def changes_requested(self, activation):
        return request_of(activation).decision == Decision.CHANGES

    def is_rejected(self, activation):
        return request_of(activation).decision == Decision.REJECTED

    def needs_second_approval(self, activation):
        return request_of(activation).needs_second_approval

    def close_rejected(self, activation):
        request = request_of(activation)
        request.status = RequestStatus.REJECTED
        request.closed_at = timezone.now()
        request.save(update_fields=["status", "closed_at", "updated_at"])
        notices.to_applicants(request, "rejected")

    def reserve_budget(self, activation):
        """Raises ledger.BudgetExhaustedError when the money is gone; the approval rolls back."""
        request, decider = request_of(activation), decided_by(activation)
        ledger.reserve(request, request.approved_amount, decider)
        request.status = RequestStatus.APPROVED
        request.save(update_fields=["status", "updated_at"])
        timeline.record(
            request,
            "reserved",
            _("%s reserved in the budget") % ledger.money(request.approved_amount),
            actor=decider,
        )
        notices.to_applicants(request, "approved")

    def record_payout(self, activation):
        request = request_of(activation)
        report, decider = request.usage_report, decided_by(activation)
        unused = ledger.pay_out(request, report.paid_amount, decider)
        request.status = RequestStatus.CLOSED
        request.closed_at = timezone.now()
        request.save(update_fields=["status", "closed_at", "updated_at"])
        timeline.record(
            request,
            "paid_out",
            _("Payout of %(paid)s recorded, %(unused)s released")
            % {"paid": ledger.money(report.paid_amount), "unused": ledger.money(unused)},
            actor=decider,
        )
        notices.to_applicants(request, "paid_out")


class CoachingFlow(RequestFlow):
    """Coaching request

    Triage by the coordination, an expert with the topic in the region accepts (or declines,
    back to triage), arranges the appointment and closes with a short feedback."""

    process_title = _("Coaching request")

    start = nodes.StartHandle(this.start_request).Next(this.route)
    route = nodes.Function(this.route_request).Next(this.triage)
    triage = (
        HumanTask(
            _("Find an expert"),
            role=TaskRole.COORDINATOR,
            due_days=5,
            form=f"{STAFF_FORMS}.CoachingTriageForm",
        )
        .Assign(this.routed_coordinator)
        .Next(this.triage_outcome)
    )
    triage_outcome = nodes.Switch().Case(this.close, this.is_rejected).Default(this.respond)
    respond = (
        HumanTask(
            _("Accept or decline the coaching"),
            role=TaskRole.EXPERT,
            due_days=3,
            form=f"{STAFF_FORMS}.RespondForm",
        )
        .Assign(this.expert_user)
        .Next(this.respond_outcome)
    )
    respond_outcome = nodes.Switch().Case(this.triage, this.is_declined).Default(this.schedule)
    schedule = (
        HumanTask(
            _("Arrange the appointment"),
            role=TaskRole.EXPERT,
            due_days=7,
            form=f"{STAFF_FORMS}.ScheduleForm",
        )
        .Assign(this.expert_user)
        .Next(this.conclude)
    )
    conclude = (
        HumanTask(
            _("Record the coaching as done"),
            role=TaskRole.EXPERT,
            due_days=30,
            form=f"{STAFF_FORMS}.ConcludeForm",
        )
        .Assign(this.expert_user)
        .Next(this.close)
    )
    close = nodes.Function(this.close_request).Next(this.end)

    def expert_user(self, activation):
        expert = request_of(activation).expert
        return expert.user if expert else None

    def is_rejected(self, activation):
        return request_of(activation).decision == Decision.REJECTED

    def is_declined(self, activation):
        return request_of(activation).decision == Decision.DECLINED

    def close_request(self, activation):
        close(request_of(activation))


class HelpFlow(RequestFlow):
    """Help request

    Triage by the coordination: answered directly, forwarded to an expert, turned into a draft
    opportunity on the club's page, or referred to a club that offers the equipment."""

    process_title = _("Help request")

    start = nodes.StartHandle(this.start_request).Next(this.route)
    route = nodes.Function(this.route_request).Next(this.triage)
    triage = (
        HumanTask(
            _("Handle the help request"),
            role=TaskRole.COORDINATOR,
            due_days=5,
            form=f"{STAFF_FORMS}.HelpTriageForm",
        )
        .Assign(this.routed_coordinator)
        .Next(this.triage_outcome)
    )
    triage_outcome = nodes.Switch().Case(this.expert_answer, this.is_forwarded).Default(this.close)
    expert_answer = (
        HumanTask(
            _("Answer the question"),
            role=TaskRole.EXPERT,
            due_days=7,
            form=f"{STAFF_FORMS}.ExpertAnswerForm",
        )
        .Assign(this.expert_user)
        .Next(this.close)
    )
    close = nodes.Function(this.close_request).Next(this.end)

    def expert_user(self, activation):
        expert = request_of(activation).expert
        return expert.user if expert else None

    def is_forwarded(self, activation):
        return request_of(activation).outcome == HelpRequest.Outcome.FORWARDED

    def close_request(self, activation):
        close(request_of(activation))


def close(request):
    if request.status != RequestStatus.REJECTED:
        request.status = RequestStatus.CLOSED
    request.closed_at = timezone.now()
    request.save(update_fields=["status", "closed_at", "updated_at"])


FLOWS = {"funding": FundingFlow, "coaching": CoachingFlow, "help": HelpFlow}


def task_nodes(*, kind=None, role=None):
    """The human tasks of the flows (of the request type `kind`, with `role`, if given), as
    nodes: database queries filter tasks by them."""
    flow_classes = [FLOWS[kind]] if kind else FLOWS.values()
    return [
        node
        for flow_class in flow_classes
        for node in flow_class.instance.nodes()
        if isinstance(node, HumanTask) and role in (None, node.role)
    ]
