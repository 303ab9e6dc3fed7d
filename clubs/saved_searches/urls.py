"""Addresses of saved searches ("Suchaufträge"), under "Mein Engagement"."""

from django.urls import path

from clubs.saved_searches import views

urlpatterns = [
    path("mein-engagement/suchauftrag/neu/", views.create, name="saved_search_create"),
    path("mein-engagement/suchauftrag/gesendet/", views.sent, name="saved_search_sent"),
    path(
        "mein-engagement/suchauftrag/bestaetigen/<str:token>/",
        views.confirm,
        name="saved_search_confirm",
    ),
    path(
        "mein-engagement/suchauftrag/<str:token>/abbestellen/",
        views.unsubscribe,
        name="saved_search_unsubscribe",
    ),
    path("mein-engagement/suchauftrag/<str:token>/", views.manage, name="saved_search_manage"),
    path(
        "mein-engagement/suchauftraege/<int:pk>/loeschen/",
        views.area_delete,
        name="saved_search_area_delete",
    ),
]
