"""The facets of the search: kind of content, region, municipality and topic, with counts.

Each page type keeps its place and topics in its own table; a facet reads them from the page
through the page type's link (`opportunitypage__municipality__region`, ...), so one query counts
a facet over every page type at once.
"""

from dataclasses import dataclass
from functools import cached_property

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home.models import Municipality, Region, Topic


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class ContentKind:
    """A group of page types as visitors name them ("Veranstaltungen"), `value` in the URL."""

    value: str
    label: str
    singular: str
    models: tuple[str, ...]


CONTENT_KINDS = (
    ContentKind("angebote", _("Opportunities"), _("Opportunity"), ("clubs.OpportunityPage",)),
    ContentKind("veranstaltungen", _("Events and courses"), _("Event"), ("home.EventPage",)),
    ContentKind("vereine", _("Clubs and initiatives"), _("Club"), ("clubs.ClubPage",)),
    ContentKind("netzwerke", _("Networks"), _("Network"), ("clubs.NetworkPage",)),
    ContentKind("neuigkeiten", _("News"), _("News item"), ("home.NewsPage",)),
    ContentKind(
        "wissen",
        _("Knowledge"),
        _("Knowledge"),
        ("home.ArticlePage", "home.HandbookPage", "home.HandbookChapterPage"),
    ),
    ContentKind(
        "anlaufstellen", _("Contact points"), _("Contact point"), ("clubs.ContactPointPage",)
    ),
)
OTHER_PAGES = ContentKind("seiten", _("Other pages"), _("Page"), ())


def _content_type_ids(model_labels):
    models = [apps.get_model(label) for label in model_labels]
    return {
        content_type.pk for content_type in ContentType.objects.get_for_models(*models).values()
    }


class KindFacet:
    param = "typ"
    label = _("Content")

    @cached_property
    def kind_by_content_type(self):
        return {
            content_type_id: kind
            for kind in CONTENT_KINDS
            for content_type_id in _content_type_ids(kind.models)
        }

    def kind_of(self, page):
        return self.kind_by_content_type.get(page.content_type_id, OTHER_PAGES)

    def pages_with(self, value):
        named = {kind.value: kind for kind in CONTENT_KINDS}
        if value == OTHER_PAGES.value:
            return Page.objects.exclude(content_type__in=self.kind_by_content_type).values_list(
                "pk", flat=True
            )
        kind_types = [pk for pk, kind in self.kind_by_content_type.items() if kind is named[value]]
        return Page.objects.filter(content_type__in=kind_types).values_list("pk", flat=True)

    choices = [(kind.value, kind.label) for kind in (*CONTENT_KINDS, OTHER_PAGES)]

    def options(self, matched_pages, selected):
        counts = {}
        rows = matched_pages.order_by().values("content_type").annotate(count=Count("pk"))
        for row in rows:
            kind = self.kind_by_content_type.get(row["content_type"], OTHER_PAGES)
            counts[kind.value] = counts.get(kind.value, 0) + row["count"]
        return [
            Option(kind.value, kind.label, counts[kind.value], kind.value == selected)
            for kind in (*CONTENT_KINDS, OTHER_PAGES)
            if counts.get(kind.value)
        ]


class RelatedFacet:
    """A facet over a taxonomy that page types link to by different paths, keyed by slug;
    `terms(slugs)` fetches the terms to show with their names."""

    def __init__(self, param, label, paths, terms):
        self.param = param
        self.label = label
        self.paths = paths
        self.terms = terms

    def key(self):
        return Coalesce(*(F(f"{path}__slug") for path in self.paths))

    def pages_with(self, value):
        return (
            Page.objects.annotate(facet_key=self.key())
            .filter(facet_key=value)
            .values_list("pk", flat=True)
        )

    def options(self, matched_pages, selected):
        rows = (
            matched_pages.order_by()
            .annotate(facet_key=self.key())
            .exclude(facet_key=None)
            .values("facet_key")
            .annotate(count=Count("pk", distinct=True))
        )
        counts = {row["facet_key"]: row["count"] for row in rows}
        options = [
            Option(term.slug, term.name, counts[term.slug], term.slug == selected)
            for term in self.terms(counts)
        ]
        return sorted(options, key=lambda option: (-option.count, option.label.casefold()))


FACETS = (
    KindFacet(),
    RelatedFacet(
        "region",
        _("Region"),
        (
            "opportunitypage__municipality__region",
            "clubpage__municipality__region",
            "eventpage__region",
            "newspage__region",
            "networkpage__region",
            "contactpointpage__region",
        ),
        lambda slugs: Region.objects.filter(slug__in=slugs),
    ),
    RelatedFacet(
        "ort",
        _("Municipality"),
        (
            "opportunitypage__municipality",
            "clubpage__municipality",
            "eventpage__municipality",
            "contactpointpage__municipality",
        ),
        lambda slugs: Municipality.objects.filter(slug__in=slugs),
    ),
    RelatedFacet(
        "thema",
        _("Topic"),
        ("newspage__topics", "eventpage__topics", "articlepage__topics"),
        lambda slugs: Topic.objects.filter(slug__in=slugs).for_active_locale(),
    ),
)
KINDS = FACETS[0]
