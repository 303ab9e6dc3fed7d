"""Addresses where a club manages the shifts of its offers and their helpers."""

urlpatterns = []
