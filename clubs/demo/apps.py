from django.apps import AppConfig


class ClubsDemoConfig(AppConfig):
    """The demo clubs and opportunities (development and tests only)."""

    name = "clubs.demo"
    label = "clubs_demo"
