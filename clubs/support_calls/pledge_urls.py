"""Addresses of pledges: the citizen's form and their pledge by its signed link, and the club's
list of a call's pledges in "Mein Bereich" (/mein-bereich/vereine/<club>/aufrufe/...)."""

from django.urls import path

from clubs.support_calls import pledge_views

CALL = "mein-bereich/vereine/<int:club_id>/aufrufe/<int:call_id>/"

urlpatterns = [
    path(
        "unterstuetzen/<int:call_id>/zusage/",
        pledge_views.support_call_pledge,
        name="support_call_pledge",
    ),
    path(
        "unterstuetzen/zusage/<str:token>/",
        pledge_views.support_call_pledge_manage,
        name="support_call_pledge_manage",
    ),
    path(
        CALL + "zusagen/", pledge_views.club_support_call_pledges, name="club_support_call_pledges"
    ),
    path(
        CALL + "zusagen/<int:pledge_id>/erhalten/",
        pledge_views.club_pledge_received,
        name="club_pledge_received",
    ),
]
