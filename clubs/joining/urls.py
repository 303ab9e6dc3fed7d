"""Addresses of joining: the public application, its confirmation, invitations, the board."""

from django.urls import path

from clubs.joining import board_views, views

CLUB = "mein-bereich/vereine/<int:club_id>/"

urlpatterns = [
    path("verein-eintragen/", views.apply, name="club_application"),
    path("verein-eintragen/gesendet/", views.sent, name="club_application_sent"),
    path(
        "verein-eintragen/bestaetigen/<str:token>/",
        views.confirm,
        name="club_application_confirm",
    ),
    path(
        "konto/einladung/<uidb64>/<token>/",
        views.InvitationView.as_view(),
        name="club_invitation",
    ),
    path(f"{CLUB}vorstand/", board_views.board_list, name="club_board"),
    path(
        "mein-bereich/vorstand-beitreten/<str:token>/",
        board_views.board_join,
        name="club_board_join",
    ),
    path(f"{CLUB}vorstand/einladen/", board_views.board_invite, name="club_board_invite"),
    path(
        f"{CLUB}vorstand/<int:member_id>/entfernen/",
        board_views.board_remove,
        name="club_board_remove",
    ),
]
