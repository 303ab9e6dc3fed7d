"""The home page's sections filled by clubs/ through template tags."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from clubs.models import OfficeHours
from tests.factories import (
    ContactPointIndexPageFactory,
    ContactPointPageFactory,
    OpportunityPageFactory,
)
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def home_with_sections(home_page, finder):
    home_page.body = [
        ("village_entry", {"heading": "Was ist los in Ihrem Ort?", "text": ""}),
        ("newest_opportunities", {"heading": "Neue Angebote", "count": 3}),
        ("contact_points", {"heading": "Anlaufstellen in Ihrer Nähe"}),
    ]
    home_page.save_revision().publish()
    return home_page


def get_home(client):
    with translation.override("de"), CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser"), len(queries)


def test_newest_open_opportunities_with_their_club(client, home_with_sections, club_in, villages):
    club = club_in(villages["lindau"], title="TSV Lindau")
    for number in range(4):
        OpportunityPageFactory(parent=club, title=f"Angebot {number}")
    OpportunityPageFactory(
        parent=club, title="Abgelaufen", expires_on=timezone.localdate() - datetime.timedelta(1)
    )

    soup, _ = get_home(client)

    cards = soup.select(".result-list .result-card")
    assert [card.h3.get_text(strip=True) for card in cards] == [
        "Angebot 3",
        "Angebot 2",
        "Angebot 1",
    ]
    assert all("TSV Lindau" in card.get_text() for card in cards)
    village_form = soup.find("input", attrs={"name": "ort"}).find_parent("form")
    assert village_form["action"] == "/engagement/"


def test_sections_cost_the_same_queries_for_more_content(
    client, home_with_sections, club_in, villages, home_page
):
    index = ContactPointIndexPageFactory(parent=home_page)

    def add(count):
        for _ in range(count):
            club = club_in(villages["lindau"])
            OpportunityPageFactory(parent=club)
            point = ContactPointPageFactory(parent=index, municipality=villages["lindau"])
            OfficeHours.objects.create(
                page=point, weekday=0, opens_at=datetime.time(9), closes_at=datetime.time(12)
            )

    add(2)
    few = count_queries(client, "/")
    add(18)
    many = count_queries(client, "/")

    soup, _ = get_home(client)
    assert len(soup.select(".office-hours")) == 20
    assert many == few
