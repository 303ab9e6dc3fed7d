"""HTTP caching: which responses a shared cache (Varnish, a CDN) may keep, and purging them.

Only what every anonymous visitor gets alike may be shared: a successful GET without a session
user, without a CSRF token in the page and without a cookie being set. Everything else is marked
private, so a proxy never hands one person's page, a form's token or a flash message to someone
else. Pages behind a privacy setting never reach an anonymous visitor as a 200 in the first
place, so they are never shared either.

When a page is published, unpublished, moved or deleted, or its privacy changes, the shared
cache is told to drop the page, the pages below it (their URLs or visibility changed too) and
the pages above it, which list it (section indexes, the home page). Purging goes through
Wagtail's frontend cache backends, configured in settings by `FRONTEND_CACHE_URL`.
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.cache import add_never_cache_headers, patch_cache_control
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

SHAREABLE_METHODS = ("GET", "HEAD")


def is_shareable(request, response):
    """Whether every anonymous visitor would get exactly this response."""
    user = getattr(request, "user", None)
    return (
        request.method in SHAREABLE_METHODS
        and response.status_code == 200
        and not (user and user.is_authenticated)
        and not request.META.get("CSRF_COOKIE_USED")
        and not response.cookies
        and not request.COOKIES.get(CookieStorage.cookie_name)
    )


class SharedCacheMiddleware:
    """Sets Cache-Control on every response that has none of its own.

    Shareable responses may be kept by shared caches for `SHARED_CACHE_SECONDS`; browsers
    revalidate them every time, so a visitor who just logged in never gets the anonymous
    version back from their own cache. All other responses are private and never stored.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if is_shareable(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=settings.SHARED_CACHE_SECONDS,
            )
        else:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response


def page_urls(pages, batch):
    """Add the URLs of `pages` (with their extra cached paths, such as feeds) to `batch`."""
    for page in pages:
        page_url = page.get_full_url(batch)
        if page_url:
            batch.add_urls(page_url + path.lstrip("/") for path in page.get_cached_paths())


def affected_pages(page):
    """The page, the live pages below it and the pages above it that list it."""
    page = page.specific_deferred
    below = page.get_descendants().live().specific(defer=True)
    above = page.get_ancestors().filter(depth__gt=1).specific(defer=True)
    return [page, *below, *above]


def purge_later(*pages):
    """Purge the pages affected by a change to `pages` once the change is committed.

    The URLs are collected now (a move changes them) and purged after the commit: a visitor
    arriving in between would otherwise put the old version back into the cache.
    """
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    batch = PurgeBatch()
    for page in pages:
        page_urls(affected_pages(page), batch)
    transaction.on_commit(batch.purge)


@receiver(page_published)
@receiver(page_unpublished)
def purge_on_publication(instance, **kwargs):
    purge_later(instance)


@receiver(pre_page_move)
@receiver(post_page_move)
def purge_on_move(instance, **kwargs):
    """Before the move for the old URLs and lists, after it for the new ones."""
    purge_later(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def purge_on_privacy_change(instance, **kwargs):
    """A page that became private must leave the cache in every language it is shown in."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_later(page, *page.get_translations())
