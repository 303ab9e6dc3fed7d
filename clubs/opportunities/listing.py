"""The opportunity finder ("Engagement finden"), which lists the open opportunities.

Apart from clubs/opportunities/models.py because the filters import OpportunityPage and the
finder imports the filters.
"""

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from clubs.opportunities.filters import OpportunityFilter
from clubs.opportunities.models import OpportunityPage, with_club_titles
from home.models import SectionPage

OPPORTUNITIES_PER_PAGE = 10


class OpportunityFinderPage(SectionPage):
    """The opportunity finder ("Engagement finden") with combinable filters in the address."""

    subpage_types = []
    template = "pages/opportunity_finder_page.html"

    class Meta:
        verbose_name = _("opportunity finder")
        verbose_name_plural = _("opportunity finders")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        opportunities = (
            OpportunityPage.objects.filter(locale_id=self.locale_id)
            .open()
            .select_related("municipality")
            .order_by("-first_published_at", "pk")
        )
        finder = OpportunityFilter(request.GET or None, queryset=opportunities, request=request)
        page_obj = Paginator(finder.qs, OPPORTUNITIES_PER_PAGE).get_page(request.GET.get("page"))
        page_obj.object_list = with_club_titles(page_obj.object_list)
        context.update(filter=finder, page_obj=page_obj, radius_search=finder.is_radius_search)
        return context
