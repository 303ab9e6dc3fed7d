"""Creates the demo knowledge base: the section "Wissen für Vereine" with articles, checklists
and templates across the topics, a few generated documents, one members-only article, and the
"Handbuch Vereinsarbeit" with its chapters; English translations of the section and three
articles.

Runs after the clubs loader (order 10), which creates the topics; they are looked up by slug.
Every step only creates what is missing and never overwrites, like the other demo loaders.
"""

import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Site

from home.knowledge.privacy import restrict_to_members
from home.models import (
    ArticleDocument,
    ArticlePage,
    HandbookChapterPage,
    HandbookPage,
    KnowledgeIndexPage,
    Topic,
)
from home.roles import setup_members_collection

from .knowledge_content import ARTICLES, DOCUMENTS, HANDBOOK, INDEX
from .pages import DemoPages


def pdf_with_lines(lines):
    """A valid one-page A4 PDF showing `lines` in Helvetica: enough for a demo download, and
    no PDF library needed."""

    def escaped(line):
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    shown = " ".join(f"({escaped(line)}) '" for line in lines)
    stream = f"BT /F1 11 Tf 16 TL 56 800 Td {shown} ET".encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return bytes(pdf)


class KnowledgeDemoLoader(DemoPages):
    translated_term_fields = ("topics",)

    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        self.home = Site.objects.get(is_default_site=True).root_page.specific
        self.english, _ = Locale.objects.get_or_create(language_code="en")
        self.topics = {term.slug: term for term in Topic.objects.filter(locale=self.home.locale)}
        self.public_collection = Collection.get_first_root_node()
        self.members_collection = setup_members_collection()
        self.documents = {key: self._document(spec) for key, spec in DOCUMENTS.items()}
        self.index = self._index()
        for spec in ARTICLES:
            self._article(spec)
        self._handbook()

    def _document(self, spec):
        collection = self.members_collection if spec.get("members_only") else self.public_collection
        model = get_document_model()
        document = model.objects.filter(title=spec["title"], collection=collection).first()
        if document:
            return document
        lines = spec["lines"]
        content = pdf_with_lines(lines) if spec.get("pdf") else "\r\n".join(lines).encode()
        document = model(title=spec["title"], collection=collection)
        document.file.save(spec["filename"], ContentFile(content), save=False)
        document._set_document_file_metadata()
        document.save()
        self.log(f"Created document {document.title}")
        return document

    def _index(self):
        # At most one per home page, so found by type: staff may have changed the slug.
        index = self.home.get_children().type(KnowledgeIndexPage).first()
        if index:
            index = index.specific
        else:
            german = INDEX["de"]
            index = KnowledgeIndexPage(
                title=german["title"], slug=INDEX["slug"], intro=german["intro"], show_in_menus=True
            )
            self._add(self.home, index)
            self._place_in_menu(index)
        translation = self._translate(index, INDEX["en"])
        if translation:
            self._place_in_menu(translation)
        return index

    def _article(self, spec):
        article = self._child(self.index, spec["slug"])
        if article is None:
            german = spec["de"]
            article = ArticlePage(
                title=german["title"],
                slug=spec["slug"],
                kind=spec["kind"],
                teaser=german["teaser"],
                body=german["body"],
                reviewed_on=datetime.date(*spec["reviewed"]),
            )
            article.topics = [self.topics[slug] for slug in spec["topics"]]
            article.downloads = [
                ArticleDocument(document=self.documents[key]) for key in spec.get("documents", [])
            ]
            self._add(self.index, article)
            if spec.get("members_only"):
                restrict_to_members(article)
                self.log(f"Made {article.title} members-only")
        if "en" in spec:
            self._translate(article, spec["en"])

    def _handbook(self):
        handbook = self._child(self.index, HANDBOOK["slug"])
        if handbook is None:
            handbook = HandbookPage(
                title=HANDBOOK["title"],
                slug=HANDBOOK["slug"],
                intro=HANDBOOK["intro"],
                body=HANDBOOK["body"],
                reviewed_on=datetime.date(*HANDBOOK["reviewed"]),
            )
            self._add(self.index, handbook)
        for slug, title, summary, body in HANDBOOK["chapters"]:
            if self._child(handbook, slug) is None:
                chapter = HandbookChapterPage(title=title, slug=slug, summary=summary, body=body)
                self._add(handbook, chapter)
