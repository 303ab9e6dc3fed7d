"""The lock on a request's process while a person completes one of its tasks.

viewflow's own `select_for_update_lock` asks for the row with NOWAIT and catches the refusal
inside its savepoint. workflows.actions completes tasks inside an outer transaction, where that
savepoint can no longer be released after the refusal: a second decision at the same moment
(a double click, a second tab) ended in a server error. This lock waits for the row for a
short while instead (`WORKFLOW_LOCK_TIMEOUT` seconds, PostgreSQL's `lock_timeout` for this one
statement), in a savepoint of its own, so a refusal leaves the caller's transaction usable and
arrives as viewflow's `FlowLockFailed`. Usually the first decision commits within the wait and
the second then finds its task done (see workflows.actions).
"""

from contextlib import contextmanager

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from viewflow.workflow.exceptions import FlowLockFailed


@contextmanager
def _lock_timeout(seconds):
    """PostgreSQL waits at most `seconds` for a lock inside the block (then raises an error);
    the previous value is restored afterwards. Other databases write one at a time anyway."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('lock_timeout')")
        previous = cursor.fetchone()[0]
        cursor.execute("SELECT set_config('lock_timeout', %s, true)", [f"{int(seconds * 1000)}ms"])
    yield
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('lock_timeout', %s, true)", [previous])


class ProcessRowLock:
    """Row lock on the process for the rest of the transaction; FlowLockFailed when another
    transaction holds it for longer than WORKFLOW_LOCK_TIMEOUT."""

    @contextmanager
    def __call__(self, flow_class, process_pk):
        with transaction.atomic():
            try:
                with transaction.atomic(), _lock_timeout(settings.WORKFLOW_LOCK_TIMEOUT):
                    flow_class.process_class._default_manager.select_for_update().filter(
                        pk=process_pk
                    ).exists()
            except DatabaseError as error:
                raise FlowLockFailed(f"Process {process_pk} is locked elsewhere") from error
            yield


process_row_lock = ProcessRowLock()
