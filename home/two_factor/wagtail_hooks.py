"""Admin wiring of two-factor login: the group setting "required", the administrators' page to
remove a lost second factor (admin_views.py), and each person's own page in the account menu."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.two_factor import admin_views


@hooks.register("register_group_permission_panel")
def register_two_factor_group_panel():
    return admin_views.GroupTwoFactorForm


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("zwei-faktor/", include(admin_views.urlpatterns))]


@hooks.register("register_settings_menu_item")
def register_two_factor_menu_item():
    class SecondFactorsMenuItem(MenuItem):
        def is_shown(self, request):
            return admin_views.may_remove_second_factors(request.user)

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
    actions.register_action(
        admin_views.REMOVED_ACTION, _("Second factor removed"), _("Second factor removed")
    )
