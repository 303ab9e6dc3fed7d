"""Two regions with one club and one coordinator each, the club directory under the regional
approval workflow, and a representative of the first club."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group

from home.roles import CLUB_REPRESENTATIVES, COORDINATORS, EXPERTS, PROGRAMME_LEADS, setup_roles
from tests.factories import (
    BudgetFactory,
    ClubDirectoryPageFactory,
    ClubPageFactory,
    ExpertFactory,
    MunicipalityFactory,
    RegionFactory,
    TopicFactory,
    UserFactory,
)
from workflows.demo.loader import load_club_approval


@pytest.fixture
def roles(db):
    return setup_roles()


@pytest.fixture
def directory(home_page):
    directory = ClubDirectoryPageFactory(parent=home_page)
    home_page.refresh_from_db()
    return directory


@pytest.fixture
def club_workflow(directory):
    return load_club_approval(log=lambda message: None)


def _club(directory, region_name):
    region = RegionFactory(name=region_name)
    club = ClubPageFactory(parent=directory, municipality=MunicipalityFactory(region=region))
    club.save_revision().publish()  # a live revision to compare changes with
    directory.refresh_from_db()
    club.refresh_from_db()
    return club


@pytest.fixture
def club_a(directory):
    return _club(directory, "Amt Nord")


@pytest.fixture
def club_b(directory, club_a):
    return _club(directory, "Amt Süd")


def _coordinator(region, username):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=COORDINATORS.group_name))
    region.coordinators.add(user)
    return user


@pytest.fixture
def coordinator_a(roles, club_a):
    return _coordinator(club_a.region, "koordination.nord")


@pytest.fixture
def coordinator_b(roles, club_b):
    return _coordinator(club_b.region, "koordination.sued")


@pytest.fixture
def representative(roles, club_a):
    user = UserFactory(username="verein.a", first_name="Lena", last_name="Petersen")
    user.groups.add(club_a.representatives, Group.objects.get(name=CLUB_REPRESENTATIVES.group_name))
    return user


@pytest.fixture
def superuser(db):
    return UserFactory(username="admin", is_superuser=True)


@pytest.fixture
def programme_lead(roles):
    user = UserFactory(username="programmleitung")
    user.groups.add(Group.objects.get(name=PROGRAMME_LEADS.group_name))
    return user


@pytest.fixture
def second_lead(roles):
    user = UserFactory(username="programmleitung.zwei")
    user.groups.add(Group.objects.get(name=PROGRAMME_LEADS.group_name))
    return user


@pytest.fixture
def budget(db):
    return BudgetFactory(total=Decimal("5000.00"))


@pytest.fixture
def topic(db):
    return TopicFactory(name="Finanzen und Steuern")


@pytest.fixture
def expert_user(roles, club_a, topic):
    user = UserFactory(username="lotse")
    user.groups.add(Group.objects.get(name=EXPERTS.group_name))
    expert = ExpertFactory(name="Jana Lotse", user=user)
    expert.regions.add(club_a.region)
    expert.topics.add(topic)
    return user


@pytest.fixture
def other_representative(roles, club_b):
    user = UserFactory(username="verein.b")
    user.groups.add(club_b.representatives, Group.objects.get(name=CLUB_REPRESENTATIVES.group_name))
    return user
