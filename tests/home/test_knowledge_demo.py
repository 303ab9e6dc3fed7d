"""The demo knowledge base: what a visitor of a fresh demo finds, and that loading it twice
changes nothing."""

import re

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, PageViewRestriction, Revision

from home.demo.knowledge import pdf_with_lines
from home.models import ArticlePage, HandbookPage, KnowledgeIndexPage, Topic
from home.roles import MEMBERS_COLLECTION_NAME

pytestmark = pytest.mark.django_db


def database_snapshot():
    counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
    pages = list(
        Page.objects.order_by("pk").values_list("pk", "path", "title", "live", "latest_revision_id")
    )
    documents = list(get_document_model().objects.values_list("pk", "file", "file_hash"))
    return counts, pages, documents, Revision.objects.count()


def test_demo_knowledge_base_covers_every_topic_and_kind(demo, client):
    index = KnowledgeIndexPage.objects.get(locale__language_code="de")
    articles = ArticlePage.objects.child_of(index).live()

    assert index.url == "/wissen/"
    assert articles.count() >= 12
    assert set(articles.values_list("kind", flat=True)) == {"article", "checklist", "template"}
    german_topics = Topic.objects.filter(locale__language_code="de")
    assert set(german_topics.filter(articles__in=articles).values_list("slug", flat=True)) == set(
        german_topics.values_list("slug", flat=True)
    )
    with translation.override("de"):
        html = client.get(index.url).content.decode()
    assert len(BeautifulSoup(html, "html.parser").select(".topic-index__item")) == 9


def test_demo_has_one_members_only_article_with_a_private_document(demo, client):
    restricted = ArticlePage.objects.filter(
        pk__in=PageViewRestriction.objects.values("page_id"), locale__language_code="de"
    )

    assert restricted.count() == 1
    document = restricted.get().downloads.get().document
    assert document.collection.name == MEMBERS_COLLECTION_NAME
    assert document.file_extension == "pdf"
    assert client.get(restricted.get().url).status_code == 302
    assert client.get(document.url).status_code == 302


def test_demo_documents_are_small_real_files(demo, client):
    documents = get_document_model().objects.all()

    assert {document.file_extension for document in documents} >= {"pdf", "csv", "txt"}
    public_pdf = documents.exclude(collection__name=MEMBERS_COLLECTION_NAME).get(
        file__endswith=".pdf"
    )
    assert public_pdf.file_size == public_pdf.file.size
    content = b"".join(client.get(public_pdf.url).streaming_content)
    assert content.startswith(b"%PDF-1.4")


def test_generated_pdf_has_a_correct_cross_reference_table():
    pdf = pdf_with_lines(["Checkliste (Entwurf)", "Größe: 1 Seite"])

    start = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", pdf).group(1))
    assert pdf[start:].startswith(b"xref\n0 6\n")
    offsets = [int(offset) for offset in re.findall(rb"(\d{10}) 00000 n", pdf)]
    assert [pdf[offset:].split(b"\n")[0] for offset in offsets] == [
        b"%d 0 obj" % number for number in range(1, 6)
    ]
    assert "Größe".encode("cp1252") in pdf


def test_demo_handbook_is_read_chapter_by_chapter(demo, client):
    handbook = HandbookPage.objects.get(locale__language_code="de")
    chapters = handbook.chapters()

    assert handbook.title == "Handbuch Vereinsarbeit"
    assert 5 <= chapters.count() <= 7
    with translation.override("de"):
        html = client.get(chapters[2].url).content.decode()
    assert f"Kapitel 3 von {chapters.count()}" in html


def test_demo_translates_the_index_and_three_articles(demo, client):
    english = Locale.objects.get(language_code="en")
    index = KnowledgeIndexPage.objects.get(locale=english)

    with translation.override("en"):
        html = client.get(index.url).content.decode()

    titles = [
        link.get_text(strip=True)
        for link in BeautifulSoup(html, "html.parser").select(".listing-page__results h3 a")
    ]
    assert len(titles) == 3
    assert "Insurance cover for volunteers" in titles
    assert "Insurance" in BeautifulSoup(html, "html.parser").select_one(".topic-index").get_text()


def test_demo_loads_twice_without_changing_anything(demo):
    from home.demo import load_demo_content

    first = database_snapshot()

    load_demo_content(log=lambda message: None)

    assert database_snapshot() == first
