"""The search's admin report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import SearchTermsReportView


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/suchanfragen/", SearchTermsReportView.as_view(), name="search_terms_report"),
        path(
            "reports/suchanfragen/results/",
            SearchTermsReportView.as_view(results_only=True),
            name="search_terms_report_results",
        ),
    ]


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return SearchTermsReportView.permission_policy.user_has_any_permission(
            request.user, SearchTermsReportView.any_permission_required
        )


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("What visitors search for"),
        reverse("search_terms_report"),
        name="search-terms-report",
        icon_name="search",
        order=1310,
    )


@hooks.register("construct_reports_menu")
def hide_wagtails_search_terms_report(request, menu_items):
    """Wagtail's own list of search terms (superusers only) says less than ours."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
