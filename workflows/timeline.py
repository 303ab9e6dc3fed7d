"""What the request pages show as the history of a request and as rows of task lists."""

from django.utils import timezone

from workflows.flows import due_at


def timeline(request):
    """The steps applicants see, with who and when (staff see more: workflows.staff.history)."""
    return list(request.events.filter(public=True).select_related("actor"))


def task_rows(tasks):
    """Task list rows with their request, due date and whether they are overdue."""
    now = timezone.now()
    rows = []
    for task in tasks:
        due = due_at(task)
        rows.append(
            {
                "task": task,
                "request": task.process.request,
                "due": due,
                "overdue": due < now,
                "escalated": bool((task.data or {}).get("escalated_at")),
            }
        )
    return rows
