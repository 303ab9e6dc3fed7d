"""Demo content, loaded by `manage.py load_demo`.

Each app contributes its part through the Wagtail hook `load_demo_content` (a function taking
`log`), so home/ loads the content of clubs/ and workflows/ without importing them. Hooks run in
their `order`: the foundation first (0), then clubs (10), the news and knowledge base filed under
its regions and topics (12, 13), events organised by its contact points (15), the club approval
workflow (20) and the editorial workflow on the sections (30).
"""

from django.db import transaction
from wagtail import hooks

LOAD_DEMO_CONTENT_HOOK = "load_demo_content"


@transaction.atomic
def load_demo_content(log=print):
    for load in hooks.get_hooks(LOAD_DEMO_CONTENT_HOOK):
        load(log)
