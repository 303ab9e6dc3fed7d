"""Addresses of exchange/loan_urls (filled by the feature)."""

urlpatterns = []
