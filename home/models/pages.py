from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import HomeStreamBlock, StandardStreamBlock


class HomePage(Page):
    """The start page of a site: a promise, a search box and editable sections."""

    hero_heading = models.CharField(
        _("main heading"),
        max_length=120,
        help_text=_("The short promise of the portal, e.g. 'Help where you live'."),
    )
    hero_text = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences under the main heading."),
    )
    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("sections"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Welcome area")
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_heading"),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # Sections of the other apps are named, not imported: home/ never depends on them.
    subpage_types = [
        "home.StandardPage",
        "clubs.OpportunityFinderPage",
        "clubs.ClubDirectoryPage",
        "clubs.NetworkIndexPage",
        "clubs.ContactPointIndexPage",
        "home.NewsIndexPage",
        "home.FormPage",
        "home.KnowledgeIndexPage",
        "home.EventIndexPage",
    ]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class SectionPage(Page):
    """Base of the sections under the home page (finder, directories, overviews): one per
    language tree, with an introduction above the listing its subclass provides."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class StandardPage(Page):
    """A free content page: about us, legal texts, help pages."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("A short summary shown under the title and in search results."),
    )
    body = StreamField(StandardStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FormPage"]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
