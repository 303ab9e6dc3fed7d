"""The applicants' pages of requests in "Mein Bereich" (/mein-bereich/antraege/...).

Club representatives see and act on their clubs' requests only: every page about one request
answers 404 unless the user represents its club (permissions.represents). Saving a form, its
cost plan and its documents happens in one transaction; refusals come back as messages. A
double click on a form or a message saves once and gets the first answer (home.submissions).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from viewflow.workflow.models import Task

from home.submissions import OnceOnly, Outcome
from workflows import actions, permissions
from workflows.applicant.forms import (
    FORMS,
    SLUGS,
    AnswerChangesForm,
    CostPlanFormSet,
    KernMessageForm,
    KernUploadForm,
)
from workflows.files import attachment_response, store_upload
from workflows.models import Attachment, Request, RequestStatus
from workflows.roles import TaskRole

PER_PAGE = 10


def own_request(user, pk):
    """The request `pk` of one of the user's clubs, else 404."""
    found = get_object_or_404(Request.objects.select_related("club"), pk=pk)
    if not permissions.represents(user, found.club):
        raise Http404
    return found.specific


def detail_url(found, anchor=""):
    return reverse("my_request_detail", args=[found.pk]) + anchor


@login_required
def request_list(request):
    requests = (
        permissions.own_requests(request.user).select_related("club").order_by("-updated_at", "-pk")
    )
    page = Paginator(requests, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "workflows/applicant/list.html",
        {"page_obj": page, "represents": permissions.represented_clubs(request.user).exists()},
    )


def _editable(found):
    """Drafts can be changed, and requests whose review asked for changes."""
    return found.is_draft or found.status == RequestStatus.CHANGES_REQUESTED


def _save_form(request, form_class, instance=None):
    form = form_class(request.POST or None, instance=instance, user=request.user)
    cost_plan = None
    if form_class._meta.model.__name__ == "FundingApplication":
        cost_plan = CostPlanFormSet(request.POST or None, instance=instance, prefix="costs")
    if request.method == "POST":
        valid = form.is_valid() & (cost_plan is None or cost_plan.is_valid())
        if valid:
            target = instance.pk if instance else "new"
            costs = [row.cleaned_data for row in cost_plan.forms] if cost_plan else None
            once = OnceOnly(
                f"request:{request.user.pk}:{form_class.__name__}:{target}", form, extra=costs
            )
            response = once.earlier_response(request) or once.save(
                request, lambda: _store_form(form, cost_plan)
            )
            return response, None
    return None, {"form": form, "cost_plan": cost_plan}


def _store_form(form, cost_plan):
    with transaction.atomic():
        saved = form.save()
        if cost_plan is not None:
            cost_plan.instance = saved
            for position, item in enumerate(cost_plan.save(commit=False)):
                item.sort_order = position
                item.save()
            for item in cost_plan.deleted_objects:
                item.delete()
    return Outcome(detail_url(saved), _("Your request has been saved as a draft."))


@login_required
def request_create(request, kind):
    form_class = FORMS.get(kind)
    if form_class is None:
        raise Http404
    if not permissions.represented_clubs(request.user).exists():
        raise PermissionDenied
    response, context = _save_form(request, form_class)
    if response:
        return response
    title = form_class._meta.model._meta.verbose_name
    return render(request, "workflows/applicant/form.html", {**context, "title": title})


@login_required
def request_edit(request, pk):
    found = own_request(request.user, pk)
    if not _editable(found):
        messages.info(request, _("This request can no longer be changed."))
        return redirect(detail_url(found))
    response, context = _save_form(request, FORMS[SLUGS[found.kind]], instance=found)
    if response:
        return response
    return render(
        request, "workflows/applicant/form.html", {**context, "title": found.title, "item": found}
    )


@login_required
@require_POST
def request_submit(request, pk):
    found = own_request(request.user, pk)
    try:
        submitted = actions.submit(request.user, found)
    except actions.ActionRefusedError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Your request has been received. Reference: %s") % submitted.reference,
        )
    return redirect(detail_url(found))


def _applicant_task(found):
    return actions.open_task(found, role=TaskRole.APPLICANT)


@login_required
def request_detail(request, pk):
    found = own_request(request.user, pk)
    return _detail(request, found)


def _detail(request, found, **forms):
    task = _applicant_task(found)
    task_form = forms.get("task_form")
    if task and task_form is None:
        task_form = task.flow_task.form_class()
    return render(
        request,
        "workflows/applicant/detail.html",
        {
            "item": found,
            "editable": _editable(found),
            "timeline": found.events.filter(public=True).select_related("actor"),
            "conversation": found.messages.filter(internal=False).select_related("author"),
            "attachments": found.attachments.all(),
            "task": task,
            "task_form": task_form,
            "message_form": forms.get("message_form") or KernMessageForm(),
            "upload_form": forms.get("upload_form") or KernUploadForm(),
        },
    )


@login_required
def request_task(request, pk, task_pk):
    found = own_request(request.user, pk)
    task = get_object_or_404(Task, pk=task_pk, process_id=found.process_id, flow_task_type="HUMAN")
    if task.flow_task.for_staff:
        raise Http404
    if request.method != "POST":
        return redirect(detail_url(found, "#task"))
    if task.finished is not None:
        # A second click after the first one sent the answer: the same page, no error.
        messages.info(request, str(actions.TaskDoneError()))
        return redirect(detail_url(found))
    form = task.flow_task.form_class(request.POST, request.FILES)
    if form.is_valid():
        try:
            _perform(request.user, found, task, form)
        except actions.TaskDoneError as error:
            messages.info(request, str(error))
            return redirect(detail_url(found))
        except actions.ActionRefusedError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Thank you. The coordination has been informed."))
            return redirect(detail_url(found))
    return _detail(request, found, task_form=form)


def _perform(user, found, task, form):
    data = form.cleaned_data
    if isinstance(form, AnswerChangesForm):
        return actions.answer_changes(user, task, data["message"])
    stored = []
    try:
        with transaction.atomic():
            for receipt in data["receipts"]:
                stored.append(actions.add_attachment(user, found, receipt, Attachment.Kind.RECEIPT))
            return actions.submit_usage_report(user, task, data["actual_costs"], data["summary"])
    except Exception:
        # The rollback forgets the rows, not the files already written: remove those too.
        for attachment in stored:
            attachment.file.delete(save=False)
        raise


@login_required
@require_POST
def request_message(request, pk):
    found = own_request(request.user, pk)
    form = KernMessageForm(request.POST)
    if form.is_valid():
        once = OnceOnly(f"request-message:{request.user.pk}:{found.pk}", form)
        if repeated := once.earlier_response(request):
            return repeated
        try:
            return once.save(request, lambda: _store_message(request, found, form))
        except actions.ActionRefusedError as error:
            form.add_error("body", str(error))
    return _detail(request, found, message_form=form)


def _store_message(request, found, form):
    actions.post_message(request.user, found, form.cleaned_data["body"])
    return Outcome(detail_url(found, "#messages"), _("Your message has been sent."))


@login_required
@require_POST
def request_upload(request, pk):
    found = own_request(request.user, pk)
    form = KernUploadForm(request.POST, request.FILES)
    response = store_upload(request, found, form, detail_url(found, "#documents"))
    return response or _detail(request, found, upload_form=form)


@login_required
def attachment_download(request, pk):
    return attachment_response(request.user, pk, staff=False)
