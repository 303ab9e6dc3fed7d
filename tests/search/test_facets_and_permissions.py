"""What the search finds for whom, and the facets' counts (on SQLite and on PostgreSQL)."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.timezone import localtime
from wagtail.models import Page

from home.knowledge.privacy import restrict_to_members
from tests.factories import NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get("/suche/", params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(html):
    return {link.get_text(strip=True) for link in html.select(".search-results h3 a")}


def facet(html, param):
    """{label: count} of one facet's options."""
    group = html.find(id=f"facet-{param}")
    if group is None:
        return {}
    options = {}
    for link in group.find_parent("section").select("a"):
        label, count = re.match(r"(.+?)\s*\((\d+)\)", link.get_text(" ", strip=True)).groups()
        options[label] = int(count)
    return options


def test_every_kind_of_content_is_found_and_counted(client, portal):
    html = search(client, q="Dorffest")

    assert titles(html) == {
        "Rückblick aufs Dorffest",
        "Genehmigung fürs Dorffest",
        "Planungstreffen Dorffest",
        "Heimatverein Lindenau",
        "Helfen beim Dorffest",
        "Dorffest-Ordnung",
        "Dorffest versichern",
    }
    assert facet(html, "typ") == {
        "Engagement-Angebote": 1,
        "Veranstaltungen und Kurse": 1,
        "Vereine und Initiativen": 1,
        "Neuigkeiten": 2,
        "Wissen": 1,
        "Weitere Seiten": 1,
    }
    assert facet(html, "region") == {"Amt Nord": 4, "Amt Süd": 1}
    assert facet(html, "ort") == {"Lindenau": 2, "Hainbach": 1}
    assert facet(html, "thema") == {"Recht": 3, "Finanzen": 2}


def test_a_chosen_facet_narrows_the_results_and_the_other_facets(client, portal):
    html = search(client, q="Dorffest", typ="neuigkeiten")

    assert titles(html) == {"Rückblick aufs Dorffest", "Genehmigung fürs Dorffest"}
    assert facet(html, "region") == {"Amt Nord": 2}
    assert facet(html, "thema") == {"Recht": 2, "Finanzen": 1}
    # the chosen facet still offers the other kinds, counted without itself
    assert facet(html, "typ")["Vereine und Initiativen"] == 1
    chosen = html.select_one("#facet-typ ~ ul a[aria-current]")
    assert "Neuigkeiten" in chosen.get_text()
    assert "typ=" not in chosen["href"]  # choosing it again removes the filter


def test_facets_combine(client, portal):
    html = search(client, q="Dorffest", region="nord", thema="recht")

    assert titles(html) == {"Rückblick aufs Dorffest", "Genehmigung fürs Dorffest"}
    assert facet(html, "typ") == {"Neuigkeiten": 2}
    assert facet(html, "region") == {"Amt Nord": 2}  # without the region, still only in north
    assert facet(html, "thema") == {"Recht": 2, "Finanzen": 1}


def test_a_village_filter_finds_what_lies_there(client, portal):
    html = search(client, q="Dorffest", ort="hainbach")

    assert titles(html) == {"Planungstreffen Dorffest"}


def test_members_only_articles_are_found_by_members_only(client, portal, member):
    anonymous = search(client, q="Kassenführung")
    client.force_login(member)
    logged_in = search(client, q="Kassenführung")

    assert titles(anonymous) == set()
    assert titles(logged_in) == {"Dorffest-Kasse intern"}
    assert facet(logged_in, "thema") == {"Finanzen": 1}


def test_members_only_article_is_not_suggested_to_visitors(client, portal, member):
    anonymous = client.get("/suche/vorschlaege/", {"q": "Dorffest-Kasse"}).json()
    client.force_login(member)
    logged_in = client.get("/suche/vorschlaege/", {"q": "Dorffest-Kasse"}).json()

    assert "Dorffest-Kasse intern" not in [result["title"] for result in anonymous["results"]]
    assert "Dorffest-Kasse intern" in [result["title"] for result in logged_in["results"]]


def test_subpages_of_a_private_page_stay_hidden(client, portal):
    restrict_to_members(portal.club)

    assert (
        titles(search(client, q="Dorffest")) & {"Heimatverein Lindenau", "Helfen beim Dorffest"}
        == set()
    )


def test_drafts_are_never_found(client, portal):
    page = portal.standard
    page.title = "Geheimer Entwurfstitel"
    page.save_revision()  # a draft of a live page: the published title stays
    StandardPageFactory(parent=portal.home_page, title="Unveröffentlichtes Geheimnis", live=False)

    assert titles(search(client, q="Entwurfstitel")) == set()
    assert titles(search(client, q="Geheimnis")) == set()
    assert titles(search(client, q="Dorffest-Ordnung")) == {"Dorffest-Ordnung"}


