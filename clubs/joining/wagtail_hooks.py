"""Admin wiring of club applications (imported by clubs/wagtail_hooks.py): the menu item
"Vereinseinträge", its URLs and the names of its audit log actions."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from clubs.joining.acceptance import ACCEPTED_ACTION, DECLINED_ACTION
from clubs.joining.admin_views import decides_on_applications


class ClubApplicationsMenuItem(MenuItem):
    def is_shown(self, request):
        return decides_on_applications(request.user)


@hooks.register("register_admin_urls")
def register_club_application_urls():
    return [path("vereinseintraege/", include("clubs.joining.admin_urls"))]


@hooks.register("register_admin_menu_item")
def club_applications_menu_item():
    return ClubApplicationsMenuItem(
        _("Club applications"),
        reverse("club_applications_admin:list"),
        icon_name="group",
        order=330,
    )


@hooks.register("register_log_actions")
def register_club_application_actions(actions):
    actions.register_action(ACCEPTED_ACTION, _("Accept club application"), _("Club accepted"))
    actions.register_action(DECLINED_ACTION, _("Decline club application"), _("Club declined"))
