"""Admin wiring of loans between clubs (imported by clubs/wagtail_hooks.py): the menu item
"Ausleihen" for coordinators and administrators, and its pages under /admin/ausleihen/
(namespace `loans_admin`)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from clubs.exchange import loan_admin_views
from clubs.exchange.admin_views import sees_exchange

ADMIN_URLS = [
    path("", loan_admin_views.loan_list, name="list"),
    path("export/<str:file_format>/", loan_admin_views.loan_export, name="export"),
    path("bericht/", loan_admin_views.loan_report, name="report"),
]


class LoansMenuItem(MenuItem):
    def is_shown(self, request):
        return sees_exchange(request.user)


@hooks.register("register_admin_urls")
def register_loan_admin_urls():
    return [path("ausleihen/", include((ADMIN_URLS, "loans_admin")))]


@hooks.register("register_admin_menu_item")
def loans_menu_item():
    return LoansMenuItem(_("Loans"), reverse("loans_admin:list"), icon_name="calendar", order=330)
