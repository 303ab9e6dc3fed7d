"""Admin hooks of support_calls/pledge_hooks."""
