"""Demo content, loaded by `manage.py load_demo`.

Each app contributes its part through the Wagtail hook `load_demo_content` (a function taking
`log`), so home/ loads the content of clubs/ and workflows/ without importing them. Hooks run in
their `order`: the foundation first (0), then clubs (10), then workflows (20).
"""

from django.db import transaction
from wagtail import hooks

LOAD_DEMO_CONTENT_HOOK = "load_demo_content"


@transaction.atomic
def load_demo_content(log=print):
    for load in hooks.get_hooks(LOAD_DEMO_CONTENT_HOOK):
        load(log)
