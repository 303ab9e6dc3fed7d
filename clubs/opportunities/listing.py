"""The opportunity finder ("Engagement finden"), which lists the open opportunities.

Apart from clubs/opportunities/models.py because the filters import OpportunityPage and the
finder imports the filters.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from clubs.opportunities.filters import OpportunityFilter
from clubs.opportunities.models import OpportunityPage, with_club_titles
from clubs.saved_searches.saved_filters import saved_query
from clubs.shifts.finder import with_open_shifts
from home.listing import FilteredListingMixin
from home.models import SectionPage


def finder_filter(data, locale_id, request=None):
    """The finder's filter over the open offers in one language, bound to `data` (a query
    dict): the finder page lists its results, and each saved search's digest picks the new
    offers among them, so both always agree on what matches."""
    opportunities = with_open_shifts(
        OpportunityPage.objects.filter(locale_id=locale_id)
        .open()
        .select_related("municipality")
        .order_by("-first_published_at", "pk")
    )
    return OpportunityFilter(data or None, queryset=opportunities, request=request)


class OpportunityFinderPage(FilteredListingMixin, SectionPage):
    """The opportunity finder ("Engagement finden") with combinable filters in the address."""

    subpage_types = []
    template = "pages/opportunity_finder_page.html"

    class Meta:
        verbose_name = _("opportunity finder")
        verbose_name_plural = _("opportunity finders")

    def listing_filter(self, request):
        return finder_filter(request.GET, self.locale_id, request)

    def decorate_listed(self, items):
        return with_club_titles(items)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = saved_query(request.GET)
        context.update(
            radius_search=context["filter"].is_radius_search,
            saved_search_url=reverse("saved_search_create") + (f"?{query}" if query else ""),
        )
        return context
