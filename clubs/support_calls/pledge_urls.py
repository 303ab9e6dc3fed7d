"""Addresses of support_calls/pledge_urls (filled by the feature)."""

urlpatterns = []
