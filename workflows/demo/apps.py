from django.apps import AppConfig


class WorkflowsDemoConfig(AppConfig):
    """The demo requests and the benchmark data generator (development and tests only)."""

    name = "workflows.demo"
    label = "workflows_demo"
