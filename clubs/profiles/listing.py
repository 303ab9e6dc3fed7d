"""The club directory ("Vereine"), which lists the club profiles with filters.

Apart from clubs/profiles/models.py because the filters import ClubPage and the directory
imports the filters.
"""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from clubs.profiles.filters import ClubFilter
from clubs.profiles.models import ClubPage
from clubs.profiles.publishing import ClubDirectoryPermissionTester
from home.listing import FilteredListingMixin
from home.models import Category, SectionPage

LOGO_RENDITION = "fill-160x160"


class ClubDirectoryPage(FilteredListingMixin, SectionPage):
    """The club directory ("Vereine"), with filters by place, category and competency."""

    subpage_types = ["clubs.ClubPage"]
    template = "pages/club_directory_page.html"
    items_per_page = 12

    class Meta:
        verbose_name = _("club directory")
        verbose_name_plural = _("club directories")

    def permissions_for_user(self, user):
        return ClubDirectoryPermissionTester(user, self)

    def listing_filter(self, request):
        clubs = (
            ClubPage.objects.child_of(self)
            .live()
            .public()
            .select_related("municipality")
            .prefetch_related("categories", *logo_prefetch())
            .order_by("title")
        )
        return ClubFilter(request.GET or None, queryset=clubs, request=request)

    def decorate_listed(self, items):
        return Category.objects.attach_names_in_active_locale(items, "categories", "category_names")


def logo_prefetch():
    """Logos with the rendition the cards show, fetched in two queries for a whole list."""

    images = get_image_model().objects.prefetch_renditions(LOGO_RENDITION)
    return [Prefetch("logo", queryset=images)]