def test_published_changes_unpublished_and_moved_pages_are_indexed_at_once(client, portal):
    page = portal.standard
    page.title = "Festordnung für alle"
    page.save_revision().publish()
    assert titles(search(client, q="Festordnung")) == {"Festordnung für alle"}

    page.refresh_from_db()
    page.unpublish()
    assert titles(search(client, q="Festordnung")) == set()

    page.save_revision().publish()
    page.refresh_from_db()
    private_section = StandardPageFactory(parent=portal.home_page, title="Intern", slug="intern")
    restrict_to_members(private_section)
    page.move(private_section, pos="last-child")
    assert titles(search(client, q="Festordnung")) == set()


def test_english_visitors_search_the_english_pages(client, portal, english, english_home_page):
    translation = portal.standard.copy_for_translation(english)
    translation.title = "Rules for the village fair"
    translation.intro = "How the village fair works."
    translation.save_revision().publish()

    english_html = search_english(client, q="fair")
    german_html = search(client, q="fair")

    assert titles(english_html) == {"Rules for the village fair"}
    assert titles(german_html) == set()
    assert titles(search_english(client, q="Dorffest")) == set()


def search_english(client, **params):
    response = client.get("/en/suche/", params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_results_show_kind_date_place_and_a_marked_excerpt(client, portal):
    html = search(client, q="Dorffest", typ="veranstaltungen")
    hit = html.select_one(".search-results__item")
    meta = hit.select_one(".search-hit__meta").get_text(" ", strip=True)
    session = portal.event.sessions.get()

    assert meta.startswith("Veranstaltung")
    assert localtime(session.start).strftime("%d.%m.%Y") in meta
    assert "Hainbach" in meta
    assert hit.select_one(".search-hit__excerpt").get_text().startswith("Wir planen das Dorffest")
    assert [mark.get_text() for mark in hit.select(".search-hit__excerpt mark")] == ["Dorffest"]


def test_results_are_paginated(client, portal):
    for number in range(12):
        StandardPageFactory(parent=portal.home_page, title=f"Laternenumzug {number}")

    first = search(client, q="Laternenumzug")
    second = search(client, q="Laternenumzug", page=2)

    assert len(titles(first)) == 10
    assert len(titles(second)) == 2
    assert titles(first).isdisjoint(titles(second))
    assert "12 Ergebnisse" in first.get_text()


def test_odd_facet_values_do_no_harm(client, portal):
    for params in [
        {"typ": "gibt-es-nicht"},
        {"region": "<script>"},
        {"ort": "x" * 500},
        {"thema": "unbekannt"},
        {"page": "99999"},
    ]:
        response = client.get("/suche/", {"q": "Dorffest", **params})
        assert response.status_code == 200
        assert b"<script>" not in response.content


def test_more_hits_cost_no_more_queries(client, portal):
    search(client, q="Dorffest", region="nord")  # content types and site roots now cached
    with CaptureQueriesContext(connection) as few:
        search(client, q="Dorffest", region="nord")
    for number in range(15):
        NewsPageFactory(
            parent=portal.news_index, title=f"Dorffest Nummer {number}", region=portal.north
        )
    with CaptureQueriesContext(connection) as many:
        html = search(client, q="Dorffest", region="nord")

    # a full page of hits, most of them new: queries per kind of page shown, never per hit
    assert len(titles(html)) == 10
    assert len(many) <= len(few)


def test_home_page_and_root_are_not_results(client, portal):
    home_title = Page.objects.get(depth=2).title
    StandardPageFactory(parent=portal.home_page, title=f"{home_title} für Vereine")

    assert titles(search(client, q=home_title)) == {f"{home_title} für Vereine"}


def test_translations_of_members_only_articles_stay_hidden(
    client, portal, member, english, english_home_page
):
    knowledge = portal.knowledge.copy_for_translation(english)
    knowledge.save_revision().publish()
    translation = portal.members_article.copy_for_translation(english)
    translation.title = "Village fair cash box"
    translation.teaser = "Bookkeeping for members."
    translation.save_revision().publish()

    assert titles(search_english(client, q="Bookkeeping")) == set()
    client.force_login(member)
    assert titles(search_english(client, q="Bookkeeping")) == {"Village fair cash box"}


def test_opportunities_that_are_over_are_not_found(client, portal):
    import datetime

    from django.utils import timezone

    opportunity = portal.opportunity
    opportunity.expires_on = timezone.localdate() - datetime.timedelta(days=1)
    opportunity.save_revision().publish()

    assert "Helfen beim Dorffest" not in titles(search(client, q="Dorffest"))
