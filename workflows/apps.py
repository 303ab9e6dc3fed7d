from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowsConfig(AppConfig):
    """Funding, coaching and help requests with their approval flows."""

    name = "workflows"
    verbose_name = _("Requests and approvals")

    def ready(self):
        # app loading: the notices use the models, which exist only once the apps are ready.
        from workflows.moderation import notices

        notices.install()
