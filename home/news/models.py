"""News ("Neuigkeiten"): the overview with filters and feeds, and the news items below it."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from home.blocks import StandardStreamBlock
from home.listing import FilteredListingMixin
from home.models.pages import SectionPage
from home.models.taxonomy import Topic, in_default_locale
from home.news.feeds import NewsAtomFeed, NewsRssFeed

CARD_RENDITION = "fill-480x270"


class NewsIndexPage(FilteredListingMixin, RoutablePageMixin, SectionPage):
    """The news overview ("Neuigkeiten"), newest first, with filters by topic and region and
    an RSS and an Atom feed of its own language (`feed/rss/`, `feed/atom/`)."""

    subpage_types = ["home.NewsPage"]
    template = "pages/news_index_page.html"

    class Meta:
        verbose_name = _("news overview")
        verbose_name_plural = _("news overviews")

    def news(self):
        """Live, public news of this overview, newest first, with what the cards show."""
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .select_related("region")
            .prefetch_related("topics", *card_image_prefetch())
            .order_by("-date", "-pk")
        )

    def get_cached_paths(self):
        """The feeds list the news too, so a frontend cache drops them with the overview."""
        return ["/", *(self.reverse_subpage(f"feed_{kind}") for kind in ("rss", "atom"))]

    def feed_urls(self, request=None, full=False):
        """{"rss": address, "atom": address} of the feeds (absolute ones with `full`), or {}
        while the overview has no address."""
        url = self.get_full_url(request=request) if full else self.get_url(request=request)
        if url is None:
            return {}
        return {kind: url + self.reverse_subpage(f"feed_{kind}") for kind in ("rss", "atom")}

    def listing_filter(self, request):
        # imported late: that module imports the models defined here
        from home.news.filters import NewsFilter

        return NewsFilter(request.GET or None, queryset=self.news(), request=request)

    def decorate_listed(self, items):
        return Topic.objects.attach_names_in_active_locale(items, "topics", "topic_names")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(feed_urls=self.feed_urls(request))
        return context

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        return NewsRssFeed()(request, index_page=self)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        return NewsAtomFeed()(request, index_page=self)


def card_image_prefetch():
    """Images with the rendition the cards show, fetched in two queries for a whole list."""
    images = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
    return [Prefetch("image", queryset=images)]


class NewsPage(Page):
    """One news item: what happened or what is coming, for citizens and clubs."""

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("Shown with the news item; the overview lists the newest date first."),
    )
    teaser = models.TextField(
        _("teaser"),
        max_length=300,
        help_text=_("One or two sentences for the overview, the feeds and search results."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt_text = models.CharField(
        _("alternative text of the image"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe what the image shows for people who cannot see it, "
            "e.g. 'Volunteers plant trees at the village pond'."
        ),
    )
    body = StreamField(StandardStreamBlock(), blank=True, verbose_name=_("content"))
    topics = ParentalManyToManyField(
        "home.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="news",
        limit_choices_to=in_default_locale,
    )
    region = models.ForeignKey(
        "home.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
        help_text=_("Leave empty for news that concern every region."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("teaser"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt_text")], heading=_("Image")),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("region"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("region", [index.SearchField("name")]),
        index.FilterField("date"),
        index.FilterField("region"),
    ]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []
    template = "pages/news_page.html"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt_text.strip():
            raise ValidationError(
                {"image_alt_text": _("Describe the image for people who cannot see it.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = self.get_parent().specific
        context.update(
            topics=Topic.objects.names_in_active_locale(self.topics.all()),
            index_page=index_page,
            feed_urls=index_page.feed_urls(request),
        )
        return context
