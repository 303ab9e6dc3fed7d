import re

from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
WORD = re.compile(r"\w+")


def search_terms(raw_query):
    """The words of what somebody typed, without punctuation.

    Quotes, colons or semicolons would otherwise reach SQLite's FTS5 as query syntax and fail
    there (wagtail/wagtail#13227); people search for words, so nothing is lost.
    """
    return " ".join(WORD.findall(raw_query[:MAX_QUERY_LENGTH]))


@never_cache
def search(request):
    """Full-text search over the live, public pages of the visitor's language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    terms = search_terms(query)
    results = Page.objects.none()
    if terms:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .exclude(depth=1)
            .search(terms)
        )
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "pages/search_results.html",
        {"search_query": query, "results": page_obj},
    )
