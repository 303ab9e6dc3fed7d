"""Everything people do with requests, as functions the views call.

Each function checks the permission first (workflows.permissions), runs in one transaction, and
either completes fully or changes nothing: a refusal raises ActionRefusedError with a message that
says what to do. Human tasks are completed under a lock on the process row (workflows.locks), so
two people deciding at once cannot both succeed: the second waits for the first and is then told
that the step has been decided (TaskDoneError), or, if the first takes too long, that it is being
handled right now (TaskBusyError); either way the second changes nothing.
"""

from contextlib import contextmanager
from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from viewflow.workflow.exceptions import FlowLockFailed
from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS

from clubs.models import Expert, OpportunityPage
from workflows import ledger, notices, permissions, timeline
from workflows.flows import FLOWS, task_nodes
from workflows.models import (
    REFERENCE_PREFIXES,
    Attachment,
    Decision,
    HelpRequest,
    Message,
    ReferenceCounter,
    Request,
    RequestStatus,
    UsageReport,
)
from workflows.uploads import checked_content_type, download_name


class ActionRefusedError(Exception):
    """The action cannot be done as asked; str(error) tells the person why."""


class TaskDoneError(ActionRefusedError):
    """The task was completed or cancelled meanwhile, e.g. by the first of two clicks."""

    def __init__(self):
        super().__init__(_("This step has already been decided. Nothing was changed."))


class TaskBusyError(ActionRefusedError):
    """Another request is completing the same task right now."""

    def __init__(self):
        super().__init__(
            _(
                "This step is being handled right now, perhaps in another window. Please "
                "reload the page in a moment."
            )
        )


# Submitting


