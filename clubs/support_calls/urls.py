"""Addresses of support_calls/urls (filled by the feature)."""

urlpatterns = []
