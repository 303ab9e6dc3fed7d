"""Which club a page belongs to, for the moderation of club profiles (see workflows/).

A club's pages are its ClubPage and every page below it (its opportunities). The club is always
read from the database, never from the revision under review: a representative who moves the
club to another municipality in a draft does not thereby choose who reviews the draft.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import Page

from clubs.profiles.models import ClubPage


def club_for_page(page):
    """The ClubPage that `page` is or lies below, with its municipality; None for other pages."""
    if not isinstance(page, Page) or not page.path:
        return None
    return (
        ClubPage.objects.ancestor_of(page, inclusive=True)
        .select_related("municipality")
        .order_by("-depth")
        .first()
    )


def _containing_club(clubs):
    """The clubs among `clubs` whose subtree holds the page of the outer query."""
    return clubs.filter(path=Substr(OuterRef("path"), 1, Length("path")))


def pages_of_clubs(clubs):
    """All pages of the given clubs: the club pages themselves and everything below them."""
    return Page.objects.filter(Exists(_containing_club(clubs)))


def without_club_pages(pages):
    """`pages` minus every page that belongs to some club."""
    return pages.exclude(Exists(_containing_club(ClubPage.objects.all())))
