"""Editors' picks for a query, the statistics of what visitors search, and the report."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from home.demo.management.commands import load_demo
from home.knowledge.privacy import restrict_to_members
from search.models import UnansweredQueryDailyHits
from tests.factories import StandardPageFactory
from tests.query_budget import count_queries
from tests.search.conftest import _user_in

pytestmark = pytest.mark.django_db


def promoted(client, path="/suche/", **params):
    html = BeautifulSoup(client.get(path, params).content, "html.parser")
    return [link.get_text(strip=True) for link in html.select(".search-promotions a")]


def test_editors_picks_come_first_on_the_first_page(client, portal):
    for number in range(11):
        StandardPageFactory(parent=portal.home_page, title=f"Sommerfest {number}")
    query = Query.get("Sommerfest")
    SearchPromotion.objects.create(
        query=query, page=portal.article, description="Alles zur Haftung.", sort_order=0
    )

    assert promoted(client, q="sommerfest") == ["Dorffest versichern"]
    assert promoted(client, q="Sommerfest", page=2) == []
    assert promoted(client, q="Erntefest") == []
    assert promoted(client, q="Sommerfest?") == ["Dorffest versichern"]  # as counted


def test_a_pick_that_the_visitor_may_not_read_is_left_out(client, portal, member):
    SearchPromotion.objects.create(
        query=Query.get("kasse"), page=portal.members_article, sort_order=0
    )

    assert promoted(client, q="Kasse") == []
    client.force_login(member)
    assert promoted(client, q="Kasse") == ["Dorffest-Kasse intern"]


def test_a_pick_leads_english_visitors_to_the_translation(
    client, portal, english, english_home_page
):
    translation = portal.standard.copy_for_translation(english)
    translation.title = "Rules for the village fair"
    translation.save_revision().publish()
    SearchPromotion.objects.create(query=Query.get("fair"), page=portal.standard, sort_order=0)

    assert promoted(client, "/en/suche/", q="fair") == ["Rules for the village fair"]


def test_searches_are_counted_and_those_without_results_too(client, portal):
    client.get("/suche/", {"q": "Dorffest"})
    client.get("/suche/", {"q": "dorffest!"})
    client.get("/suche/", {"q": "Kinderschminken"})
    client.get("/suche/", {"q": "Dorffest", "page": 2})  # browsing is not a new search
    client.get("/suche/", {"q": "Dorffest", "typ": "neuigkeiten"})  # nor is narrowing down

    assert Query.get("dorffest").hits == 2
    assert not UnansweredQueryDailyHits.objects.filter(query__query_string="dorffest").exists()
    assert UnansweredQueryDailyHits.objects.get(query__query_string="kinderschminken").hits == 1


def test_the_report_shows_editors_frequent_and_unanswered_searches(client, portal, editor):
    for _ in range(3):
        client.get("/suche/", {"q": "Dorffest"})
    client.get("/suche/", {"q": "Kinderschminken"})
    client.force_login(editor)

    everything = client.get("/admin/reports/suchanfragen/").content.decode()
    unanswered = client.get(
        "/admin/reports/suchanfragen/", {"without_results": "true"}
    ).content.decode()
    export = client.get("/admin/reports/suchanfragen/", {"export": "csv"})
    content = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))

    assert everything.index("dorffest") < everything.index("kinderschminken")
    assert "kinderschminken" in unanswered
    assert "dorffest" not in unanswered
    assert rows[0][:3] == ["Suchbegriff", "Suchen in den letzten 90 Tagen", "Davon ohne Treffer"]
    assert rows[1][:3] == ["dorffest", "3", "0"]
    assert rows[2][:3] == ["kinderschminken", "1", "1"]


def test_the_report_is_for_editors_only(client, portal):
    from home.roles import COORDINATORS

    client.get("/suche/", {"q": "Kinderschminken"})
    client.force_login(_user_in(COORDINATORS, "koordination"))
    response = client.get("/admin/reports/suchanfragen/")

    assert response.status_code in (302, 403)
    assert b"kinderschminken" not in response.content


@pytest.mark.parametrize(
    "now",
    ["2026-12-06 10:00+01:00", "2026-12-07 00:30+01:00"],
    ids=["daytime", "after-midnight-in-germany"],
)
def test_old_statistics_are_pruned(client, portal, time_machine, now):
    import datetime

    time_machine.move_to(now)

    from django.utils import timezone

    query = Query.get("altes fest")
    long_ago = timezone.localdate() - datetime.timedelta(days=91)
    QueryDailyHits.objects.create(query=query, date=long_ago, hits=5)
    UnansweredQueryDailyHits.objects.create(query=query, date=long_ago, hits=5)
    client.get("/suche/", {"q": "Dorffest"})

    call_command("prune_search_statistics", stdout=io.StringIO())

    assert not Query.objects.filter(query_string="altes fest").exists()
    assert not UnansweredQueryDailyHits.objects.exists()
    assert Query.get("dorffest").hits == 1


def test_suggestions_are_json_titles_with_addresses(client, portal):
    response = client.get("/suche/vorschlaege/", {"q": "Dorff"})
    results = response.json()["results"]

    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    assert {"title": "Dorffest-Ordnung", "url": "/dorffest/"} in results
    assert len(results) <= 8
    assert client.get("/suche/vorschlaege/", {"q": "D"}).json() == {"results": []}


def test_load_demo_rebuilds_the_search_index(monkeypatch, settings):
    commands = []
    monkeypatch.setattr(load_demo, "load_demo_content", lambda log: None)
    monkeypatch.setattr(load_demo, "call_command", lambda name, **kwargs: commands.append(name))
    settings.ALLOW_DEMO_CONTENT = True

    call_command("load_demo", stdout=io.StringIO())

    assert commands == ["update_index"]


def test_a_private_page_is_not_suggested(client, portal):
    restrict_to_members(portal.standard)

    titles = [
        result["title"]
        for result in client.get("/suche/vorschlaege/", {"q": "Dorffest"}).json()["results"]
    ]

    assert "Dorffest-Ordnung" not in titles


def test_the_report_costs_the_same_queries_for_2_and_20_search_terms(client, portal, editor):
    def add(start, count):
        for number in range(start, start + count):
            client.get("/suche/", {"q": f"Suchwort{number}"})

    add(0, 2)
    client.force_login(editor)
    few = count_queries(client, "/admin/reports/suchanfragen/")
    client.logout()
    add(2, 18)
    client.force_login(editor)
    assert count_queries(client, "/admin/reports/suchanfragen/") == few
    assert "suchwort19" in client.get("/admin/reports/suchanfragen/").content.decode()
