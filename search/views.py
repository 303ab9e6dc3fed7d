from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from .engine import PortalSearch, search_terms
from .forms import SearchForm
from .models import record_search

MIN_SUGGESTION_LENGTH = 2


@never_cache
def search(request):
    """The results page: hits, facets and the editors' picks; nothing cached, nothing indexed
    (the template says noindex), as results depend on who is logged in.

    A new search is counted for the report; browsing its pages or narrowing it down is not.
    """
    form = SearchForm(request.GET)
    terms = search_terms(form.query)
    context = {"search_query": form.query}
    if terms:
        selected = form.selected()
        outcome = PortalSearch(request, terms, selected).run(request.GET.get("page"))
        if "page" not in request.GET and not selected:
            record_search(terms, found_anything=bool(outcome.hits))
        context.update(outcome=outcome, selected={facet.param for facet in selected})
    return render(request, "pages/search_results.html", context)


@never_cache
def suggestions(request):
    """Titles for the header's search box as the visitor types: JSON, at most eight."""
    terms = search_terms(SearchForm(request.GET).query)
    if len(terms) < MIN_SUGGESTION_LENGTH:
        return JsonResponse({"results": []})
    pages = PortalSearch(request, terms, {}).suggestions()
    return JsonResponse(
        {"results": [{"title": page.title, "url": page.get_url(request)} for page in pages]}
    )
