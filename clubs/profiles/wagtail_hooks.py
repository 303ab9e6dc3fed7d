"""Admin wiring of club profiles (imported by clubs/wagtail_hooks.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from clubs.profiles.contact_email import CONTACT_EMAIL_CHANGED


@hooks.register("register_log_actions")
def register_contact_email_log_action(actions):
    actions.register_action(
        CONTACT_EMAIL_CHANGED,
        _("Change contact email address"),
        _("Changed the contact email address"),
    )
