from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The shared kernel: site pages, block library, settings, accounts and taxonomy."""

    name = "home"
    verbose_name = _("Website")

    def ready(self):
        from . import cache  # noqa: F401  (connects the fragment cache invalidation signals)
