from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from clubs.profiles import admin_views as club_profile_admin_views
from home import admin_visibility, seo
from home.accounts import views as account_views

# A German 503 while the database does not answer, the German 500 page otherwise.
handler500 = "home.views.server_error"
# 403 and 404 in the site's layout when it can be built, otherwise in a plain one; the 400
# page (templates/400.html) never looks up the site, as a wrong Host header is one cause.
handler403 = "home.views.permission_denied"
handler404 = "home.views.page_not_found"

urlpatterns = [
    # Wagtail's own login form would bypass the throttled one everybody else uses.
    path("admin/login/", RedirectView.as_view(pattern_name="login", query_string=True)),
    # Stricter versions of admin views: choosers and lookups limited to what the user may see,
    # and translation updates that do not publish a club's pages. They come first, so they
    # answer these addresses instead of Wagtail's and wagtail-localize's own views.
    path("admin/", include(admin_visibility.urlpatterns)),
    path("admin/", include(club_profile_admin_views.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": seo.AllLanguagesSitemap}}),
    path("robots.txt", seo.robots_txt),
]

# The folders of MEDIA_ROOT that anybody may fetch by name: Wagtail's images, their renditions
# and the admin's avatars. Documents (MEDIA_ROOT/documents/) are left out on purpose: they are
# served only through documents/ above, which checks who may download them (members-only
# collections, private articles). docs/deployment.md's nginx configuration serves the same list.
PUBLIC_MEDIA_FOLDERS = ("images", "original_images", "avatar_images")

if settings.DEBUG:
    from django.conf.urls.static import static

    for folder in PUBLIC_MEDIA_FOLDERS:
        urlpatterns += static(
            f"{settings.MEDIA_URL}{folder}/", document_root=Path(settings.MEDIA_ROOT) / folder
        )

# German is served without a prefix, English (and later locales) under /en/ and so on.
urlpatterns += i18n_patterns(
    path("konto/", include("home.accounts.urls")),
    path("mein-bereich/", account_views.MyAreaView.as_view(), name="my_area"),
    path("mein-bereich/", include("clubs.interests.urls")),
    path("mein-bereich/", include("workflows.applicant.urls")),
    path("", include("clubs.joining.urls")),
    path("", include("clubs.self_service.urls")),
    path("", include("clubs.shifts.urls")),
    path("", include("clubs.shifts.club_urls")),
    path("", include("clubs.volunteer_area.urls")),
    path("", include("clubs.saved_searches.urls")),
    path("", include("clubs.hours.urls")),
    path("", include("clubs.exchange.urls")),
    path("", include("clubs.exchange.loan_urls")),
    path("", include("clubs.support_calls.urls")),
    path("", include("clubs.support_calls.pledge_urls")),
    path("suche/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
