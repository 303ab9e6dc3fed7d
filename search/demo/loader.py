"""Demo of the search: editors' picks for "Förderung" and a few weeks of search statistics, so
the report "Was Besucher*innen suchen" has something to show."""

import datetime

from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Locale, Page

from search.models import UnansweredQueryDailyHits

PROMOTIONS = {
    "förderung": [
        (
            "foerderantraege-schreiben",
            "Schritt für Schritt zum Förderantrag, mit Vorlage für den Kostenplan.",
        ),
        ("foerderprogramm-ehrenamt-vor-ort", "Das aktuelle Förderprogramm und seine Fristen."),
    ],
}
# term: (searches a day, of these without results), over the last two weeks
STATISTICS = {
    "verein gründen": (3, 0),
    "förderung": (2, 0),
    "übungsleiterpauschale": (1, 0),
    "fahrdienst": (1, 1),
    "tafel": (1, 1),
}
STATISTICS_DAYS = 14


def _load_promotions(log):
    german = Locale.get_default()
    for term, picks in PROMOTIONS.items():
        query = Query.get(term)
        if query.editors_picks.exists():
            continue
        for order, (slug, description) in enumerate(picks):
            page = Page.objects.filter(locale=german, slug=slug).first()
            if page:
                SearchPromotion.objects.create(
                    query=query, page=page, description=description, sort_order=order
                )
        log(f"Search: promoted results for “{term}”")


def _load_statistics(log):
    if QueryDailyHits.objects.exists():
        return
    today = timezone.localdate()
    for term, (searches, unanswered) in STATISTICS.items():
        query = Query.get(term)
        for days_ago in range(STATISTICS_DAYS):
            date = today - datetime.timedelta(days=days_ago)
            QueryDailyHits.objects.create(query=query, date=date, hits=searches)
            if unanswered:
                UnansweredQueryDailyHits.objects.create(query=query, date=date, hits=unanswered)
    log("Search: two weeks of search statistics")


def load_search_demo(log):
    _load_promotions(log)
    _load_statistics(log)
