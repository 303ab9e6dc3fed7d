"""Fixtures of the joining tests: test classes of test_joining*.py and test_board*.py inherit
`JoiningWorld`, which adds a coordinator to each region of tests/clubs/conftest.py, an
administrator, a pending application and clubs with their representatives."""

import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from home.roles import CLUB_REPRESENTATIVES, COORDINATORS, setup_roles
from tests.factories import ClubApplicationFactory, ClubPageFactory, UserFactory


def de(text, params=None):
    """A text of the portal as German visitors read it."""
    with translation.override("de"):
        text = translation.gettext(text)
    return text % params if params else text


def _coordinator(region, username):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=COORDINATORS.group_name))
    region.coordinators.add(user)
    return user


def make_representative(club, username, **kwargs):
    user = UserFactory(username=username, **kwargs)
    user.groups.add(club.representatives, Group.objects.get(name=CLUB_REPRESENTATIVES.group_name))
    return user


class JoiningWorld:
    @pytest.fixture
    def roles(self, db):
        return setup_roles()

    @pytest.fixture
    def coordinator_north(self, roles, north):
        return _coordinator(north, "koordination.nord")

    @pytest.fixture
    def coordinator_south(self, roles, south):
        return _coordinator(south, "koordination.sued")

    @pytest.fixture
    def admin_user(self, db):
        return UserFactory(username="admin", is_superuser=True)

    @pytest.fixture
    def pending(self, villages, directory):
        """A confirmed application from Lindau (region north)."""
        return ClubApplicationFactory(name="Dorfladen Lindau", municipality=villages["lindau"])

    @pytest.fixture
    def make_club(self, directory, roles):
        """make_club(municipality) -> a published club whose group is set up."""

        def make(municipality, **kwargs):
            club = ClubPageFactory(parent=directory, municipality=municipality, **kwargs)
            club.refresh_from_db()
            return club

        return make
