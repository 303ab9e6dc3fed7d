"""Addresses of support calls: the public list, and a club's calls in "Mein Bereich"."""

from django.urls import path

from . import listing, views

CALLS = "mein-bereich/vereine/<int:club_id>/aufrufe/"
CALL = f"{CALLS}<int:call_id>/"

urlpatterns = [
    path("unterstuetzen/", listing.support_call_list, name="support_call_list"),
    path(CALLS, views.club_support_calls, name="club_support_calls"),
    path(f"{CALLS}neu/", views.club_support_call_create, name="club_support_call_create"),
    path(f"{CALL}bearbeiten/", views.club_support_call_edit, name="club_support_call_edit"),
    path(f"{CALL}neuigkeiten/", views.club_support_call_update, name="club_support_call_update"),
]
