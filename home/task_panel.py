"""The dashboard panel that shows administrators whether background work gets done: a stopped
worker, tasks that wait or run too long (as /health/ reports them), and tasks that failed for
good. No recipients or texts: what failed is named by its task and error only."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.admin.ui.components import Component

from home.health import stale_tasks
from home.models.background import TaskWorker
from home.tasks import MailRetryQueuedError

RETRY_QUEUED = f"{MailRetryQueuedError.__module__}.{MailRetryQueuedError.__qualname__}"
FAILED_DAYS = 7
FAILURES_LISTED = 5


class TaskQueuePanel(Component):
    name = "task_queue"
    order = 95
    template_name = "wagtailadmin/home/task_queue_panel.html"

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        lease_start = now - timedelta(seconds=settings.TASK_WORKER_LEASE_SECONDS)
        failed = (
            DBTaskResult.objects.failed()
            .filter(finished_at__gte=now - timedelta(days=FAILED_DAYS))
            .exclude(exception_class_path=RETRY_QUEUED)
            .order_by("-finished_at")
        )
        retried = DBTaskResult.objects.failed().filter(
            exception_class_path=RETRY_QUEUED, finished_at__gte=now - timedelta(days=1)
        )
        waiting = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
        return {
            "worker_running": TaskWorker.objects.filter(last_seen_at__gte=lease_start).exists(),
            "waiting_count": waiting.count(),
            "stale_count": stale_tasks(now).count(),
            "stale_minutes": settings.TASK_STALE_SECONDS // 60,
            "failed_count": failed.count(),
            "failed_days": FAILED_DAYS,
            "failures": [
                {
                    "task": result.task_path.rsplit(".", 1)[-1],
                    "error": result.exception_class_path.rsplit(".", 1)[-1],
                    "finished_at": result.finished_at,
                }
                for result in failed.only("task_path", "exception_class_path", "finished_at")[
                    :FAILURES_LISTED
                ]
            ],
            "retried_count": retried.count(),
        }
