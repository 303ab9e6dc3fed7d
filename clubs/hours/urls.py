"""Addresses of hours and certificates: the club's pages in "Mein Bereich", the volunteer's in
"Mein Engagement", the mailed confirmation link and the public verification."""

from django.urls import path

from clubs.hours import club_views, views

CLUB = "mein-bereich/vereine/<int:club_id>/"

urlpatterns = [
    path(
        CLUB + "schichten/<int:shift_id>/anwesenheit/",
        club_views.shift_attendance,
        name="club_shift_attendance",
    ),
    path(CLUB + "stunden/", club_views.club_hours, name="club_hours"),
    path(CLUB + "stunden/neu/", club_views.club_hours_record, name="club_hours_record"),
    path(
        "mein-engagement/stunden/bestaetigen/<str:token>/",
        views.hours_confirm,
        name="hours_confirm",
    ),
    path(
        "mein-engagement/stunden/<int:record_id>/antwort/",
        views.hours_answer,
        name="hours_answer",
    ),
    path(
        "mein-engagement/nachweise/neu/",
        views.certificate_create,
        name="engagement_certificate_create",
    ),
    path(
        "mein-engagement/nachweise/<int:certificate_id>/pdf/",
        views.certificate_download,
        name="engagement_certificate_download",
    ),
    path(
        "mein-engagement/nachweise/<int:certificate_id>/zurueckziehen/",
        views.certificate_withdraw,
        name="engagement_certificate_withdraw",
    ),
    path("nachweis/", views.verify, name="engagement_certificate_verify"),
    path("nachweis/<str:code>/", views.verify_code, name="engagement_certificate_verify_code"),
]
