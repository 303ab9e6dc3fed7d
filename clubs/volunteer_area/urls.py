"""Addresses of volunteer_area ("Mein Engagement")."""

from django.urls import path

from clubs.volunteer_area import views

urlpatterns = [
    path("mein-engagement/", views.volunteer_area, name="volunteer_area"),
    path("mein-engagement/link-angefordert/", views.sent, name="volunteer_area_sent"),
    path("mein-engagement/zugang/<str:token>/", views.open_link, name="volunteer_area_open"),
    path(
        "mein-engagement/kalender/<int:feed_id>/<str:token>.ics",
        views.calendar,
        name="volunteer_area_calendar",
    ),
    path("mein-engagement/kalender/", views.calendar_create, name="volunteer_area_calendar_create"),
    path(
        "mein-engagement/kalender/neu/", views.calendar_renew, name="volunteer_area_calendar_renew"
    ),
    path(
        "mein-engagement/nachrichten/<int:interest_id>/zurueckziehen/",
        views.withdraw_interest,
        name="volunteer_area_interest_withdraw",
    ),
    path(
        "mein-engagement/schichten/<int:signup_id>/absagen/",
        views.cancel_shift,
        name="volunteer_area_shift_cancel",
    ),
    path(
        "mein-engagement/anmeldungen/<int:registration_id>/absagen/",
        views.cancel_registration,
        name="volunteer_area_registration_cancel",
    ),
    path(
        "mein-engagement/anmeldungen/<int:registration_id>/teilnahmebescheinigung/",
        views.certificate,
        name="volunteer_area_certificate",
    ),
    path("mein-engagement/daten/", views.export_data, name="volunteer_area_export"),
    path("mein-engagement/loeschen/", views.erase_data, name="volunteer_area_erase"),
    path("mein-engagement/geloescht/", views.erased, name="volunteer_area_erased"),
    path("mein-engagement/abmelden/", views.sign_out, name="volunteer_area_sign_out"),
    path(
        "mein-engagement/ueberall-abmelden/",
        views.sign_out_all,
        name="volunteer_area_sign_out_everywhere",
    ),
]
