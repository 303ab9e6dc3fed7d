"""Personal data across the portal: the registry of kinds with export, erasure and retention
(registry.py), what home/ stores (kinds.py), and the admin page about one person (admin_views.py,
wired in by wagtail_hooks.py)."""
