"""Admin pages of the Tauschbörse (/admin/tauschboerse/...), namespace `exchange_admin`."""

from django.urls import path

from clubs.exchange import admin_views

app_name = "exchange_admin"
urlpatterns = [
    path("", admin_views.item_list, name="list"),
    path("<int:item_id>/", admin_views.item_detail, name="detail"),
    path("<int:item_id>/verbergen/", admin_views.item_hide, name="hide"),
    path("<int:item_id>/anzeigen/", admin_views.item_show, name="show"),
]
