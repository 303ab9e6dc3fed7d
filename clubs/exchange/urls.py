"""Addresses of exchange/urls (filled by the feature)."""

urlpatterns = []
