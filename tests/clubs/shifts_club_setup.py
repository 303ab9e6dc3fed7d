"""Two clubs with a one-off offer each, their representatives, and addresses in English (the
texts the tests read are the English msgids, whatever the German catalogue says)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from clubs.models import OpportunityPage
from tests.factories import (
    ClubDirectoryPageFactory,
    ClubPageFactory,
    OpportunityPageFactory,
    ShiftFactory,
    ShiftSignupFactory,
    UserFactory,
)

ONE_OFF = OpportunityPage.Commitment.ONE_OFF


def en_url(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def directory(home_page):
    return ClubDirectoryPageFactory(parent=home_page)


def _club_with_offer(directory, title, offer_title):
    club = ClubPageFactory(parent=directory, title=title)
    offer = OpportunityPageFactory(
        parent=club, title=offer_title, commitment=ONE_OFF, starts_on=in_days(7)
    )
    return club, offer


@pytest.fixture
def club(directory):
    return _club_with_offer(directory, "Sportverein Lindau", "Sommerfest")[0]


@pytest.fixture
def offer(club):
    return OpportunityPage.objects.child_of(club).get().specific


@pytest.fixture
def other_club(directory, club):
    return _club_with_offer(directory, "Feuerwehr Südheim", "Laternenumzug")[0]


@pytest.fixture
def other_offer(other_club):
    return OpportunityPage.objects.child_of(other_club).get().specific


@pytest.fixture
def representative(club):
    user = UserFactory(username="vorstand.lindau", first_name="Lena", last_name="Petersen")
    user.groups.add(club.representatives)
    return user


@pytest.fixture
def other_representative(other_club):
    user = UserFactory(username="vorstand.suedheim")
    user.groups.add(other_club.representatives)
    return user


@pytest.fixture
def shift(offer):
    return ShiftFactory(opportunity=offer, task="Kuchenstand", place_note="Am Sportplatz")


@pytest.fixture
def signups(shift):
    return [
        ShiftSignupFactory(shift=shift, name="Anna Beispiel", email="anna@example.org"),
        ShiftSignupFactory(
            shift=shift, name="Bodo Muster", email="bodo@example.org", phone="0461 12345"
        ),
        ShiftSignupFactory(shift=shift, name="Cem Yilmaz", email="cem@example.org", language="en"),
    ]
