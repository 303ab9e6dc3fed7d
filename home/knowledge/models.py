"""The knowledge base ("Wissensspeicher"): articles, checklists and templates by topic, and
handbooks read chapter by chapter.

Members-only articles use Wagtail's page privacy (see home.knowledge.privacy); the index lists
them with a lock hint but never shows their content or documents.
"""

from django import forms
from django.db import models
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import KnowledgeStreamBlock
from home.knowledge.privacy import PrivateAcrossTranslationsMixin, mark_members_only, readable_by
from home.listing import FilteredListingMixin
from home.models.pages import SectionPage
from home.models.taxonomy import Topic, in_default_locale


def reviewed_on_field():
    return models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_(
            "The day somebody last checked that the content is still correct; shown as 'As of …'."
        ),
    )


class KnowledgeIndexPage(FilteredListingMixin, SectionPage):
    """The knowledge base ("Wissen"): its topics with their article counts, the articles with
    filters by topic and kind, and the handbooks."""

    subpage_types = ["home.ArticlePage", "home.HandbookPage"]
    template = "pages/knowledge_index_page.html"
    items_per_page = 12

    class Meta:
        verbose_name = _("knowledge base")
        verbose_name_plural = _("knowledge bases")

    def articles(self):
        """Every live article, members-only ones included: the listing shows them locked."""
        return ArticlePage.objects.child_of(self).live()

    def listing_filter(self, request):
        # imported late: that module imports the models defined here
        from home.knowledge.filters import KnowledgeFilter

        articles = self.articles().prefetch_related("topics").order_by("title", "pk")
        return KnowledgeFilter(request.GET or None, queryset=articles, request=request)

    def decorate_listed(self, items):
        return mark_members_only(
            Topic.objects.attach_names_in_active_locale(items, "topics", "topic_names")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            topics=self.topics_with_counts(),
            handbooks=HandbookPage.objects.child_of(self).live().order_by("path"),
        )
        return context

    def topics_with_counts(self):
        """The topics in the active language that have articles here, each with `count`.

        Counted by slug, which is the same in every language, so it does not matter whether
        an article points to the German term or its translation.
        """
        links = ArticlePage.topics.through.objects.filter(articlepage__in=self.articles())
        counts = dict(
            links.values_list("topic__slug").annotate(count=Count("articlepage", distinct=True))
        )
        topics = [term for term in Topic.objects.for_active_locale() if counts.get(term.slug)]
        for term in topics:
            term.count = counts[term.slug]
        return topics


class ArticlePage(PrivateAcrossTranslationsMixin, Page):
    """A knowledge article ("Wissensartikel"): an explanation, a checklist or a template to
    download, with its topics and the day its content was last checked."""

    class Kind(models.TextChoices):
        ARTICLE = "article", _("Article")
        CHECKLIST = "checklist", _("Checklist")
        TEMPLATE = "template", _("Template")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.ARTICLE)
    teaser = models.TextField(
        _("teaser"),
        max_length=300,
        help_text=_(
            "One or two sentences for the overview and search results. Everybody sees them, "
            "also for members-only articles."
        ),
    )
    body = StreamField(KnowledgeStreamBlock(), blank=True, verbose_name=_("content"))
    topics = ParentalManyToManyField(
        "home.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="articles",
        limit_choices_to=in_default_locale,
    )
    reviewed_on = reviewed_on_field()

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("teaser"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        InlinePanel(
            "downloads",
            heading=_("Documents to download"),
            label=_("Document"),
            help_text=_(
                "For a members-only article, choose documents from the collection "
                "'Nur für Mitglieder'."
            ),
        ),
        FieldPanel("reviewed_on"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("kind"),
    ]
    parent_page_types = ["home.KnowledgeIndexPage"]
    subpage_types = []
    template = "pages/article_page.html"

    class Meta:
        verbose_name = _("knowledge article")
        verbose_name_plural = _("knowledge articles")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            topics=Topic.objects.names_in_active_locale(self.topics.all()),
            downloads=self.downloads.select_related("document"),
            members_only=self.get_view_restrictions().exists(),
        )
        return context


class ArticleDocument(Orderable):
    """A document to download from an article. A row rather than a block, so that the portal
    can tell which article a document belongs to."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("Optional, e.g. 'Fill in and bring to the meeting'."),
    )

    panels = [FieldPanel("document"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class HandbookPage(RoutablePageMixin, PrivateAcrossTranslationsMixin, Page):
    """A handbook ("Handbuch"): chapters in the order of the page tree, read one by one or all
    together on one page for printing."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(
        KnowledgeStreamBlock(),
        blank=True,
        verbose_name=_("foreword"),
        help_text=_("Shown above the table of contents."),
    )
    reviewed_on = reviewed_on_field()

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("reviewed_on"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.KnowledgeIndexPage"]
    subpage_types = ["home.HandbookChapterPage"]
    template = "pages/handbook_page.html"

    class Meta:
        verbose_name = _("handbook")
        verbose_name_plural = _("handbooks")

    def chapters(self):
        return HandbookChapterPage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            chapters=mark_members_only(self.chapters()),
            print_url=self.get_url(request) + self.reverse_subpage("print"),
        )
        return context

    def get_cached_paths(self):
        """The print version holds every chapter, so a frontend cache drops it with the book."""
        return ["/", self.reverse_subpage("print")]

    @path("")
    def table_of_contents(self, request):
        return self.render(request)

    @path("drucken/", name="print")
    def print_view(self, request):
        """All chapters on one page. Chapters the visitor may not read show their title only."""
        context = self.get_context(request)
        context["chapters"] = readable_by(request, context["chapters"])
        return TemplateResponse(request, "pages/handbook_print_page.html", context)


class HandbookChapterPage(PrivateAcrossTranslationsMixin, Page):
    """A chapter of a handbook; its place among the chapters is its place in the page tree."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=300,
        help_text=_("One sentence for the table of contents."),
    )
    body = StreamField(KnowledgeStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HandbookPage"]
    subpage_types = []
    template = "pages/handbook_chapter_page.html"

    class Meta:
        verbose_name = _("handbook chapter")
        verbose_name_plural = _("handbook chapters")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        handbook = self.get_parent().specific
        chapters = list(handbook.chapters())
        position = next(
            (number for number, chapter in enumerate(chapters) if chapter.pk == self.pk), None
        )
        context.update(handbook=handbook, chapter_count=len(chapters))
        if position is not None:
            context.update(
                chapter_number=position + 1,
                previous_chapter=chapters[position - 1] if position > 0 else None,
                next_chapter=chapters[position + 1] if position + 1 < len(chapters) else None,
            )
        return context
