"""A version for the cached navigation and footer fragments.

Templates cache the menu, the footer, the home page's sections and the listings' filter forms
with `{% wagtailcache %}` and put this version (and the language) into the key. Publishing,
unpublishing, moving or deleting a page, changing its privacy, saving the portal settings or a
region, village, category or topic replaces the version, so nobody sees a menu that still
lists a withdrawn page. The version changes once the change is committed: a request running in
between would otherwise cache the old menu under the new version.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.models.taxonomy import LocalizedTerm, Municipality, Region

FRAGMENT_VERSION_KEY = "portal:fragment-version"
# What the cached fragments show: a change to any of these renews the version.
FRAGMENT_SOURCES = (
    Page,
    Site,
    Locale,
    PageViewRestriction,
    BaseSiteSetting,
    LocalizedTerm,
    Region,
    Municipality,
)


def fragment_cache_version():
    return cache.get_or_set(FRAGMENT_VERSION_KEY, uuid.uuid4().hex, timeout=None)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def invalidate_fragments(**kwargs):
    transaction.on_commit(lambda: cache.set(FRAGMENT_VERSION_KEY, uuid.uuid4().hex, timeout=None))


@receiver(post_save)
@receiver(post_delete)
def invalidate_fragments_on_model_change(sender, **kwargs):
    if issubclass(sender, FRAGMENT_SOURCES):
        invalidate_fragments()
