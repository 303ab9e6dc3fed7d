"""Admin hooks of support_calls/wagtail_hooks."""
