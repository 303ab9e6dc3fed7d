"""Admin menus of clubs and volunteering.

Wagtail imports only this module of the app, so it imports the hooks of each area.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from clubs.experts import wagtail_hooks as experts_hooks  # noqa: F401
from clubs.interests import wagtail_hooks as interests_hooks  # noqa: F401
from home.demo import LOAD_DEMO_CONTENT_HOOK
from home.personal_data import PERSONAL_DATA_HOOK


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=10)
def load_clubs_demo(log):
    from clubs.demo.loader import ClubsDemoLoader

    ClubsDemoLoader(log=log).run()


@hooks.register(PERSONAL_DATA_HOOK)
def register_clubs_personal_data():
    from clubs.personal_data import Interests, PublicProfiles

    return [Interests, PublicProfiles]


@hooks.register("register_log_actions")
def register_contact_email_log_action(actions):
    from clubs.models.contact_email import CONTACT_EMAIL_CHANGED

    actions.register_action(
        CONTACT_EMAIL_CHANGED,
        _("Change contact email address"),
        _("Changed the contact email address"),
    )
