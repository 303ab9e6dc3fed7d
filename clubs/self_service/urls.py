"""Addresses of a club's self-service in "Mein Bereich": dashboard, profile, offers."""

urlpatterns = []
