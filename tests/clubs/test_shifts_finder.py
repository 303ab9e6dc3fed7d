""" "Wo fehlt noch jemand?": the finder's filter and sort by open shift places, its cards, and the
home page section of the most urgent offers."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation

from tests.factories import OpportunityPageFactory, ShiftFactory, ShiftSignupFactory
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def in_days(days):
    return TODAY + datetime.timedelta(days=days)


def soup_of(client, url, language="de"):
    with translation.override(language):
        response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(soup):
    return [link.get_text(strip=True) for link in soup.select(".result-list h3 a")]


@pytest.fixture
def offer(club_in, villages):
    def make(title, *shifts, **fields):
        """shifts: (days ahead, helpers needed, signed up)."""
        page = OpportunityPageFactory(parent=club_in(villages["lindau"]), title=title, **fields)
        for days, needed, taken in shifts:
            shift = ShiftFactory(opportunity=page, date=in_days(days), helpers_needed=needed)
            ShiftSignupFactory.create_batch(taken, shift=shift)
        return page

    return make


def test_filter_keeps_offers_with_free_places_in_upcoming_shifts(client, finder, offer):
    offer("Ohne Schichten")
    offer("Ausgebucht", (5, 2, 2))
    offer("Nur vorbei", (-3, 4, 0))
    offer("Noch Platz", (5, 2, 2), (9, 4, 1))

    soup = soup_of(client, finder.url + "?schichten=on")

    assert titles(soup) == ["Noch Platz"]


def test_sort_puts_the_nearest_free_shift_first(client, finder, offer):
    offer("Ohne Schichten", starts_on=in_days(1), commitment="one_off")
    offer("In zehn Tagen", (10, 3, 0))
    offer("Morgen voll, in drei Tagen frei", (1, 1, 1), (3, 2, 0))

    soup = soup_of(client, finder.url + "?sortierung=naechster-termin")

    assert titles(soup) == ["Morgen voll, in drei Tagen frei", "In zehn Tagen", "Ohne Schichten"]


def test_card_says_how_many_places_and_when_the_next_shift_is(client, finder, offer):
    offer("Sommerfest", (4, 3, 1), (8, 2, 0))
    offer("Ohne Schichten")

    soup = soup_of(client, finder.url)

    cards = {card.h3.get_text(strip=True): card for card in soup.select(".result-card")}
    expected = f"4 freie Schichtplätze, nächste Schicht am {in_days(4):%d.%m.}"
    assert expected in " ".join(cards["Sommerfest"].get_text(" ").split())
    assert cards["Ohne Schichten"].select_one(".result-card__shifts") is None


def test_english_finder_counts_the_shifts_of_the_german_offer(
    client, finder, offer, english, english_home_page
):
    german = offer("Sommerfest", (4, 3, 1))
    club_en = german.get_parent().specific.copy_for_translation(english, copy_parents=True)
    club_en.save_revision().publish()
    translated = german.copy_for_translation(english)
    translated.title = "Summer fair"
    translated.save_revision().publish()
    english_finder = finder.copy_for_translation(english)
    english_finder.save_revision().publish()

    soup = soup_of(client, english_finder.url + "?schichten=on", "en")

    assert titles(soup) == ["Summer fair"]
    assert "2 free shift places" in soup.select_one(".result-card__shifts").get_text()


@pytest.mark.parametrize("query", ["", "?schichten=on&sortierung=naechster-termin"])
def test_query_count_does_not_grow_with_the_offers(client, finder, offer, query):
    def add(count):
        for number in range(count):
            offer("Angebot", (number % 5 + 1, 3, 1), (number % 7 + 2, 2, 0))

    add(3)
    few = count_queries(client, finder.url + query)
    add(27)
    many = count_queries(client, finder.url + query)

    assert re.search(r"30 Angebote", client.get(finder.url + query).content.decode())
    assert many == few


@pytest.fixture
def home_with_urgent_shifts(home_page, finder):
    home_page.body = [("urgent_shifts", {"heading": "Wo fehlt noch jemand?", "count": 2})]
    home_page.save_revision().publish()
    return home_page


def test_home_shows_the_offers_whose_next_free_shift_is_soonest(
    client, home_with_urgent_shifts, offer
):
    offer("Ohne Schichten")
    offer("Voll", (1, 1, 1))
    offer("In zehn Tagen", (10, 3, 0))
    offer("In fünf Tagen", (5, 3, 0))
    offer("Übermorgen", (2, 3, 2))

    soup = soup_of(client, "/")

    section = soup.select_one(".home-section")
    assert section.h2.get_text(strip=True) == "Wo fehlt noch jemand?"
    assert titles(section) == ["Übermorgen", "In fünf Tagen"]
    link = section.select_one("p a")["href"]
    assert link == "/engagement/?schichten=on&sortierung=naechster-termin"


def test_home_section_is_hidden_without_open_shifts(client, home_with_urgent_shifts, offer):
    offer("Voll", (1, 1, 1))

    soup = soup_of(client, "/")

    assert soup.select_one(".home-section") is None
    assert "Wo fehlt noch jemand?" not in soup.get_text()


def test_home_section_costs_the_same_queries_for_more_offers(
    client, home_with_urgent_shifts, offer
):
    def add(count):
        for number in range(count):
            offer("Angebot", (number % 5 + 1, 3, 1))

    add(2)
    few = count_queries(client, "/")
    add(18)
    many = count_queries(client, "/")

    assert many == few
