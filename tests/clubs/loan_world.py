"""Fixtures of the loan tests: three clubs (A and C in Amt Nord, B in Amt Süd), a
representative for each, and the coordinator of Amt Nord. Club B's item is what A and C ask for.
"""

import pytest
from django.contrib.auth.models import Group

from home.roles import CLUB_REPRESENTATIVES
from tests.clubs.exchange_factories import item_of
from tests.clubs.self_service_world import *  # noqa: F403 (club_a, club_b, the representatives)
from tests.factories import ClubPageFactory, UserFactory

__all__ = [  # noqa: F405 (the fixtures of self_service_world)
    "_german_addresses",
    "club_a",
    "club_b",
    "club_c",
    "coordinator_a",
    "directory",
    "item_of_b",
    "other_representative",
    "representative",
    "representative_c",
    "roles",
]


@pytest.fixture
def club_c(directory, club_a):
    club = ClubPageFactory(
        parent=directory, title="Kulturverein Nord", municipality=club_a.municipality
    )
    club.save_revision().publish()
    club.refresh_from_db()
    return club


@pytest.fixture
def representative_c(roles, club_c):
    user = UserFactory(username="verein.c")
    user.groups.add(club_c.representatives, Group.objects.get(name=CLUB_REPRESENTATIVES.group_name))
    return user


@pytest.fixture
def item_of_b(club_b):
    return item_of(club_b)
