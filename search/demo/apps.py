from django.apps import AppConfig


class SearchDemoConfig(AppConfig):
    """The search's demo promotions and statistics (development and tests only)."""

    name = "search.demo"
    label = "search_demo"
