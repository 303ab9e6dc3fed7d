from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The shared kernel: site pages, block library, settings, accounts and taxonomy."""

    name = "home"
    verbose_name = _("Website")

    def ready(self):
        # app loading: importing these connects the invalidation of cached fragments and the
        # purging of the frontend cache, whose receivers need the models loaded.
        from home import fragment_cache, http_cache  # noqa: F401

        # app loading: Wagtail's chooser widgets, which this patches, need the models loaded.
        from home.admin_scripts import start_choosers_without_inline_scripts

        start_choosers_without_inline_scripts()
