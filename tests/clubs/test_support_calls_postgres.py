"""Two closing notes posted at the same moment (two tabs of the club's board) end as one."""

from datetime import timedelta

import pytest

from clubs.support_calls import saving
from tests.clubs.self_service_world import *  # noqa: F403 (the fixtures)
from tests.clubs.support_calls_world import TODAY, published_call
from tests.concurrency import HeldAtFirstCall, in_thread, until_it_waits_for_a_lock


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_closing_notes_make_one_note(club_a, representative, monkeypatch):
    call = published_call(
        club_a, starts_on=TODAY - timedelta(days=20), ends_on=TODAY - timedelta(days=1)
    )
    held = HeldAtFirstCall(monkeypatch, saving, "closing_note")

    first_thread, _first = in_thread(lambda: saving.post_update(call, "Erste", representative))
    assert held.inside.wait(timeout=60)
    second_thread, _second = in_thread(lambda: saving.post_update(call, "Zweite", representative))
    until_it_waits_for_a_lock(second_thread)
    held.release()
    first_thread.join()
    second_thread.join()

    assert list(call.updates.values_list("text", "closing")) == [("Zweite", True)]
