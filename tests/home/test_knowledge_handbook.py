"""Handbooks: the table of contents, chapters read one by one, and the whole book on one page."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from home.knowledge.privacy import restrict_to_members
from home.roles import setup_roles
from tests.factories import (
    HandbookChapterPageFactory,
    HandbookPageFactory,
    KnowledgeIndexPageFactory,
)
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def handbook(home_page):
    index = KnowledgeIndexPageFactory(parent=home_page)
    return HandbookPageFactory(parent=index, title="Handbuch Vereinsarbeit")


@pytest.fixture
def chapters(handbook):
    return [
        HandbookChapterPageFactory(
            parent=handbook,
            title=title,
            body=[("rich_text", f"<p>Text über {title}</p>")],
        )
        for title in ("Gründung", "Vorstand", "Finanzen")
    ]


def soup_of(client, url):
    with translation.override("de"):
        response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_handbook_lists_its_live_chapters_in_page_order(client, handbook, chapters):
    HandbookChapterPageFactory(parent=handbook, title="Entwurf", live=False)
    chapters[2].move(chapters[0], pos="left")

    contents = soup_of(client, handbook.url).select(".handbook-contents__item > a")

    assert [link.get_text(strip=True) for link in contents] == ["Finanzen", "Gründung", "Vorstand"]
    assert contents[1]["href"] == chapters[0].url


def test_chapter_says_where_it_is_and_links_its_neighbours(client, handbook, chapters):
    middle = soup_of(client, chapters[1].url)

    assert "Kapitel 2 von 3" in middle.select_one(".handbook-position").get_text()
    assert middle.select_one("a[rel=prev]")["href"] == chapters[0].url
    assert middle.select_one("a[rel=next]")["href"] == chapters[2].url
    first, last = soup_of(client, chapters[0].url), soup_of(client, chapters[2].url)
    assert first.select_one("a[rel=prev]") is None
    assert first.select_one("a[rel=next]")["href"] == chapters[1].url
    assert last.select_one("a[rel=next]") is None
    assert "Kapitel 3 von 3" in last.select_one(".handbook-position").get_text()


def test_print_view_shows_every_chapter_on_one_page(client, handbook, chapters):
    contents = soup_of(client, handbook.url)
    print_link = next(link for link in contents.select("a") if "zum Drucken" in link.get_text())

    printed = soup_of(client, print_link["href"])

    assert print_link["href"] == handbook.url + "drucken/"
    sections = printed.select(".handbook-print__chapter")
    assert [section.h2.get_text(strip=True) for section in sections] == [
        "Gründung",
        "Vorstand",
        "Finanzen",
    ]
    assert "Text über Vorstand" in sections[1].get_text()


def test_print_view_keeps_members_only_chapters_closed(client, handbook, chapters):
    setup_roles()
    restrict_to_members(chapters[1])

    sections = soup_of(client, handbook.url + "drucken/").select(".handbook-print__chapter")

    assert "Text über Vorstand" not in sections[1].get_text()
    assert "Nur für angemeldete Vereine" in sections[1].get_text()
    assert "Text über Finanzen" in sections[2].get_text()
    assert client.get(chapters[1].url).status_code == 302


def test_a_members_only_handbook_is_closed_in_every_view(client, handbook, chapters):
    setup_roles()
    restrict_to_members(handbook)

    for url in (handbook.url, handbook.url + "drucken/", chapters[0].url):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/konto/anmelden/")


@pytest.mark.parametrize("view", ["", "drucken/"])
def test_contents_and_print_view_cost_the_same_queries_for_3_and_30_chapters(
    client, handbook, chapters, view
):
    url = handbook.url + view
    few = count_queries(client, url)
    for number in range(27):
        HandbookChapterPageFactory(parent=handbook, title=f"Kapitel {number}")
    assert count_queries(client, url) == few
    assert "Kapitel 26" in client.get(url).content.decode()
