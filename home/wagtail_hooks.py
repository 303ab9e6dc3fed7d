"""Admin menus of the shared kernel: the taxonomy every other part of the portal uses."""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.admin_visibility import restrict_page_chooser
from home.models import Category, Municipality, Region, Topic
from home.personal_data import ERASED_ACTION, EXPORTED_ACTION, PERSONAL_DATA_HOOK
from home.region_scope import (
    RegionScopedSnippetViewSet,
    municipalities_in,
    regions_in,
    register_region_scope,
)
from home.task_panel import TaskQueuePanel

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


@hooks.register("before_serve_document")
def serve_article_documents_to_their_readers(document, request):
    from home.knowledge.privacy import refuse_document

    return refuse_document(document, request)


# Events and courses: registrations in the admin, linked from each event page's header.


@hooks.register("register_admin_urls")
def register_event_registration_urls():
    from django.urls import include, path

    from home.events import admin as event_admin

    return [path("anmeldungen/", include(event_admin.urlpatterns))]


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    from home.events.admin import may_see_registrations

    class RegistrationsMenuItem(MenuItem):
        def is_shown(self, request):
            return may_see_registrations(request.user)

    return RegistrationsMenuItem(
        _("Registrations"),
        reverse("event_registrations_overview"),
        name="registrations",
        icon_name="list-ul",
        order=330,
    )


def _registrations_button(page, user, priority):
    from django.urls import reverse
    from wagtail.admin.widgets import Button

    from home.events.admin import may_see_registrations
    from home.models import EventPage

    if page.specific_class is not EventPage or not may_see_registrations(user):
        return []
    return [
        Button(
            _("Registrations"),
            reverse("event_registrations", args=[page.pk]),
            icon_name="list-ul",
            priority=priority,
        )
    ]


@hooks.register("register_page_header_buttons")
def event_registrations_header_button(page, user, view_name, next_url=None):
    return _registrations_button(page, user, priority=80)


@hooks.register("register_page_listing_more_buttons")
def event_registrations_listing_button(page, user, next_url=None):
    return _registrations_button(page, user, priority=80)


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


@hooks.register("register_admin_urls")
def register_personal_data_urls():
    from django.urls import include, path

    from home import personal_data_admin

    return [path("personenbezogene-daten/", include(personal_data_admin.urlpatterns))]


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    from wagtail.admin.menu import MenuItem

    from home.personal_data_admin import may_manage_personal_data

    class PersonalDataMenuItem(MenuItem):
        def is_shown(self, request):
            return may_manage_personal_data(request.user)

    return PersonalDataMenuItem(
        _("Personal data"), reverse("personal_data"), name="personal-data", icon_name="user"
    )


@hooks.register(PERSONAL_DATA_HOOK, order=100)  # accounts last: other kinds find people by them
def register_home_personal_data():
    from home.personal_data_kinds import Accounts, EventRegistrations, FormAnswers

    return [EventRegistrations, FormAnswers, Accounts]


@hooks.register("register_log_actions")
def register_personal_data_log_actions(actions):
    """Who exported or erased a person's data and when, with the counts; the address itself is
    not logged, so the log does not keep what was erased."""

    class PersonalDataFormatter(LogFormatter):
        def format_message(self, log_entry):
            counts = log_entry.data.get("counts", {})
            details = ", ".join(f"{kind}: {count}" for kind, count in counts.items())
            return f"{self.label} ({details})"

    @actions.register_action(ERASED_ACTION)
    class PersonalDataErased(PersonalDataFormatter):
        label = _("Personal data erased")

    @actions.register_action(EXPORTED_ACTION)
    class PersonalDataExported(PersonalDataFormatter):
        label = _("Personal data exported")


@hooks.register("construct_page_chooser_queryset")
def page_chooser_shows_only_visible_pages(pages, request):
    return restrict_page_chooser(pages, request)


@hooks.register("register_group_permission_panel")
def register_two_factor_group_panel():
    from home.two_factor.admin import GroupTwoFactorForm

    return GroupTwoFactorForm


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    from django.urls import include, path

    from home.two_factor import admin

    return [path("zwei-faktor/", include(admin.urlpatterns))]


@hooks.register("register_settings_menu_item")
def register_two_factor_menu_item():
    from wagtail.admin.menu import MenuItem

    from home.two_factor.admin import may_remove_second_factors

    class SecondFactorsMenuItem(MenuItem):
        def is_shown(self, request):
            return may_remove_second_factors(request.user)

    return SecondFactorsMenuItem(
        _("Two-factor login"), reverse("two_factor_users"), name="two-factor", icon_name="key"
    )


@hooks.register("register_account_menu_item")
def register_own_two_factor_menu_item(request):
    """Staff find their own second factor under "Account" in the admin too."""
    return {
        "url": reverse("two_factor"),
        "label": _("Two-factor login"),
        "help_text": _("Protect your account with a code from an app on your phone."),
    }


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions):
    from home.two_factor.admin import REMOVED_ACTION

    actions.register_action(REMOVED_ACTION, _("Second factor removed"), _("Second factor removed"))


@hooks.register("construct_homepage_panels")
def add_task_queue_panel(request, panels):
    """Stopped, stuck or failing background work, for the people who can fix it."""
    if request.user.is_superuser:
        panels.append(TaskQueuePanel())
