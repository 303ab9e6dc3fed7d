"""The public list of support calls (/unterstuetzen/) and what each card shows.

Like the opportunity finder (clubs/opportunities/listing.py) it lists the pages in the
visitor's language; progress and updates belong to the default-language page, which the
pledges and the club's posts refer to.
"""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import render
from wagtail.images import get_image_model
from wagtail.models import Locale

from clubs.opportunities.models import with_club_titles

from .filters import SupportCallFilter
from .models import SupportCallPage
from .progress import progress_of

CALLS_PER_PAGE = 10
CARD_IMAGE = "fill-640x360"


def published_calls(locale=None):
    """Live, public support calls in the visitor's language, with what a card shows."""
    return (
        SupportCallPage.objects.filter(locale=locale or Locale.get_active())
        .live()
        .public()
        .select_related("municipality")
        .prefetch_related(
            Prefetch("image", queryset=get_image_model().objects.prefetch_renditions(CARD_IMAGE))
        )
    )


def source_pages(calls):
    """{page pk: its default-language page} for pages in any language (one query at most)."""
    default = Locale.get_default()
    sources = {call.pk: call for call in calls if call.locale_id == default.pk}
    others = [call for call in calls if call.locale_id != default.pk]
    if others:
        originals = {
            page.translation_key: page
            for page in SupportCallPage.objects.filter(
                translation_key__in=[call.translation_key for call in others], locale=default
            ).only("pk", "goal_amount", "translation_key", "locale_id")
        }
        for call in others:
            sources[call.pk] = originals.get(call.translation_key, call)
    return sources


def with_cards(calls):
    """Attach `club_page` and `progress` to each call, in a fixed number of queries."""
    calls = with_club_titles(calls)
    sources = source_pages(calls)
    progress = progress_of(set(sources.values()))
    for call in calls:
        call.progress = progress[sources[call.pk].pk]
    return calls


def support_call_list(request):
    listing_filter = SupportCallFilter(
        request.GET or None, queryset=published_calls(), request=request
    )
    page_obj = Paginator(listing_filter.qs, CALLS_PER_PAGE).get_page(request.GET.get("page"))
    page_obj.object_list = with_cards(page_obj.object_list)
    return render(
        request,
        "clubs/support_calls/list.html",
        {
            "filter": listing_filter,
            "page_obj": page_obj,
            "radius_search": listing_filter.is_radius_search,
            "card_image": CARD_IMAGE,
        },
    )