def next_reference(kind, year=None):
    """FA-2026-0042: per type and year, numbered without gaps under a row lock."""
    year = year or timezone.localdate().year
    prefix = REFERENCE_PREFIXES[kind]
    try:
        with transaction.atomic():
            ReferenceCounter.objects.get_or_create(prefix=prefix, year=year)
    except IntegrityError:
        pass  # created at the same moment by a parallel submission
    counter = ReferenceCounter.objects.select_for_update().get(prefix=prefix, year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return f"{prefix}-{year}-{counter.last_number:04d}"


def check_complete(request):
    """What a request needs before it can be submitted, beyond its form."""
    request = request.specific
    if request.kind == "funding":
        total = request.total_costs
        if total <= 0:
            raise ActionRefusedError(_("Please add at least one cost item to the cost plan."))
        if request.requested_amount + request.own_contribution > total:
            raise ActionRefusedError(
                _(
                    "The requested amount and the own contribution together exceed the total "
                    "costs of %(total)s. Please correct the amounts."
                )
                % {"total": ledger.money(total)}
            )


@transaction.atomic
def submit(user, request):
    """Send a draft on its way: reference, flow, routing, notices."""
    request = Request.objects.select_for_update().get(pk=request.pk).specific
    if not permissions.represents(user, request.club):
        raise PermissionDenied
    if not request.is_draft:
        raise ActionRefusedError(_("This request has already been submitted."))
    check_complete(request)
    request.reference = next_reference(request.kind)
    request.status = RequestStatus.IN_REVIEW
    request.submitted_by = user
    request.submitted_at = timezone.now()
    request.save()
    timeline.record(request, "submitted", _("Submitted"), actor=user)
    process = FLOWS[request.kind].start.run(request=request)
    Request.objects.filter(pk=request.pk).update(process=process)
    request.process = process
    notices.to_applicants(request, "submitted")
    return request


# Tasks


def human_tasks(request):
    if not request.process_id:
        return Task.objects.none()
    return Task.objects.filter(process_id=request.process_id, flow_task_type="HUMAN")


def open_task(request, *names, role=None):
    """The open human task of `request` (one of `names`, of `role`, if given), or None.

    A name or role its flow does not have matches nothing: the applicant's detail page asks
    every kind of request for a task of the applicant, which only the funding flow has.
    """
    tasks = human_tasks(request).filter(finished__isnull=True).exclude(status=STATUS.CANCELED)
    if names or role:
        nodes = [
            node
            for node in task_nodes(kind=request.kind, role=role)
            if not names or node.name in names
        ]
        tasks = tasks.filter(flow_task__in=nodes)
    return tasks.order_by("-created").first()


OPEN_TASK_STATUSES = (STATUS.NEW, STATUS.ASSIGNED)


@contextmanager
def open_activation(task):
    """The task's activation under the process lock, refused when the task is no longer open
    (the lock waits for a parallel decision, so this sees its outcome)."""
    try:
        with task.activation() as activation:
            if activation.task.status not in OPEN_TASK_STATUSES:
                raise TaskDoneError
            yield activation
    except FlowLockFailed as error:
        raise TaskBusyError from error


@transaction.atomic
def take(user, task):
    """Take a task from the queue, so that colleagues see that somebody works on it."""
    with open_activation(task) as activation:
        request = activation.process.artifact
        permissions.authorize(user, activation.task, request)
        if activation.task.owner_id:
            raise ActionRefusedError(_("This task has already been taken."))
        activation.assign(user)
        timeline.record(
            request,
            "taken",
            _("Task taken: %s") % task.flow_task.task_title,
            actor=user,
            public=False,
        )


def _complete(user, task, apply):
    """Check, take and complete `task`; `apply(request)` stores the decision in between."""
    with transaction.atomic(), open_activation(task) as activation:
        request = activation.process.artifact
        permissions.authorize(user, activation.task, request)
        if activation.task.status == STATUS.NEW:
            activation.assign(user)
        activation.start(None)
        apply(request)
        try:
            activation.execute()
        except ledger.BudgetExhaustedError as error:
            raise ActionRefusedError(str(error)) from error
        return request


def _require(text, message):
    if not (text or "").strip():
        raise ActionRefusedError(message)
    return text.strip()


def _say(request, user, body, internal=False):
    if body and body.strip():
        Message.objects.create(request=request, author=user, body=body.strip(), internal=internal)


# Funding


def review_funding(user, task, decision, amount=None, message=""):
    """approve | approve_lower (with `amount`) | reject | changes (both with `message`)."""

    def apply(request):
        request.reviewed_by = user
        request.decision = decision
        if decision in (Decision.APPROVE, Decision.APPROVE_LOWER):
            granted = request.requested_amount
            if decision == Decision.APPROVE_LOWER:
                if amount is None or not (Decimal("0") < amount < request.requested_amount):
                    raise ActionRefusedError(
                        _("Please enter an amount above 0 and below the requested %s.")
                        % ledger.money(request.requested_amount)
                    )
                granted = amount
            if granted > request.budget.remaining:
                raise ActionRefusedError(
                    _("The budget %(budget)s has only %(remaining)s left.")
                    % {
                        "budget": request.budget,
                        "remaining": ledger.money(request.budget.remaining),
                    }
                )
            request.approved_amount = granted
            request.decision = Decision.APPROVED
            _say(request, user, message)
            if request.needs_second_approval:
                request.status = RequestStatus.AWAITING_SECOND_APPROVAL
                timeline.record(
                    request,
                    "recommended",
                    _("Approval of %s recommended") % ledger.money(granted),
                    actor=user,
                )
                notices.to_programme_leads(request, "second_approval", amount=ledger.money(granted))
            else:
                timeline.record(
                    request, "approved", _("Approved with %s") % ledger.money(granted), actor=user
                )
        elif decision == Decision.REJECT:
            _say(request, user, _require(message, _("Please give the reasons for the rejection.")))
            request.decision = Decision.REJECTED
            timeline.record(request, "rejected", _("Rejected"), actor=user)
        elif decision == Decision.CHANGES:
            _say(request, user, _require(message, _("Please say what should be changed.")))
            request.status = RequestStatus.CHANGES_REQUESTED
            timeline.record(request, "changes_requested", _("Changes requested"), actor=user)
            notices.to_applicants(request, "changes_requested", actor=user)
        else:
            raise ActionRefusedError(_("Please choose a decision."))
        request.save()

    return _complete(user, task, apply)


def answer_changes(user, task, message=""):
    """The applicant has changed the request and sends it back to the review."""

    def apply(request):
        check_complete(request)
        _say(request, user, message)
        request.decision = ""
        request.status = RequestStatus.IN_REVIEW
        request.save()
        timeline.record(request, "resubmitted", _("Changed and submitted again"), actor=user)
        notices.to_coordinators(request, "resubmitted", actor=user)

    return _complete(user, task, apply)


def second_approval(user, task, approve, message=""):
    def apply(request):
        if approve:
            request.decision = Decision.APPROVED
            _say(request, user, message)
            timeline.record(request, "approved", _("Second approval given"), actor=user)
        else:
            _say(request, user, _require(message, _("Please give the reasons for the rejection.")))
            request.decision = Decision.REJECTED
            timeline.record(request, "rejected", _("Rejected in the second approval"), actor=user)
        request.save()

    return _complete(user, task, apply)


def submit_usage_report(user, task, actual_costs, summary):
    def apply(request):
        if actual_costs is None or actual_costs < 0:
            raise ActionRefusedError(_("Please enter the actual costs."))
        UsageReport.objects.update_or_create(
            application=request,
            defaults={
                "actual_costs": actual_costs,
                "summary": _require(summary, _("Please describe briefly what took place.")),
            },
        )
        request.status = RequestStatus.REPORT_SUBMITTED
        request.save()
        timeline.record(request, "report_submitted", _("Usage report submitted"), actor=user)
        notices.to_coordinators(request, "report_submitted", actor=user)

    return _complete(user, task, apply)


def check_report(user, task, paid_amount, message=""):
    def apply(request):
        limit = min(request.approved_amount, request.usage_report.actual_costs)
        if paid_amount is None or not (Decimal("0") <= paid_amount <= limit):
            raise ActionRefusedError(
                _(
                    "The payout must be between 0 and %s: the approved amount, at most the "
                    "actual costs."
                )
                % ledger.money(limit)
            )
        report = request.usage_report
        report.paid_amount = paid_amount
        report.save(update_fields=["paid_amount"])
        _say(request, user, message)
        timeline.record(request, "report_checked", _("Usage report checked"), actor=user)

    return _complete(user, task, apply)


# Coaching


def triage_coaching(user, task, expert=None, message=""):
    """Assign `expert`, or without an expert decline the request with `message`."""

    def apply(request):
        if expert is None:
            _say(
                request,
                user,
                _require(message, _("Please choose an expert or give the reasons for declining.")),
            )
            request.decision = Decision.REJECTED
            request.status = RequestStatus.REJECTED
            timeline.record(request, "rejected", _("Declined"), actor=user)
            notices.to_applicants(request, "rejected", actor=user)
        else:
            if expert not in suitable_experts(request):
                raise ActionRefusedError(
                    _("%s does not advise on this topic in this region or has no account.") % expert
                )
            request.expert = expert
            request.decision = ""
            request.status = RequestStatus.WITH_EXPERT
            _say(request, user, message, internal=True)
            timeline.record(
                request, "expert_assigned", _("Expert assigned: %s") % expert.name, actor=user
            )
            notices.to_expert(request, "expert_assigned", actor=user)
        request.save()

    return _complete(user, task, apply)


def suitable_experts(request):
    """Experts with an account who advise in the request's region (and on its topic)."""
    experts = Expert.objects.filter(regions=request.region_id, user__is_active=True)
    if request.topic_id:
        experts = experts.filter(topics=request.topic_id)
    return experts.distinct()


def respond_coaching(user, task, accept, reason=""):
    def apply(request):
        if accept:
            request.decision = Decision.ACCEPTED
            timeline.record(request, "accepted", _("Accepted by the expert"), actor=user)
        else:
            _say(
                request,
                user,
                _require(reason, _("Please say briefly why you decline.")),
                internal=True,
            )
            request.decision = Decision.DECLINED
            request.expert = None
            request.status = RequestStatus.IN_REVIEW
            timeline.record(
                request, "declined", _("Declined by the expert"), actor=user, public=False
            )
            notices.to_coordinators(request, "expert_declined", actor=user)
        request.save()

    return _complete(user, task, apply)


def schedule_coaching(user, task, appointment):
    def apply(request):
        if appointment is None or appointment < timezone.now():
            raise ActionRefusedError(_("Please enter a date and time in the future."))
        request.appointment = appointment
        request.status = RequestStatus.SCHEDULED
        request.save()
        when = timezone.localtime(appointment).strftime("%d.%m.%Y %H:%M")
        timeline.record(request, "scheduled", _("Appointment: %s") % when, actor=user)
        notices.to_applicants(request, "appointment", actor=user, appointment=when)

    return _complete(user, task, apply)


def conclude_coaching(user, task, feedback):
    def apply(request):
        request.feedback = _require(feedback, _("Please write a short feedback."))
        request.save()
        timeline.record(request, "done", _("Coaching done"), actor=user)
        notices.to_applicants(request, "coaching_done", actor=user)

    return _complete(user, task, apply)


# Help


def triage_help(user, task, outcome, answer="", expert=None, club=None):
    """answered (with `answer`) | forwarded (to `expert`) | opportunity | referred (to `club`)."""

    def apply(request):
        request.outcome = outcome
        if outcome == HelpRequest.Outcome.ANSWERED:
            request.answer = _require(answer, _("Please write the answer."))
            _say(request, user, request.answer)
            timeline.record(request, "answered", _("Answered"), actor=user)
            notices.to_applicants(request, "help_answered", actor=user)
        elif outcome == HelpRequest.Outcome.FORWARDED:
            if expert is None or expert.user_id is None:
                raise ActionRefusedError(_("Please choose an expert with an account."))
            if not expert.regions.filter(pk=request.region_id).exists():
                raise ActionRefusedError(_("%s does not advise in this region.") % expert)
            request.expert = expert
            request.status = RequestStatus.WITH_EXPERT
            _say(request, user, answer, internal=True)
            timeline.record(
                request, "forwarded", _("Forwarded to an expert: %s") % expert.name, actor=user
            )
            notices.to_expert(request, "help_forwarded", actor=user)
        elif outcome == HelpRequest.Outcome.OPPORTUNITY:
            request.opportunity = draft_opportunity(request, user)
            request.answer = _(
                "We have prepared a volunteer opportunity on your club's page as a draft. "
                "Please complete it in the administration and submit it for publication."
            )
            _say(request, user, request.answer)
            timeline.record(request, "opportunity", _("Draft opportunity created"), actor=user)
            notices.to_applicants(request, "help_answered", actor=user)
        elif outcome == HelpRequest.Outcome.REFERRED:
            if club is None:
                raise ActionRefusedError(_("Please choose the club that can help."))
            request.referred_club = club
            request.answer = _require(answer, _("Please tell the applicant how the club can help."))
            _say(request, user, request.answer)
            timeline.record(request, "referred", _("Referred to %s") % club.title, actor=user)
            notices.to_applicants(request, "help_answered", actor=user)
        else:
            raise ActionRefusedError(_("Please choose how the request is handled."))
        request.save()

    return _complete(user, task, apply)


def draft_opportunity(request, user):
    """A draft opportunity below the club's page, from what the help request says."""
    club = request.club
    commitment = OpportunityPage.Commitment.ONE_OFF
    page = OpportunityPage(
        title=Truncator(request.title).chars(200),
        summary=Truncator(request.description).chars(300),
        municipality=request.municipality,
        commitment=commitment,
        starts_on=request.needed_on or date.today(),
        live=False,
        owner=user,
    )
    club.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page


def expert_answer(user, task, answer):
    def apply(request):
        request.answer = _require(answer, _("Please write the answer."))
        _say(request, user, request.answer)
        request.save()
        timeline.record(request, "answered", _("Answered by the expert"), actor=user)
        notices.to_applicants(request, "help_answered", actor=user)

    return _complete(user, task, apply)


# Conversation and attachments


@transaction.atomic
def post_message(user, request, body, internal=False):
    permissions.authorize_view(user, request)
    staff = permissions.is_staff_for(user, request)
    if internal and not staff:
        raise PermissionDenied
    if request.is_finished and not internal:
        # Nobody reads or answers the conversation of a closed request any more; staff may
        # still add internal notes for the file.
        raise ActionRefusedError(_("The request is closed; no more messages can be sent."))
    body = _require(body, _("Please write a message."))
    message = Message.objects.create(request=request, author=user, body=body, internal=internal)
    if not internal:
        if staff:
            notices.to_applicants(request, "new_message", actor=user)
        else:
            notices.to_coordinators(request, "new_message", actor=user)
            notices.to_expert(request, "new_message", actor=user)
    return message


@transaction.atomic
def add_attachment(user, request, upload, kind=Attachment.Kind.OTHER):
    """Store an upload that workflows.uploads has checked; refused once the request is closed."""
    permissions.authorize_view(user, request)
    if request.is_finished:
        raise ActionRefusedError(_("The request is closed; no more documents can be added."))
    try:
        content_type = checked_content_type(upload)
    except ValidationError as error:
        raise ActionRefusedError(error.messages[0]) from error
    attachment = Attachment(
        request=request,
        kind=kind,
        original_name=download_name(upload.name, content_type),
        content_type=content_type,
        size=upload.size,
        uploaded_by=user,
    )
    attachment.file.save(upload.name, upload, save=False)
    attachment.save()
    timeline.record(
        request, "attachment", _("Document added: %s") % attachment.original_name, actor=user
    )
    return attachment
