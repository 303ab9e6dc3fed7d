"""Admin hooks of exchange/wagtail_hooks."""
