"""Admin pages of engagement certificates (/admin/engagementnachweise/...), namespace
`engagement_certificates_admin`."""

from django.urls import path

from clubs.hours import admin_views

app_name = "engagement_certificates_admin"
urlpatterns = [
    path("", admin_views.certificate_list, name="list"),
    path("<int:certificate_id>/", admin_views.certificate_detail, name="detail"),
    path("<int:certificate_id>/widerrufen/", admin_views.certificate_revoke, name="revoke"),
]
