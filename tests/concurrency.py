"""Two requests at the same moment, made repeatable: the first is held at a chosen call while
the second provably arrives, then both run to their end (PostgreSQL, for its row locks)."""

import threading
import time

from django.db import connection


class HeldAtFirstCall:
    """Replaces `owner.name` so that its first call stops until `release()` (later calls run at
    once); `inside` is set when the first call is held there."""

    def __init__(self, monkeypatch, owner, name):
        self.inside = threading.Event()
        self.released = threading.Event()
        self.calls = 0
        original = getattr(owner, name)

        def held(*args, **kwargs):
            self.calls += 1
            if self.calls == 1:
                self.inside.set()
                self.released.wait(timeout=60)
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, held)

    def release(self):
        self.released.set()


def in_thread(function):
    """Starts `function` in a thread with its own database connection; the thread and a dict
    that holds its return value as "response" once it has finished."""
    result = {}

    def run():
        try:
            result["response"] = function()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def until_it_waits_for_a_lock(thread):
    """Returns once `thread` waits for a lock another transaction holds (or has ended)."""
    while thread.is_alive() and not _someone_waits_for_a_lock():
        time.sleep(0.01)


def _someone_waits_for_a_lock():
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_locks WHERE NOT granted")
        return cursor.fetchone()[0] > 0
