"""Demo content, loaded by `manage.py load_demo`.

Every app keeps its demo in its own `<app>/demo/` app, installed by the development and test
settings only: production cannot import it, so it can never create the demo's accounts with
their published password. Each demo app registers its loaders on the Wagtail hook
`load_demo_content` (functions taking `log`) in its `wagtail_hooks.py`, so home/ loads the
content of clubs/ and workflows/ without importing them. Hooks run in their `order`: the
foundation first (0), then clubs (10), the news and knowledge base filed under its regions and
topics (12, 13), events organised by its contact points (15), the club approval workflow and the
requests (20), the editorial workflow on the sections (30), the search's promoted results and
statistics (40), and what clubs do themselves once the workflow exists: a pending application
to join (45), offers submitted from "Mein Bereich" (46), shifts with sign-ups (47) and what
volunteers keep in "Mein Engagement" (48).
"""

from django.conf import settings
from django.db import transaction
from wagtail import hooks

LOAD_DEMO_CONTENT_HOOK = "load_demo_content"


def refuse_unless_installed(package):
    """Stop the import of a demo package that the settings do not install (production)."""
    if package not in settings.INSTALLED_APPS:
        raise ImportError(
            f"{package} is demo content: only the development and test settings install it "
            "(portal/settings/dev.py, portal/settings/test.py)."
        )


refuse_unless_installed(__name__)


@transaction.atomic
def load_demo_content(log=print):
    for load in hooks.get_hooks(LOAD_DEMO_CONTENT_HOOK):
        load(log)
