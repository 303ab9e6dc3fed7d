"""Two clubs in two regions, each with a running support call, and their representatives.
Tests read the English msgids (`/en/` addresses or `translation.override("en")`)."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from clubs.support_calls.models import SupportNeed
from tests.clubs.support_call_factories import SupportCallPageFactory, SupportNeedFactory
from tests.factories import UserFactory


def en_url(name, *args, **kwargs):
    with translation.override("en"):
        return reverse(name, args=args, kwargs=kwargs or None)


def page_text(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


@pytest.fixture
def club(club_in, villages):
    return club_in(villages["lindau"], title="Sportverein Lindau", contact_email="post@sv.example")


@pytest.fixture
def other_club(club_in, villages):
    return club_in(villages["suedheim"], title="Feuerwehr Südheim")


@pytest.fixture
def representative(club):
    user = UserFactory(username="vorstand.lindau", email="lena@sv.example")
    user.groups.add(club.representatives)
    return user


@pytest.fixture
def other_representative(other_club):
    user = UserFactory(username="vorstand.suedheim")
    user.groups.add(other_club.representatives)
    return user


@pytest.fixture
def call(club):
    return SupportCallPageFactory(parent=club, title="Neues Dach", slug="neues-dach")


@pytest.fixture
def helpers_need(call):
    return SupportNeedFactory(
        page=call, kind=SupportNeed.Kind.HELPERS, label="Streichen", quantity=4
    )


@pytest.fixture
def cement(call):
    return SupportNeedFactory(
        page=call, kind=SupportNeed.Kind.MATERIAL, label="Sack Zement", quantity=10
    )


@pytest.fixture
def other_call(other_club):
    return SupportCallPageFactory(parent=other_club, title="Neues Löschfahrzeug", slug="lf")
