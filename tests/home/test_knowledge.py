"""The knowledge base at /wissen/ as visitors see it: topic index, filters, paging, articles."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from home.knowledge.privacy import restrict_to_members
from home.models import ArticleDocument, HomePage, KnowledgeIndexPage
from home.roles import setup_roles
from tests.factories import (
    ArticlePageFactory,
    DocumentFactory,
    KnowledgeIndexPageFactory,
    TopicFactory,
)
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return KnowledgeIndexPageFactory(parent=home_page)


@pytest.fixture
def topics():
    return {
        "recht": TopicFactory(name="Recht", slug="recht"),
        "finanzen": TopicFactory(name="Finanzen und Steuern", slug="finanzen-steuern"),
        "datenschutz": TopicFactory(name="Datenschutz", slug="datenschutz"),
    }


def get(client, url):
    with translation.override("de"):
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def titles(html):
    soup = BeautifulSoup(html, "html.parser")
    return [link.get_text(strip=True) for link in soup.select(".listing-page__results h3 a")]


def topic_index(html):
    soup = BeautifulSoup(html, "html.parser")
    return [
        " ".join(item.get_text(" ", strip=True).split())
        for item in soup.select(".topic-index__item")
    ]


def test_home_page_accepts_the_knowledge_base_once(home_page):
    assert KnowledgeIndexPage in HomePage.allowed_subpage_models()
    KnowledgeIndexPageFactory(parent=home_page)

    assert not KnowledgeIndexPage.can_create_at(home_page)


def test_topic_index_counts_the_articles_of_each_topic(client, index, topics):
    ArticlePageFactory(parent=index, topics=[topics["recht"]])
    ArticlePageFactory(parent=index, topics=[topics["recht"], topics["finanzen"]])
    ArticlePageFactory(parent=index, topics=[topics["finanzen"]], live=False)

    html = get(client, index.url)

    assert topic_index(html) == ["Finanzen und Steuern 1 Artikel", "Recht 2 Artikel"]
    link = BeautifulSoup(html, "html.parser").select_one(".topic-index__item a")
    assert link["href"] == "?thema=finanzen-steuern"


def test_filters_by_topic_and_kind(client, index, topics):
    ArticlePageFactory(parent=index, title="Satzung ändern", topics=[topics["recht"]])
    ArticlePageFactory(
        parent=index,
        title="Checkliste Haftung",
        kind="checklist",
        topics=[topics["recht"], topics["finanzen"]],
    )
    ArticlePageFactory(
        parent=index, title="Kassenbuch", kind="template", topics=[topics["finanzen"]]
    )

    assert titles(get(client, index.url + "?thema=recht")) == [
        "Checkliste Haftung",
        "Satzung ändern",
    ]
    assert titles(get(client, index.url + "?art=template")) == ["Kassenbuch"]
    assert titles(get(client, index.url + "?thema=finanzen-steuern&art=checklist")) == [
        "Checkliste Haftung"
    ]
    current = BeautifulSoup(get(client, index.url + "?thema=recht"), "html.parser").select_one(
        ".topic-index a[aria-current]"
    )
    assert current.get_text(strip=True) == "Recht"


@pytest.mark.parametrize(
    "query", ["?thema=gibt-es-nicht", "?art=%3Cscript%3E", "?thema=%00", "?page=abc", "?page=-1"]
)
def test_bad_filter_values_are_explained_not_answered_with_an_error(client, index, query):
    ArticlePageFactory(parent=index, title="Satzung ändern")

    html = get(client, index.url + query)

    assert titles(html) == ["Satzung ändern"]
    if "page" not in query:
        assert "Bitte eine gültige Auswahl treffen" in html


def test_empty_state_and_paging_keep_the_filters(client, index, topics):
    for number in range(14):
        ArticlePageFactory(parent=index, title=f"Artikel {number:02d}", topics=[topics["recht"]])

    first = get(client, index.url + "?thema=recht")
    assert "14 Wissensartikel gefunden" in first
    assert len(titles(first)) == 12
    next_link = BeautifulSoup(first, "html.parser").select_one("a[rel=next]")["href"]
    assert "thema=recht" in next_link
    assert titles(get(client, index.url + next_link)) == ["Artikel 12", "Artikel 13"]

    empty = get(client, index.url + "?thema=datenschutz")
    assert "0 Wissensartikel gefunden" in empty
    assert "Kein Wissensartikel passt zu diesen Filtern" in empty


def test_listing_shows_members_only_articles_locked_without_their_content(client, index):
    setup_roles()
    public = ArticlePageFactory(parent=index, title="Öffentlich")
    secret = ArticlePageFactory(
        parent=index,
        title="Musterverträge",
        teaser="Vorlagen für Honorarverträge.",
        body=[("rich_text", "<p>Geheimer Vertragstext</p>")],
    )
    restrict_to_members(secret)

    html = get(client, index.url)
    cards = {
        card.select_one("h3").get_text(strip=True): card
        for card in BeautifulSoup(html, "html.parser").select(".result-card")
    }

    assert set(cards) == {public.title, secret.title}
    assert "Nur für angemeldete Vereine" in cards["Musterverträge"].get_text()
    assert "Vorlagen für Honorarverträge." in cards["Musterverträge"].get_text()
    assert "Nur für angemeldete Vereine" not in cards["Öffentlich"].get_text()
    assert "Geheimer Vertragstext" not in html


def test_article_page_shows_kind_topics_body_downloads_and_review_date(client, index, topics):
    article = ArticlePageFactory(
        parent=index,
        title="Kassenprüfung vorbereiten",
        kind="checklist",
        topics=[topics["finanzen"]],
        reviewed_on=datetime.date(2026, 3, 12),
        body=[
            (
                "checklist",
                {"heading": "Vor der Prüfung", "items": ["Belege sortieren", "Kassenbuch"]},
            )
        ],
    )
    document = DocumentFactory(title="Prüfbericht-Vorlage")
    ArticleDocument.objects.create(page=article, document=document, note="Zum Ausfüllen")

    soup = BeautifulSoup(get(client, article.url), "html.parser")

    facts = soup.select_one(".fact-list").get_text(" ", strip=True)
    assert "Checkliste" in facts
    assert "Finanzen und Steuern" in facts
    assert [item.get_text(strip=True) for item in soup.select(".checklist__item")] == [
        "Belege sortieren",
        "Kassenbuch",
    ]
    assert len(soup.select(".checklist__item input[type=checkbox]")) == 2
    download = soup.select_one(".document-list__item")
    assert download.select_one("a")["href"] == document.url
    assert "(TXT, 800 Bytes)" in " ".join(download.get_text(" ", strip=True).split())
    assert "Zum Ausfüllen" in download.get_text()
    assert soup.select_one(".reviewed-on").get_text(strip=True) == "Stand: 12.03.2026"


def test_pdf_size_reads_like_pdf_and_kilobytes(client, index):
    article = ArticlePageFactory(parent=index)
    document = DocumentFactory(title="Merkblatt")
    document.file_size = 120 * 1024
    document.file.name = "documents/merkblatt.pdf"
    document.save()
    ArticleDocument.objects.create(page=article, document=document)

    text = BeautifulSoup(get(client, article.url), "html.parser").select_one(".document-list__item")

    assert "(PDF, 120,0 KB)" in " ".join(text.get_text(" ", strip=True).split())


def test_english_visitors_see_english_topic_names(
    client, index, topics, english, english_home_page
):
    english_topic = topics["recht"].copy_for_translation(english)
    english_topic.name = "Law"
    english_topic.save()
    article = ArticlePageFactory(parent=index, title="Satzung ändern", topics=[topics["recht"]])
    english_index = index.copy_for_translation(english)
    english_index.save_revision().publish()
    translated = article.copy_for_translation(english)
    translated.title = "Changing the statutes"
    translated.save_revision().publish()

    with translation.override("en"):
        listing = client.get(english_index.url).content.decode()
        page = client.get(translated.url).content.decode()

    assert titles(listing) == ["Changing the statutes"]
    assert topic_index(listing) == ["Law 1 article"]
    assert "Law" in BeautifulSoup(page, "html.parser").select_one(".fact-list").get_text()


@pytest.mark.parametrize("query", ["", "?thema=recht&art=checklist"])
def test_query_count_does_not_grow_with_the_articles(client, index, topics, query):
    setup_roles()

    def add(count):
        for number in range(count):
            article = ArticlePageFactory(
                parent=index, kind="checklist", topics=[topics["recht"], topics["finanzen"]]
            )
            if number % 3 == 0:
                restrict_to_members(article)

    add(2)
    with_few = count_queries(client, index.url + query)
    add(18)
    with_many = count_queries(client, index.url + query)

    assert re.search(r"20 Wissensartikel", client.get(index.url + query).content.decode())
    assert with_many == with_few
