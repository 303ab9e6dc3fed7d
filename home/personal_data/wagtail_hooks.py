"""Admin wiring of personal data: the page about one person (admin_views.py) in the settings
menu, home/'s own kinds of records, and the audit log's entries for exports and erasures."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from home.personal_data import admin_views
from home.personal_data.kinds import Accounts, EventRegistrations, FormAnswers
from home.personal_data.registry import ERASED_ACTION, EXPORTED_ACTION, PERSONAL_DATA_HOOK


@hooks.register("register_admin_urls")
def register_personal_data_urls():
    return [path("personenbezogene-daten/", include(admin_views.urlpatterns))]


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    class PersonalDataMenuItem(MenuItem):
        def is_shown(self, request):
            return admin_views.may_manage_personal_data(request.user)

    return PersonalDataMenuItem(
        _("Personal data"), reverse("personal_data"), name="personal-data", icon_name="user"
    )


@hooks.register(PERSONAL_DATA_HOOK, order=100)  # accounts last: other kinds find people by them
def register_home_personal_data():
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
