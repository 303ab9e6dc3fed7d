"""The world of the Mein Engagement tests (test_volunteer_area*.py): one person with a message
to a club, shifts, course places and a certificate, and somebody else with records of their own.

Test classes inherit `AreaWorld` for its fixtures; `open_area` opens the area in a client by an
e-mailed link, as the person would.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation

from clubs.volunteer_area.access import create_link
from home.models import EventPage
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    InterestFactory,
    OpportunityPageFactory,
    RegistrationFactory,
    ShiftFactory,
    ShiftSignupFactory,
)

PERSON = "helga.hansen@example.org"
OTHER = "otto.other@example.org"
TODAY = timezone.localdate()


def de(text, params=None):
    """A text of the portal as German visitors read it."""
    with translation.override("de"):
        text = translation.gettext(text)
    return text % params if params else text


def page_text(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def open_area(client, email=PERSON):
    """Open Mein Engagement for `email` in `client` by a new link; the link's token."""
    token = create_link(email)
    response = client.get(f"/mein-engagement/zugang/{token}/")
    assert response.status_code == 302
    return token


class AreaWorld:
    @pytest.fixture
    def club(self, club_in, villages):
        return club_in(villages["lindau"], title="TSV Lindau", contact_email="vorstand@tsv.example")

    @pytest.fixture
    def offer(self, club):
        return OpportunityPageFactory(parent=club, title="Sommerfest", slug="sommerfest")

    @pytest.fixture
    def shifts(self, offer):
        coming = ShiftFactory(opportunity=offer, task="Kuchenstand")
        past = ShiftFactory(
            opportunity=offer, task="Aufbau", date=TODAY - datetime.timedelta(days=10)
        )
        return {
            "coming": ShiftSignupFactory(shift=coming, email=PERSON, name="Helga Hansen"),
            "past": ShiftSignupFactory(shift=past, email=PERSON, name="Helga Hansen"),
            "other": ShiftSignupFactory(shift=coming, email=OTHER, name="Otto Other"),
        }

    @pytest.fixture
    def events(self, home_page):
        index = EventIndexPageFactory(parent=home_page)
        workshop = EventPageFactory(parent=index, title="Kassenworkshop", capacity=1)
        course = EventPageFactory(
            parent=index,
            title="Erste Hilfe im Verein",
            kind=EventPage.Kind.CERTIFICATE_COURSE,
            sessions_in=(-20, -13),
        )
        return {"index": index, "workshop": workshop, "course": course}

    @pytest.fixture
    def places(self, events):
        workshop, course = events["workshop"], events["course"]
        first_waiting = RegistrationFactory(event=workshop, email=OTHER, status="waiting")
        confirmed = RegistrationFactory(event=workshop, email="erste@example.org")
        attended = RegistrationFactory(event=course, email=PERSON, name="Helga Hansen")
        attended.attended_sessions.set(course.sessions.all())
        return {
            "confirmed_other": confirmed,
            "first_waiting": first_waiting,
            "waiting": RegistrationFactory(
                event=workshop, email=PERSON, name="Helga Hansen", status="waiting"
            ),
            "attended": attended,
        }

    @pytest.fixture
    def interests(self, club, offer):
        handled = InterestFactory(
            club=club, opportunity=offer, email=PERSON.upper(), handled_at=timezone.now()
        )
        return {
            "handled": handled,
            "open": InterestFactory(club=club, email=PERSON, name="Helga Hansen"),
            "other": InterestFactory(club=club, email=OTHER),
        }

    @pytest.fixture
    def world(self, shifts, places, interests):
        return {**shifts, **places, **interests}
