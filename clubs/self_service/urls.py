"""Addresses of a club's self-service in "Mein Bereich": dashboard, profile, offers."""

from django.urls import path

from . import offer_views, views

CLUB = "mein-bereich/vereine/<int:club_id>/"
OFFER = f"{CLUB}angebote/<int:opportunity_id>/"

urlpatterns = [
    path(CLUB, views.club_dashboard, name="club_dashboard"),
    path(f"{CLUB}profil/", views.club_profile_edit, name="club_profile_edit"),
    path(f"{CLUB}angebote/", offer_views.club_offers, name="club_offers"),
    path(f"{CLUB}angebote/neu/", offer_views.club_offer_create, name="club_offer_create"),
    path(f"{OFFER}bearbeiten/", offer_views.club_offer_edit, name="club_offer_edit"),
    path(f"{OFFER}duplizieren/", offer_views.club_offer_duplicate, name="club_offer_duplicate"),
    path(f"{OFFER}beenden/", offer_views.club_offer_end, name="club_offer_end"),
    path(f"{OFFER}wieder-oeffnen/", offer_views.club_offer_reopen, name="club_offer_reopen"),
]
