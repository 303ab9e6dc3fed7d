"""Parallel pledges for the last units of a need, on PostgreSQL with real connections: the row
lock on the need serves them one after the other, so they never exceed its quantity."""

import threading

import pytest
from django.db import connection

from clubs.support_calls.models import Pledge
from clubs.support_calls.pledges import PledgeRefusedError, pledge
from tests.clubs.pledges_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.support_call_factories import PledgeFactory


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_pledges_for_the_last_units_never_exceed_the_quantity(call, cement):
    """Seven of ten sacks are pledged; eight people pledge two each at the same moment: one
    gets two, then one more fits nowhere, so one is stored and seven are refused."""
    PledgeFactory(call=call, kind="material", need=cement, quantity=7, amount=None)
    barrier = threading.Barrier(8)
    refusals, errors = [], []

    def attempt(number):
        try:
            barrier.wait()
            pledge(
                call,
                cement,
                kind=Pledge.Kind.MATERIAL,
                quantity=2,
                name=f"Person {number}",
                email=f"person{number}@example.org",
                consent_text="ok",
                language="de",
            )
        except PledgeRefusedError as refused:
            refusals.append(refused.reason)
        except Exception as error:  # any other failure fails the test below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sum(Pledge.objects.active().filter(need=cement).values_list("quantity", flat=True)) == 9
    assert refusals == [PledgeRefusedError.TOO_MANY] * 7


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_single_units_fill_the_need_exactly(call, cement):
    """Fifteen people pledge one sack each at once for ten sacks: exactly ten are stored."""
    barrier = threading.Barrier(15)
    refusals, errors = [], []

    def attempt(number):
        try:
            barrier.wait()
            pledge(
                call,
                cement,
                kind=Pledge.Kind.MATERIAL,
                quantity=1,
                name=f"Person {number}",
                email=f"person{number}@example.org",
                consent_text="ok",
                language="de",
            )
        except PledgeRefusedError as refused:
            refusals.append(refused.reason)
        except Exception as error:  # any other failure fails the test below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(15)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Pledge.objects.filter(need=cement).count() == 10
    assert len(refusals) == 5
