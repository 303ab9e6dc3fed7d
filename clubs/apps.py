from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClubsConfig(AppConfig):
    """Club profiles, networks, contact points, experts and volunteering opportunities."""

    name = "clubs"
    verbose_name = _("Clubs and volunteering")

    def ready(self):
        # app loading: the receiver needs ClubPage, which exists only once the apps are loaded.
        from clubs.profiles import representatives  # noqa: F401
