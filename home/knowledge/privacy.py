"""Members-only knowledge: Wagtail's page privacy decides who reads an article, and the private
collection "Nur für Mitglieder" (home.roles) who downloads its documents.

Privacy set on an article applies to its translations too: editors set it once, on the German
original, and a translation made later can never publish what the original keeps private.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from home.roles import members_groups


class PrivateAcrossTranslationsMixin:
    """For page models: the restrictions of every translation apply to each of them."""

    def get_view_restrictions(self):
        return super().get_view_restrictions() | PageViewRestriction.objects.filter(
            page__translation_key=self.translation_key
        )


def _ancestor_paths(path):
    return [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]


def _restrictions_by_page(pages):
    """[(page, its restrictions)], with the same rule as the mixin, in one query for all."""
    pages = list(pages)
    if not pages:
        return []
    paths = {path for page in pages for path in _ancestor_paths(page.path)}
    keys = {page.translation_key for page in pages}
    applying = Q(page__path__in=paths) | Q(page__translation_key__in=keys)
    restrictions = list(
        PageViewRestriction.objects.filter(applying)
        .select_related("page")
        .prefetch_related("groups")
    )
    return [
        (
            page,
            [
                restriction
                for restriction in restrictions
                if page.path.startswith(restriction.page.path)
                or restriction.page.translation_key == page.translation_key
            ],
        )
        for page in pages
    ]


def mark_members_only(pages):
    """Set `members_only` on each page that not everybody may read, for the lock hint."""
    pages = list(pages)
    for page, restrictions in _restrictions_by_page(pages):
        page.members_only = bool(restrictions)
    return pages


def readable_by(request, pages):
    """Mark the pages as in `mark_members_only` and set `readable`: whether the visitor of
    `request` may read each of them (a view that shows several pages' content checks this)."""
    pages = list(pages)
    accepted = {}
    for page, restrictions in _restrictions_by_page(pages):
        for restriction in restrictions:
            if restriction.pk not in accepted:
                accepted[restriction.pk] = restriction.accept_request(request)
        page.members_only = bool(restrictions)
        page.readable = all(accepted[restriction.pk] for restriction in restrictions)
    return pages


def restrict_to_members(page):
    """Make `page` readable by the MEMBERS groups only, as editors do in the admin's privacy
    dialog. Used by the demo content and the tests."""
    restriction, _ = PageViewRestriction.objects.get_or_create(
        page=page, defaults={"restriction_type": PageViewRestriction.GROUPS}
    )
    restriction.groups.set(members_groups())
    return restriction
