"""Admin wiring of the Tauschbörse (imported by clubs/wagtail_hooks.py): the menu item
"Tauschbörse" for coordinators and administrators, and its URLs."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from clubs.exchange.admin_views import sees_exchange


class ExchangeMenuItem(MenuItem):
    def is_shown(self, request):
        return sees_exchange(request.user)


@hooks.register("register_admin_urls")
def register_exchange_admin_urls():
    return [path("tauschboerse/", include("clubs.exchange.admin_urls"))]


@hooks.register("register_admin_menu_item")
def exchange_menu_item():
    return ExchangeMenuItem(
        _("Exchange"), reverse("exchange_admin:list"), icon_name="resubmit", order=420
    )
