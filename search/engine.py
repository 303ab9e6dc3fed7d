"""One search over the portal: the hits of a results page, the facets with their counts and the
editors' promoted results, for what a visitor may see (search.visibility)."""

import re
from dataclasses import dataclass

from django.core.paginator import Paginator
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from .facets import FACETS
from .results import hits
from .visibility import searchable_pages

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8
# Search engines outside the database count facets over this many best hits.
MOST_HITS_COUNTED = 1000
WORD = re.compile(r"\w+")


def search_terms(raw_query):
    """The words of what somebody typed, without punctuation.

    Quotes, colons or semicolons would otherwise reach SQLite's FTS5 as query syntax and fail
    there (wagtail/wagtail#13227); people search for words, so nothing is lost.
    """
    return " ".join(WORD.findall(raw_query))


@dataclass
class Outcome:
    page_obj: object
    hits: list
    facets: list
    promotions: list


class PortalSearch:
    def __init__(self, request, terms, selected):
        self.request = request
        self.terms = terms
        self.selected = selected
        self.backend = get_search_backend()
        self.in_database = hasattr(self.backend.results_class, "get_queryset")
        self.visible = searchable_pages(request)

    def _page_ids(self, page_ids):
        """A queryset of page ids as a subquery where the search runs in the database, else
        as a list that the search engine can filter by."""
        return page_ids if self.in_database else list(page_ids)

    def _hit_ids(self, results):
        if self.in_database:
            return results.get_queryset().values("pk")
        return [page.pk for page in results[:MOST_HITS_COUNTED]]

    def pages(self, except_facet=None):
        pages = self.visible
        for facet, value in self.selected.items():
            if facet is not except_facet:
                pages = pages.filter(pk__in=self._page_ids(facet.pages_with(value)))
        return pages

    def matched(self, except_facet=None):
        results = self.backend.search(self.terms, self.pages(except_facet))
        return Page.objects.filter(pk__in=self._hit_ids(results))

    def facets(self):
        """Each facet counted over the hits that the other chosen facets leave.

        The hits of all chosen facets are fetched once, as ids: counting each facet over the
        full-text match itself repeated the search in every facet's query.
        """
        everything_chosen = Page.objects.filter(
            pk__in=list(self.matched().values_list("pk", flat=True))
        )
        return [
            (
                facet,
                facet.options(
                    self.matched(facet) if facet in self.selected else everything_chosen,
                    self.selected.get(facet),
                ),
            )
            for facet in FACETS
        ]

    def promotions(self):
        """The editors' picks for these words (as the statistics count them), each page in the
        visitor's language if it may be shown to them."""
        picks = list(
            SearchPromotion.objects.filter(
                query__query_string=normalise_query_string(self.terms)
            ).select_related("page")
        )
        keys = [pick.page.translation_key for pick in picks if pick.page]
        pages = {
            page.translation_key: page for page in self.visible.filter(translation_key__in=keys)
        }
        shown = []
        for pick in picks:
            if pick.page is None:
                shown.append((pick, None))
            elif pick.page.translation_key in pages:
                shown.append((pick, pages[pick.page.translation_key]))
        return shown

    def run(self, page_number):
        results = self.backend.search(self.terms, self.pages().specific())
        page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(page_number)
        return Outcome(
            page_obj=page_obj,
            hits=hits(page_obj.object_list, self.terms),
            facets=self.facets(),
            promotions=self.promotions() if page_obj.number == 1 else [],
        )

    def suggestions(self):
        """The best title matches as you type, for the header's search box."""
        return self.backend.autocomplete(self.terms, self.visible)[:SUGGESTIONS]
