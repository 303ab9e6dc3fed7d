"""Admin pages of club applications (/admin/vereinseintraege/...), namespace
`club_applications_admin`."""

from django.urls import path

from clubs.joining import admin_views

app_name = "club_applications_admin"
urlpatterns = [
    path("", admin_views.application_list, name="list"),
    path("<int:pk>/", admin_views.application_detail, name="detail"),
    path("<int:pk>/annehmen/", admin_views.application_accept, name="accept"),
    path("<int:pk>/ablehnen/", admin_views.application_decline, name="decline"),
]
