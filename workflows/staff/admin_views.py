"""The staff's screens of requests inside the Wagtail admin ("Anträge").

Only coordinators, programme leads, experts and superusers get here (permissions
.works_on_requests). Every page about one request answers 404 unless the user is staff for
that request (permissions.is_staff_for); every decision goes through workflows.actions.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from viewflow.workflow.models import Task

from workflows import actions, ledger, permissions
from workflows.files import attachment_response, store_upload
from workflows.forms import StaffMessageForm, UploadForm
from workflows.models import Budget, Request
from workflows.staff.exports import export_response
from workflows.staff.filters import RequestFilter
from workflows.staff.history import staff_timeline, task_entry, task_rows

PER_PAGE = 25


def staff_only(view):
    def wrapped(request, *args, **kwargs):
        if not permissions.works_on_requests(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _page(request, template, title, **context):
    breadcrumbs = [
        {"url": reverse("wagtailadmin_home"), "label": _("Dashboard")},
        {"url": reverse("workflows_admin:inbox"), "label": _("Requests")},
        {"url": "", "label": title},
    ]
    return render(
        request,
        f"workflows/staff/{template}",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "tasks",
            "breadcrumbs_items": breadcrumbs,
            **context,
        },
    )


def staff_request(user, pk):
    """The request `pk` if `user` may see it and is staff for it, else 404 (applicants use
    their own pages in "Mein Bereich")."""
    found = get_object_or_404(Request, pk=pk)
    if not (permissions.can_view(user, found) and permissions.is_staff_for(user, found)):
        raise Http404
    return found.specific


def _task_list(request, tasks, title, empty_text, template="tasks.html", takeable=False):
    tasks = tasks.select_related(
        "process__request__club", "process__request__region", "owner"
    ).order_by("created", "pk")
    page = Paginator(tasks, PER_PAGE).get_page(request.GET.get("page"))
    return _page(
        request,
        template,
        title,
        page_obj=page,
        rows=task_rows(page.object_list),
        empty_text=empty_text,
        takeable=takeable,
    )


@staff_only
def inbox(request):
    """Meine Aufgaben: the open tasks I have taken or that were given to me."""
    return _task_list(
        request,
        permissions.inbox_tasks(request.user),
        _("My tasks"),
        _("You have no open tasks. New tasks wait in the queue."),
    )


@staff_only
def queue(request):
    """Warteschlange: open tasks that nobody has taken and I may take."""
    return _task_list(
        request,
        permissions.queue_tasks(request.user),
        _("Queue"),
        _("Nothing waits in the queue."),
        takeable=True,
    )


def _filtered_requests(request):
    visible = permissions.visible_requests(request.user).exclude(status="draft")
    return RequestFilter(request.GET or None, queryset=visible, request=request)


@staff_only
def request_list(request):
    """Alle Anträge: what I may see, with filters and export."""
    filterset = _filtered_requests(request)
    requests = filterset.qs.select_related("club", "region").order_by("-submitted_at", "-pk")
    page = Paginator(requests, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return _page(
        request,
        "list.html",
        _("All requests"),
        filter=filterset,
        page_obj=page,
        query=query.urlencode(),
    )


@staff_only
def request_export(request, file_format):
    if file_format not in ("csv", "xlsx"):
        raise Http404
    filterset = _filtered_requests(request)
    requests = filterset.qs.select_related("club", "region", "submitted_by").order_by("pk")
    return export_response(requests, file_format)


@staff_only
def budget_overview(request):
    """Budgets per network or programme and year, with a bar chart of the figures; for
    coordinators and programme leads, not for experts."""
    if not request.user.has_perm("workflows.view_budget"):
        raise PermissionDenied
    budgets = list(Budget.objects.select_related("network").order_by("-year", "name"))
    figures = ledger.budget_figures(budgets)
    for row in figures:
        total = row["total"] or 1
        row["paid_share"] = round(100 * row["paid"] / total, 1)
        row["reserved_share"] = round(100 * row["reserved"] / total, 1)
    years = sorted({row["budget"].year for row in figures}, reverse=True)
    return _page(
        request,
        "budgets.html",
        _("Budgets"),
        years=[(year, [row for row in figures if row["budget"].year == year]) for year in years],
        may_edit=request.user.has_perm("workflows.change_budget"),
    )


@staff_only
def request_detail(request, pk):
    found = staff_request(request.user, pk)
    return _detail(request, found)


def _detail(request, found, task_form=None, open_task=None, message_form=None, upload_form=None):
    budget = None
    if found.kind == "funding":
        budget = {
            "budget": found.budget,
            "entries": found.ledger_entries.select_related("booked_by"),
            "reserved": ledger.reserved_for(found),
        }
    tasks = list(actions.human_tasks(found).select_related("owner").order_by("created", "pk"))
    now = timezone.now()
    open_tasks = [
        {
            **entry,
            "may_handle": permissions.may_handle(request.user, entry["task"], found),
            "has_form": entry["task"].flow_task.for_staff,
        }
        for entry in (task_entry(task, now) for task in tasks)
        if entry["open"]
    ]
    return _page(
        request,
        "detail.html",
        f"{found.reference}: {found.title}",
        item=found,
        timeline=staff_timeline(found.events.select_related("actor"), tasks),
        conversation=found.messages.select_related("author"),
        attachments=found.attachments.select_related("uploaded_by"),
        budget_effect=budget,
        open_tasks=open_tasks,
        task_form=task_form,
        form_task=open_task,
        message_form=message_form or StaffMessageForm(),
        upload_form=upload_form or UploadForm(),
    )


def _task_of(request_obj, task_pk):
    task = get_object_or_404(Task, pk=task_pk, process_id=request_obj.process_id)
    if task.finished is not None or task.flow_task_type != "HUMAN":
        raise Http404
    return task


def _decided_meanwhile(request, found, task_pk):
    """A second click on a decision that the first one completed: say so on the request's
    page instead of answering 404 (a GET of a finished task's form still finds nothing)."""
    done = Task.objects.filter(
        pk=task_pk, process_id=found.process_id, flow_task_type="HUMAN", finished__isnull=False
    )
    if request.method == "POST" and found.process_id and done.exists():
        messages.info(request, str(actions.TaskDoneError()))
        return redirect("workflows_admin:request_detail", pk=found.pk)
    return None


@staff_only
def task_form(request, pk, task_pk):
    found = staff_request(request.user, pk)
    if decided := _decided_meanwhile(request, found, task_pk):
        return decided
    task = _task_of(found, task_pk)
    if not task.flow_task.for_staff:
        raise Http404  # the applicant's tasks are done in "Mein Bereich"
    if not permissions.may_handle(request.user, task, found):
        raise PermissionDenied
    form = task.flow_task.form_class(request.POST or None, request=found)
    if request.method == "POST" and form.is_valid():
        try:
            form.perform(request.user, task)
        except actions.TaskDoneError as error:
            messages.info(request, str(error))
            return redirect("workflows_admin:request_detail", pk=found.pk)
        except actions.ActionRefusedError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Saved: %s") % task.flow_task.task_title)
            return redirect("workflows_admin:request_detail", pk=found.pk)
    return _detail(request, found, task_form=form, open_task=task)


@require_POST
@staff_only
def task_take(request, pk, task_pk):
    found = staff_request(request.user, pk)
    if decided := _decided_meanwhile(request, found, task_pk):
        return decided
    task = _task_of(found, task_pk)
    try:
        actions.take(request.user, task)
    except actions.ActionRefusedError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("You have taken the task."))
    return redirect("workflows_admin:request_detail", pk=found.pk)


@require_POST
@staff_only
def request_message(request, pk):
    found = staff_request(request.user, pk)
    form = StaffMessageForm(request.POST)
    if form.is_valid():
        try:
            actions.post_message(
                request.user, found, form.cleaned_data["body"], form.cleaned_data["internal"]
            )
        except actions.ActionRefusedError as error:
            form.add_error("body", str(error))
        else:
            messages.success(request, _("Your message has been saved."))
            return redirect(
                reverse("workflows_admin:request_detail", args=[found.pk]) + "#messages"
            )
    return _detail(request, found, message_form=form)


@require_POST
@staff_only
def request_upload(request, pk):
    found = staff_request(request.user, pk)
    form = UploadForm(request.POST, request.FILES)
    done_url = reverse("workflows_admin:request_detail", args=[found.pk]) + "#documents"
    response = store_upload(request, found, form, done_url)
    return response or _detail(request, found, upload_form=form)


@staff_only
def attachment_download(request, pk):
    return attachment_response(request.user, pk, staff=True)
