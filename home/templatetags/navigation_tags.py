"""Template tags for the site's navigation: main menu, breadcrumbs and language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home import fragment_cache

register = template.Library()


def _is_page(page):
    return isinstance(page, Page) and page.pk is not None


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the current site in the active language (looked up once per request)."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_portal_site_root"):
        site = Site.find_for_request(request)
        request._portal_site_root = site.root_page.localized.specific if site else None
    return request._portal_site_root


@register.simple_tag
def current_section(page, root):
    """The top-level section a page belongs to, so the main menu can mark it.

    `exact` tells whether the page is the section's own page (aria-current="page") or lies
    below it (aria-current="true"). Both go into the menu's cache key.
    """
    if not _is_page(page) or root is None or not page.path.startswith(root.path):
        return {"path": "", "exact": False}
    section_length = (root.depth + 1) * Page.steplen
    return {
        "path": page.path[:section_length] if page.depth > root.depth else root.path,
        "exact": page.depth <= root.depth + 1,
    }


@register.simple_tag
def menu_pages(root):
    """Live, public pages directly below the home page that editors marked "show in menus"."""
    return root.get_children().live().in_menu().public()


@register.simple_tag
def fragment_cache_version():
    return fragment_cache.fragment_cache_version()


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """The way from the site's home page down to this page (other sites' pages stay out)."""
    root = site_root(context)
    below_root = (
        _is_page(page)
        and root is not None
        and page.depth > root.depth
        and page.path.startswith(root.path)
    )
    ancestors = page.get_ancestors().filter(depth__gte=root.depth).live() if below_root else []
    return {"ancestors": ancestors, "current": page}


@register.simple_tag(takes_context=True)
def link_url(context, link):
    """Where a link block leads: its page in the visitor's language, or the external address.

    Empty when the chosen page is no longer published, so templates leave the link out
    instead of sending people to a missing page.
    """
    page = link.target_page
    if page is not None:
        return page.get_url(request=context.get("request"))
    return link.get("url") or ""


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: to this page's translation where it exists.

    Where it does not, the link leads to the home page of that language. Views that are not
    Wagtail pages (login, "Mein Bereich", search) link to their own URL in the other language.
    `is_translation` says whether the link shows the same content (used for hreflang).
    """
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    current_language = get_language()
    translations = fallbacks = None
    if _is_page(page) and not getattr(request, "is_preview", False):
        translations = _live_translations_by_language(page)
        if len(translations) < len(settings.LANGUAGES):
            site = Site.find_for_request(request)
            fallbacks = _live_translations_by_language(site.root_page) if site else {}

    # "//host/..." would name another site in a link; the switcher stays on this one.
    own_path = "/" + request.get_full_path().lstrip("/")
    links = []
    for code, name in settings.LANGUAGES:
        if translations is None:
            url, is_translation = translate_url(own_path, code), True
        elif code in translations:
            url, is_translation = translations[code].get_url(request), True
        elif code in fallbacks:
            url, is_translation = fallbacks[code].get_url(request), False
        else:
            continue
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == current_language,
                "is_translation": is_translation,
            }
        )
    return links


def _live_translations_by_language(page):
    pages = page.get_translations(inclusive=True).live().select_related("locale")
    return {translation.locale.language_code: translation for translation in pages}
