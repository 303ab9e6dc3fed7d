"""Admin wiring of the shared kernel: the taxonomy every other part of the portal uses, the
admin's scripts without inline code, the page chooser limited to visible pages and the task
queue panel.

Wagtail loads only this module of the app, so it imports the hooks modules of the areas
(events, knowledge, personal data, two-factor login), which register their own wiring.
"""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.admin_visibility import restrict_page_chooser
from home.events import wagtail_hooks as events_hooks  # noqa: F401
from home.knowledge import wagtail_hooks as knowledge_hooks  # noqa: F401
from home.models.taxonomy import Category, Municipality, Region, Topic
from home.personal_data import wagtail_hooks as personal_data_hooks  # noqa: F401
from home.region_scope import (
    RegionScopedSnippetViewSet,
    municipalities_in,
    regions_in,
    register_region_scope,
)
from home.task_panel import TaskQueuePanel
from home.two_factor import wagtail_hooks as two_factor_hooks  # noqa: F401

register_region_scope(Region, regions_in)
register_region_scope(Municipality, municipalities_in)


class RegionViewSet(RegionScopedSnippetViewSet):
    model = Region
    region_locked_fields = ["coordinators"]
    icon = "globe"
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]


class MunicipalityViewSet(RegionScopedSnippetViewSet):
    model = Municipality
    region_locked_fields = ["region"]
    icon = "home"
    list_display = ["name", "region", "postcode", "latitude", "longitude"]
    list_filter = ["region"]
    search_fields = ["name", "postcode"]
    list_per_page = 50


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Places and topics")
    menu_icon = "site"
    menu_order = 300
    items = (RegionViewSet, MunicipalityViewSet, TopicViewSet, CategoryViewSet)


register_snippet(TaxonomyViewSetGroup)


@hooks.register("insert_global_admin_js")
def admin_scripts_without_inline_code():
    """The admin's start-up code as files, so the Content Security Policy can forbid inline
    scripts (home/admin_scripts.py, templates/wagtailadmin/)."""
    return format_html(
        '<script src="{}" data-image-chooser="{}" data-document-chooser="{}" '
        'data-page-chooser="{}"></script><script src="{}" defer></script>',
        static("js/chooser-urls.js"),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtailadmin_choose_page"),
        static("js/admin-init.js"),
    )


@hooks.register("construct_page_chooser_queryset")
def page_chooser_shows_only_visible_pages(pages, request):
    return restrict_page_chooser(pages, request)


@hooks.register("construct_homepage_panels")
def add_task_queue_panel(request, panels):
    """Stopped, stuck or failing background work, for the people who can fix it."""
    if request.user.is_superuser:
        panels.append(TaskQueuePanel())
