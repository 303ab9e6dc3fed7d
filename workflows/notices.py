"""Emails about requests: one notice per step to the people it concerns, in their language.

Each notice is a subject and a paragraph per event (EVENTS), put into one template pair
(templates/emails/request_notice*.txt) with the reference, the title and the link to the request:
staff get the address in the admin, applicants the one in "Mein Bereich". Mail leaves through
home.mail (mail_people), i.e. from a task queued once the transaction commits, to each person
once, in their language; nobody is told about their own action.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.utils import get_admin_base_url

from home.mail import mail_people
from workflows import ledger, roles

EVENTS = {
    "submitted": (
        _("Your request has been received"),
        _(
            "Thank you. Your request has been received and forwarded to the responsible "
            "coordination. You can follow every step online."
        ),
    ),
    "submitted_to_staff": (
        _("New request"),
        _("A new request from %(club)s waits for you."),
    ),
    "changes_requested": (
        _("Please complete your request"),
        _(
            "The coordination has a question about your request or asks you to change "
            "something. Please read the message, change the request and submit it again."
        ),
    ),
    "resubmitted": (
        _("Request changed and submitted again"),
        _("%(club)s has answered the change request. The request waits for your review."),
    ),
    "second_approval": (
        _("Second approval needed"),
        _(
            "The coordination recommends approving %(amount)s. Above the budget's threshold a "
            "programme lead approves as well."
        ),
    ),
    "approved": (
        _("Your request has been approved"),
        _(
            "Your request has been approved with %(amount)s. After the measure, please submit "
            "the usage report with the actual costs and the receipts."
        ),
    ),
    "rejected": (
        _("Decision on your request"),
        _(
            "Unfortunately your request could not be approved. You find the reasons in the "
            "conversation of the request."
        ),
    ),
    "report_submitted": (
        _("Usage report submitted"),
        _("%(club)s has submitted the usage report. Please check it and record the payout."),
    ),
    "paid_out": (
        _("Payout recorded"),
        _("The payout of your funding has been recorded. The request is closed. Thank you!"),
    ),
    "expert_assigned": (
        _("A coaching request for you"),
        _("The coordination asks you to take on the coaching request of %(club)s."),
    ),
    "expert_declined": (
        _("Coaching declined by the expert"),
        _("The expert cannot take on the coaching. Please find another expert."),
    ),
    "appointment": (
        _("Your coaching appointment"),
        _("Your coaching has been arranged for %(appointment)s."),
    ),
    "coaching_done": (
        _("Coaching completed"),
        _("Your coaching has been recorded as completed. The request is closed."),
    ),
    "help_answered": (
        _("Answer to your help request"),
        _("Your help request has been answered. You find the answer online."),
    ),
    "help_forwarded": (
        _("A question for you"),
        _("The coordination has forwarded a question of %(club)s to you."),
    ),
    "new_message": (
        _("New message about a request"),
        _("There is a new message about the request. Please read it online."),
    ),
    "reminder": (
        _("Reminder: a step is due"),
        _("The step '%(task)s' is due. Please take care of it."),
    ),
    "escalation": (
        _("Overdue: a step waits too long"),
        _(
            "The step '%(task)s' has been waiting much longer than planned. Please see to it "
            "that it is handled."
        ),
    ),
}


def request_url(request, staff):
    if staff:
        path = reverse("workflows_admin:request_detail", args=[request.pk])
    else:
        path = reverse("my_request_detail", args=[request.pk])
    return get_admin_base_url() + path


_silenced = ContextVar("request_notices_silenced", default=False)


@contextmanager
def silenced():
    """No notices while loading demo content: nobody should get mail about invented requests."""
    token = _silenced.set(True)
    try:
        yield
    finally:
        _silenced.reset(token)


def notify(request, event, recipients, *, staff, actor=None, **params):
    """Send the notice `event` about `request` to each of `recipients` once."""
    if _silenced.get():
        return
    subject, text = EVENTS[event]
    request = request.specific

    def context(recipient):
        values = {
            "club": request.club.title,
            "amount": ledger.money(getattr(request, "approved_amount", None) or 0),
            **{key: str(value) for key, value in params.items()},
        }
        return {
            "request": request,
            "subject": str(subject),
            "text": str(text) % values,
            "url": request_url(request, staff),
        }

    mail_people("request_notice", recipients, context, actor=actor)


def to_applicants(request, event, actor=None, **params):
    notify(request, event, roles.applicants_of(request), staff=False, actor=actor, **params)


def to_coordinators(request, event, actor=None, **params):
    notify(request, event, roles.coordinators_of(request), staff=True, actor=actor, **params)


def to_programme_leads(request, event, actor=None, **params):
    leads = roles.programme_leads().exclude(pk=request.specific.reviewed_by_id or 0)
    notify(request, event, leads, staff=True, actor=actor, **params)


def to_expert(request, event, actor=None, **params):
    expert = getattr(request.specific, "expert", None)  # funding applications have none
    if expert and expert.user:
        notify(request, event, [expert.user], staff=True, actor=actor, **params)


def reminder(request, task):
    recipients = roles.handlers_of(task, request)
    notify(
        request,
        "reminder",
        recipients,
        staff=task.flow_task.for_staff,
        task=task.flow_task.task_title,
    )


def escalation(request, task):
    notify(
        request,
        "escalation",
        roles.programme_leads(),
        staff=True,
        task=task.flow_task.task_title,
    )
