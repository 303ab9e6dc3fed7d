"""Addresses where a club manages the shifts of its offers and their helpers, in "Mein
Bereich" (/mein-bereich/vereine/<club>/...)."""

from django.urls import path

from clubs.shifts import club_views

CLUB = "mein-bereich/vereine/<int:club_id>/"

urlpatterns = [
    path(
        CLUB + "angebote/<int:opportunity_id>/schichten/",
        club_views.offer_shifts,
        name="club_offer_shifts",
    ),
    path(
        CLUB + "angebote/<int:opportunity_id>/nachricht/",
        club_views.offer_message,
        name="club_offer_message",
    ),
    path(
        CLUB + "angebote/<int:opportunity_id>/helferliste/<str:file_format>/",
        club_views.offer_helper_list,
        name="club_offer_helper_list",
    ),
    path(
        CLUB + "schichten/<int:shift_id>/bearbeiten/",
        club_views.shift_edit,
        name="club_shift_edit",
    ),
    path(
        CLUB + "schichten/<int:shift_id>/nachricht/",
        club_views.shift_message,
        name="club_shift_message",
    ),
    path(
        CLUB + "anmeldungen/<int:signup_id>/absagen/",
        club_views.signup_cancel,
        name="club_signup_cancel",
    ),
    path(
        CLUB + "schichten/<int:shift_id>/loeschen/",
        club_views.shift_delete,
        name="club_shift_delete",
    ),
]
