"""Admin wiring of engagement certificates (imported by clubs/wagtail_hooks.py): the settings
menu item "Engagementnachweise" for administrators, its URLs and its audit log action."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from clubs.hours.admin_views import REVOKED_ACTION, revokes_certificates


class EngagementCertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return revokes_certificates(request.user)


@hooks.register("register_admin_urls")
def register_engagement_certificate_urls():
    return [path("engagementnachweise/", include("clubs.hours.admin_urls"))]


@hooks.register("register_settings_menu_item")
def engagement_certificates_menu_item():
    return EngagementCertificatesMenuItem(
        _("Engagement certificates"),
        reverse("engagement_certificates_admin:list"),
        icon_name="doc-full",
        order=900,
    )


@hooks.register("register_log_actions")
def register_engagement_certificate_actions(actions):
    actions.register_action(
        REVOKED_ACTION, _("Revoke engagement certificate"), _("Certificate revoked")
    )
