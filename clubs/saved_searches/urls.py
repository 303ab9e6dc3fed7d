"""Addresses of saved_searches."""

from django.urls import path  # noqa: F401

urlpatterns = []
