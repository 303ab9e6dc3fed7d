"""Admin menus of clubs and volunteering."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from clubs.models import Expert


class ExpertViewSet(SnippetViewSet):
    model = Expert
    icon = "user"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "organisation", "kind", "listed_publicly"]
    list_filter = ["kind", "regions", "topics", "listed_publicly"]
    search_fields = ["name", "organisation"]


register_snippet(ExpertViewSet)
