"""The opportunity finder at /engagement/: filters, radius search, paging and its query bound."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation

from tests.factories import CategoryFactory, OpportunityPageFactory
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
ONE_DAY = datetime.timedelta(days=1)


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in soup.select(".listing-page__results h3 a")]


def get(client, finder, query=""):
    with translation.override("de"):
        response = client.get(finder.url + query)
    assert response.status_code == 200
    return response


@pytest.fixture
def opportunity(club_in, villages):
    def make(title, village="lindau", **fields):
        club = club_in(villages[village])
        return OpportunityPageFactory(parent=club, title=title, **fields)

    return make


def test_lists_open_opportunities_only(client, finder, opportunity):
    opportunity("Regelmäßig beim Training helfen")
    opportunity("Heute beim Dorffest", commitment="one_off", starts_on=TODAY)
    opportunity("Gestern beim Flohmarkt", commitment="one_off", starts_on=TODAY - ONE_DAY)
    opportunity(
        "Woche bis gestern",
        commitment="short_term",
        starts_on=TODAY - 7 * ONE_DAY,
        ends_on=TODAY - ONE_DAY,
    )
    opportunity("Abgelaufen", expires_on=TODAY - ONE_DAY)
    opportunity("Bis heute gesucht", expires_on=TODAY)
    opportunity("Entwurf", live=False)

    assert sorted(titles(get(client, finder))) == [
        "Bis heute gesucht",
        "Heute beim Dorffest",
        "Regelmäßig beim Training helfen",
    ]


def test_filters_by_village_name_slug_or_postcode(client, finder, opportunity):
    opportunity("In Lindau")
    opportunity("In Weitdorf", village="weitdorf")

    for value in ("Lindau", "lindau", " LINDAU ", "24111"):
        assert titles(get(client, finder, f"?ort={value}")) == ["In Lindau"]


def test_unknown_place_is_explained_and_ignored(client, finder, opportunity):
    opportunity("In Lindau")

    response = get(client, finder, "?ort=Atlantis")

    assert "Wir kennen keinen Ort „Atlantis“" in response.content.decode()
    assert titles(response) == ["In Lindau"]


def test_radius_search_sorts_by_distance(client, finder, opportunity):
    opportunity("In Weitdorf", village="weitdorf")
    opportunity("In Lindau")
    opportunity("In Nachbardorf", village="nachbardorf")
    opportunity("In Fernort", village="fernort")
    opportunity("In Südheim", village="suedheim")

    assert titles(get(client, finder, "?ort=lindau&umkreis=5")) == ["In Lindau", "In Nachbardorf"]
    assert titles(get(client, finder, "?ort=Nachbardorf&umkreis=25")) == [
        "In Nachbardorf",
        "In Lindau",
        "In Weitdorf",
    ]
    page = get(client, finder, "?ort=lindau&umkreis=25").content.decode()
    assert "etwa 3 km entfernt" in page


def test_radius_needs_a_place(client, finder, opportunity):
    opportunity("In Lindau")

    response = get(client, finder, "?umkreis=10")

    assert "Bitte geben Sie einen Ort oder eine Postleitzahl an" in response.content.decode()
    assert titles(response) == ["In Lindau"]


def test_filters_by_category_any_of_them(client, finder, opportunity):
    sport = CategoryFactory(name="Sport", slug="sport")
    culture = CategoryFactory(name="Kultur", slug="kultur")
    youth = CategoryFactory(name="Jugend", slug="jugend")
    opportunity("Sport", categories=[sport])
    opportunity("Kultur", categories=[culture])
    opportunity("Sport und Kultur", categories=[sport, culture])
    opportunity("Jugend", categories=[youth])

    assert sorted(titles(get(client, finder, "?bereich=sport&bereich=kultur"))) == [
        "Kultur",
        "Sport",
        "Sport und Kultur",
    ]


def test_filters_combine(client, finder, opportunity):
    opportunity("Regelmäßig für Familien", suitable_for_families=True)
    opportunity(
        "Einmalig für Familien",
        commitment="one_off",
        starts_on=TODAY + ONE_DAY,
        suitable_for_families=True,
        suitable_for_seniors=True,
    )
    opportunity(
        "Einmalig, von zu Hause",
        commitment="one_off",
        starts_on=TODAY + ONE_DAY,
        remote_possible=True,
        suitable_for_families=True,
    )
    opportunity(
        "Einmalig in Weitdorf",
        village="weitdorf",
        commitment="one_off",
        starts_on=TODAY + ONE_DAY,
        suitable_for_families=True,
    )

    assert sorted(titles(get(client, finder, "?ort=lindau&art=one_off&geeignet=familien"))) == [
        "Einmalig für Familien",
        "Einmalig, von zu Hause",
    ]
    assert titles(get(client, finder, "?geeignet=familien&geeignet=senioren")) == [
        "Einmalig für Familien"
    ]
    assert titles(get(client, finder, "?art=one_off&zuhause=on")) == ["Einmalig, von zu Hause"]


def test_date_range_keeps_undated_and_overlapping(client, finder, opportunity):
    opportunity("Immer")
    opportunity("Im Zeitraum", commitment="one_off", starts_on=TODAY + 10 * ONE_DAY)
    opportunity("Danach", commitment="one_off", starts_on=TODAY + 40 * ONE_DAY)
    opportunity(
        "Überlappend",
        commitment="short_term",
        starts_on=TODAY + ONE_DAY,
        ends_on=TODAY + 60 * ONE_DAY,
    )
    start, end = TODAY + 5 * ONE_DAY, TODAY + 20 * ONE_DAY

    assert sorted(titles(get(client, finder, f"?von={start:%Y-%m-%d}&bis={end:%Y-%m-%d}"))) == [
        "Im Zeitraum",
        "Immer",
        "Überlappend",
    ]
    response = get(client, finder, f"?von={end:%Y-%m-%d}&bis={start:%Y-%m-%d}")
    assert (
        "Das Ende des Zeitraums kann nicht vor seinem Beginn liegen." in response.content.decode()
    )


@pytest.mark.parametrize(
    "query",
    [
        "?von=31.02.2026",
        "?umkreis=7",
        "?art=nonsense",
        "?bereich=%00",
        "?page=-1",
        "?page=abc",
        "?ort=" + "x" * 5000,
        "?geeignet=<script>",
    ],
)
def test_bad_filter_values_are_answered_without_error(client, finder, opportunity, query):
    opportunity("Regelmäßig")

    response = get(client, finder, query)

    assert titles(response) == ["Regelmäßig"]


def test_count_empty_state_and_paging_keep_the_filters(client, finder, opportunity):
    for number in range(12):
        opportunity(f"Angebot {number:02d}")

    first = get(client, finder, "?ort=lindau")
    text = first.content.decode()
    assert "12 Angebote gefunden" in text
    assert len(titles(first)) == 10
    next_link = BeautifulSoup(text, "html.parser").select_one("a[rel=next]")["href"]
    assert "ort=lindau" in next_link
    assert "page=2" in next_link
    assert len(titles(get(client, finder, next_link))) == 2

    empty = get(client, finder, "?ort=fernort").content.decode()
    assert "0 Angebote gefunden" in empty
    assert "Entfernen Sie einzelne Filter" in empty


def test_english_finder_lists_english_opportunities(client, finder, opportunity, english):
    german = opportunity("Beim Training helfen")
    opportunity("Nur deutsch")
    english_home = finder.get_parent().specific.copy_for_translation(english)
    english_home.save_revision().publish()
    german.get_parent().get_parent().specific.copy_for_translation(
        english
    ).save_revision().publish()
    german.get_parent().specific.copy_for_translation(english).save_revision().publish()
    translated = german.copy_for_translation(english)
    translated.title = "Help with training"
    translated.save_revision().publish()
    english_finder = finder.copy_for_translation(english)
    english_finder.save_revision().publish()

    with translation.override("en"):
        response = client.get(english_finder.url)

    assert titles(response) == ["Help with training"]


@pytest.mark.parametrize("query", ["", "?ort=lindau&umkreis=25&bereich=sport&geeignet=familien"])
def test_query_count_does_not_grow_with_the_results(client, finder, opportunity, query):
    sport = CategoryFactory(name="Sport", slug="sport")

    def add(count):
        for _ in range(count):
            opportunity(
                "Angebot", village="nachbardorf", suitable_for_families=True, categories=[sport]
            )

    add(10)
    with_ten = count_queries(client, finder.url + query)
    add(90)
    with_hundred = count_queries(client, finder.url + query)

    assert re.search(r"100 Angebote", client.get(finder.url + query).content.decode())
    assert with_hundred == with_ten
