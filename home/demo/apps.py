from django.apps import AppConfig


class HomeDemoConfig(AppConfig):
    """The website's demo content and the `load_demo` command (development and tests only)."""

    name = "home.demo"
    label = "home_demo"
