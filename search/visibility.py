"""Which pages a visitor's search may find: live pages of the active language that the visitor
may read, without opportunities that are over. Drafts never reach the search: a live page's row
holds its published version, and pages never published are not live."""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import Locale, Page, PageViewRestriction

from clubs.models import OpportunityPage


def refused_pages_q(request):
    """The pages behind a privacy setting that the visitor of `request` does not pass.

    Members-only articles are readable by the members' groups; the privacy set on a page covers
    its subpages and, as in the knowledge base (home.knowledge.privacy), its translations.
    Installations have a handful of restrictions, so each is asked once per search.
    """
    refused = [
        Q(path__startswith=restriction.page.path)
        | Q(translation_key=restriction.page.translation_key)
        for restriction in PageViewRestriction.objects.select_related("page").prefetch_related(
            "groups"
        )
        if not restriction.accept_request(request)
    ]
    return reduce(or_, refused) if refused else None


def searchable_pages(request):
    """The pages of the active language that the visitor may find (the home page aside)."""
    pages = (
        Page.objects.live()
        .filter(locale=Locale.get_active(), depth__gt=2)
        .exclude(pk__in=OpportunityPage.objects.closed().values("pk"))
    )
    refused = refused_pages_q(request)
    return pages.exclude(refused) if refused is not None else pages
