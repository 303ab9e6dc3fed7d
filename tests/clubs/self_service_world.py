"""Fixtures of the club self-service tests: two clubs in two regions under the regional
approval workflow, a representative and a coordinator for each."""

import io

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from PIL import Image

from home.roles import CLUB_REPRESENTATIVES, COORDINATORS, setup_roles
from tests.factories import (
    ClubDirectoryPageFactory,
    ClubPageFactory,
    MunicipalityFactory,
    RegionFactory,
    UserFactory,
)
from workflows.demo.loader import load_club_approval

__all__ = [
    "_german_addresses",
    "club_a",
    "club_b",
    "club_workflow",
    "coordinator_a",
    "directory",
    "logged_in",
    "other_representative",
    "representative",
    "roles",
]

PROFILE_DATA = {
    "title": "Sportverein Lindau",
    "kind": "club",
    "summary": "Fußball und Turnen für alle.",
    "description": "Wir sind ein Verein.\n\nSeit 1920 & mehr.",
    "municipality": "",
    "street": "Am Sportplatz 1",
    "postcode": "24111",
    "meeting_times": "Dienstags 18 Uhr",
    "website": "https://sv-lindau.example.org",
    "contact_email": "vorstand@sv-lindau.example.org",
    "competencies_note": "",
    "needs": "Trainerinnen",
}


def de(text):
    with translation.override("de"):
        return translation.gettext(text)


def state_label(state):
    """A state's name as German visitors read it."""
    with translation.override("de"):
        return str(state.label)


def png_bytes(size=(20, 20), image_format="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, "blue").save(buffer, image_format)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def _german_addresses():
    """A request to an English address leaves English active in the thread, which would give
    the next test's reverse() English addresses."""
    with translation.override("de"):
        yield


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


def _club(directory, region_name, title):
    region = RegionFactory(name=region_name)
    club = ClubPageFactory(
        parent=directory, title=title, municipality=MunicipalityFactory(region=region)
    )
    club.save_revision().publish()
    directory.refresh_from_db()
    club.refresh_from_db()
    return club


@pytest.fixture
def club_a(directory):
    return _club(directory, "Amt Nord", "Sportverein Nord")


@pytest.fixture
def club_b(directory, club_a):
    return _club(directory, "Amt Süd", "Chor Süd")


def _member(group, username, **kwargs):
    user = UserFactory(username=username, **kwargs)
    user.groups.add(group, Group.objects.get(name=CLUB_REPRESENTATIVES.group_name))
    return user


@pytest.fixture
def representative(roles, club_a):
    return _member(club_a.representatives, "verein.a", first_name="Lena", last_name="Petersen")


@pytest.fixture
def other_representative(roles, club_b):
    return _member(club_b.representatives, "verein.b")


@pytest.fixture
def coordinator_a(roles, club_a):
    user = UserFactory(username="koordination.nord")
    user.groups.add(Group.objects.get(name=COORDINATORS.group_name))
    club_a.region.coordinators.add(user)
    return user


@pytest.fixture
def logged_in(client, club_workflow, representative):
    client.force_login(representative)
    return client
