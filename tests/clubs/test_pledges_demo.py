"""The demo's pledges: one call nearly funded, the other with a few pledges, none without
calls, and loading twice changes nothing."""

from decimal import Decimal

import pytest

from clubs.demo.pledges import load_pledges_demo
from clubs.support_calls.models import Pledge, SupportNeed
from clubs.support_calls.progress import progress
from tests.clubs.pledges_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.support_call_factories import SupportNeedFactory

pytestmark = pytest.mark.django_db


def test_without_support_calls_nothing_happens():
    load_pledges_demo(log=lambda message: None)

    assert not Pledge.objects.exists()


def test_one_call_nearly_funded_the_other_started(call, cement, helpers_need, other_call):
    SupportNeedFactory(page=other_call, kind=SupportNeed.Kind.MATERIAL, quantity=20)

    load_pledges_demo(log=lambda message: None)
    load_pledges_demo(log=lambda message: None)

    nearly = progress(call)
    assert nearly.pledged_amount == Decimal("4500")
    assert Decimal("0") < nearly.confirmed_amount < nearly.pledged_amount
    assert {n.need.label: n.open for n in nearly.needs} == {"Sack Zement": 2, "Streichen": 1}
    started = progress(other_call)
    assert started.pledged_amount == Decimal("1250")
    assert started.needs[0].pledged == 6
    assert Pledge.objects.filter(email__endswith="@example.org").count() == Pledge.objects.count()
