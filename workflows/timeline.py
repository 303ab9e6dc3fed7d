"""What the request pages show as the history of a request and as rows of task lists."""

from django.utils import timezone

from workflows.flows import due_at


def timeline(request, tasks=(), staff=False):
    """Every step with who and when; applicants see only the steps meant for them."""
    events = request.events.select_related("actor")
    if not staff:
        events = events.filter(public=True)
    return list(events)


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
