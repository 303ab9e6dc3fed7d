"""The contact point index, which lists the contact points, nearest first for a given place.

Apart from clubs/contact_points/models.py because the filter imports ContactPointPage and the
index imports the filter.
"""

from django.utils.translation import gettext_lazy as _

from clubs.contact_points.filters import ContactPointFilter
from clubs.contact_points.models import ContactPointPage, with_next_office_hours
from home.models import SectionPage


class ContactPointIndexPage(SectionPage):
    """Lists the contact points; sorted by distance when the visitor names their village."""

    subpage_types = ["clubs.ContactPointPage"]
    template = "pages/contact_point_index_page.html"

    class Meta:
        verbose_name = _("contact point index")
        verbose_name_plural = _("contact point indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        contact_points = (
            ContactPointPage.objects.child_of(self)
            .live()
            .public()
            .select_related("municipality", "region")
            .prefetch_related("office_hours")
            .order_by("title")
        )
        finder = ContactPointFilter(request.GET or None, queryset=contact_points)
        contact_points = with_next_office_hours(finder.qs, limit=3)
        context.update(filter=finder, contact_points=contact_points)
        return context
