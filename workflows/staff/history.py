"""The staff's timeline of a request: its recorded steps and its process's human tasks in one
list, so that staff see who has a task, since when, until when, and what is overdue."""

from django.utils import timezone
from viewflow.workflow.status import STATUS

from workflows.flows import due_at


def task_entry(task, now):
    due = due_at(task)
    open_ = task.finished is None and task.status != STATUS.CANCELED
    return {
        "at": task.created,
        "task": task,
        "due": due,
        "open": open_,
        "cancelled": task.status == STATUS.CANCELED,
        "overdue": open_ and due < now,
        "late": task.finished is not None and task.finished > due,
        "escalated": bool((task.data or {}).get("escalated_at")),
    }


def staff_timeline(events, tasks):
    """`events` (all RequestEvents, staff-only ones included) and `tasks` (with their owners
    loaded), oldest first."""
    now = timezone.now()
    entries = [{"at": event.created_at, "event": event} for event in events]
    entries += [task_entry(task, now) for task in tasks]
    return sorted(entries, key=lambda entry: entry["at"])


def task_rows(tasks):
    """Rows of the task lists: each task's entry with its request."""
    now = timezone.now()
    return [{**task_entry(task, now), "request": task.process.request} for task in tasks]
