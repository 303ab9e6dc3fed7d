from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClubsConfig(AppConfig):
    """Club profiles, networks, contact points, experts and volunteering opportunities."""

    name = "clubs"
    verbose_name = _("Clubs and volunteering")

    def ready(self):
        from clubs import representatives  # noqa: F401  (connects the signal)
