"""Admin wiring of experts (imported by clubs/wagtail_hooks.py)."""

from wagtail.snippets.models import register_snippet

from clubs.experts.models import Expert
from home.admin_visibility import PermittedSnippetChooserViewSet
from home.region_scope import (
    RegionScopedSnippetViewSet,
    objects_with_any_region_in,
    register_region_scope,
)

register_region_scope(Expert, objects_with_any_region_in)


class ExpertViewSet(RegionScopedSnippetViewSet):
    model = Expert
    # The account takes the expert's requests; the regions decide whose requests they get.
    region_locked_fields = ["user", "regions"]
    icon = "user"
    # Experts not listed publicly are known to staff only.
    chooser_viewset_class = PermittedSnippetChooserViewSet
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "organisation", "kind", "listed_publicly"]
    list_filter = ["kind", "regions", "topics", "listed_publicly"]
    search_fields = ["name", "organisation"]


register_snippet(ExpertViewSet)
