"""Admin menus of clubs and volunteering."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from clubs.interest_admin import InterestViewSet
from clubs.models import Expert
from home.admin_visibility import PermittedSnippetChooserViewSet
from home.personal_data import PERSONAL_DATA_HOOK
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


@hooks.register("register_admin_viewset")
def register_interest_viewset():
    return InterestViewSet()


@hooks.register(PERSONAL_DATA_HOOK)
def register_clubs_personal_data():
    from clubs.personal_data import Interests, PublicProfiles

    return [Interests, PublicProfiles]


@hooks.register("register_log_actions")
def register_contact_email_log_action(actions):
    from clubs.models.contact_email import CONTACT_EMAIL_CHANGED

    actions.register_action(
        CONTACT_EMAIL_CHANGED,
        _("Change contact email address"),
        _("Changed the contact email address"),
    )
