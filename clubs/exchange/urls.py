"""Addresses of the Tauschbörse: the public list and item pages, and a club's items in Mein
Bereich."""

from django.urls import path

from clubs.exchange import views

CLUB = "mein-bereich/vereine/<int:club_id>/tauschboerse/"

urlpatterns = [
    path("tauschboerse/", views.exchange_list, name="exchange_list"),
    path("tauschboerse/<int:item_id>/", views.exchange_item, name="exchange_item"),
    path(CLUB, views.club_exchange_items, name="club_exchange_items"),
    path(f"{CLUB}neu/", views.club_exchange_item_create, name="club_exchange_item_create"),
    path(
        f"{CLUB}<int:item_id>/bearbeiten/",
        views.club_exchange_item_edit,
        name="club_exchange_item_edit",
    ),
    path(
        f"{CLUB}<int:item_id>/status/",
        views.club_exchange_item_state,
        name="club_exchange_item_state",
    ),
]
