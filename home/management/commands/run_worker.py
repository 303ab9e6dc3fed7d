"""`manage.py run_worker`: the task worker of production (home.worker, docs/operations.md).

Takes the options of django-tasks-db's `db_worker` (except --reload) and adds what that one
lacks: tasks of a worker that died are queued again, and the worker outlives a database outage.
"""

from django.core.management.base import CommandError
from django_tasks_db.management.commands import db_worker

from home.worker import PortalWorker


class Command(db_worker.Command):
    help = "Run the task worker: reclaims tasks of dead workers and survives database outages."

    def handle(
        self,
        *,
        verbosity,
        queue_name,
        interval,
        batch,
        backend_name,
        startup_delay,
        max_tasks,
        worker_id,
        exclude_queues,
        reload,
        **options,
    ):
        if reload:
            raise CommandError("run_worker does not reload; use db_worker --reload in development.")
        if exclude_queues and queue_name != "*":
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        self.configure_logging(verbosity)
        worker = PortalWorker(
            queue_names=queue_name.split(","),
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=exclude_queues.split(",") if exclude_queues else [],
        )
        worker.configure_signals()
        worker.run()
