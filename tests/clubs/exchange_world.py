"""Fixtures of the Tauschbörse tests: the self-service world (club A in Amt Nord, club B in
Amt Süd, a representative of each, the coordination of Amt Nord) plus a coordinator of Amt Süd
and a way to make items."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from clubs.exchange.models import ExchangeItem
from home.roles import COORDINATORS
from tests.clubs.self_service_world import *  # noqa: F403 (the fixtures)
from tests.factories import UserFactory

TODAY = timezone.localdate()


def make_item(club, **fields):
    values = {
        "kind": ExchangeItem.Kind.EQUIPMENT,
        "direction": ExchangeItem.Direction.OFFER,
        "title": "Festzelt 6 x 12 m",
        "description": "Weißes Festzelt mit Seitenwänden.",
        "municipality": club.municipality,
        **fields,
    }
    return ExchangeItem.objects.create(club=club, **values)


def days(count):
    return TODAY + timedelta(days=count)


@pytest.fixture
def coordinator_b(roles, club_b):
    user = UserFactory(username="koordination.sued")
    user.groups.add(Group.objects.get(name=COORDINATORS.group_name))
    club_b.region.coordinators.add(user)
    return user
