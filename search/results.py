"""What a search result shows besides its title: the kind of content, a date or a place, and an
excerpt around the words searched for, for one page of results in a fixed number of queries."""

import html
import re
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Max, Min, Q
from django.utils import timezone
from django.utils.html import format_html, format_html_join, strip_tags
from wagtail.search import index

from home.models import EventPage, EventSession, Municipality, Region

from .backends import light_stem
from .facets import KINDS

EXCERPT_LENGTH = 240
CONTEXT_BEFORE = 60


@dataclass
class Hit:
    page: object
    kind: str
    date: object
    place: str
    excerpt: str


def page_text(page):
    """The plain text of the page's indexed fields, title aside, in their declared order."""
    parts = []
    for field in type(page).get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        try:
            model_field = page._meta.get_field(field.field_name)
        except FieldDoesNotExist:
            continue
        value = getattr(page, field.field_name)
        if hasattr(model_field, "get_searchable_content"):
            parts.extend(model_field.get_searchable_content(value))
        elif value:
            parts.append(str(value))
    text = html.unescape(strip_tags(" ".join(parts)))
    return " ".join(text.split())


def words_pattern(terms):
    """Words that start like one of the searched words: how the search matched them."""
    stems = sorted({light_stem(term) for term in terms.split()}, key=len, reverse=True)
    if not stems:
        return None
    alternatives = "|".join(re.escape(stem) for stem in stems)
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def excerpt(text, pattern):
    """About EXCERPT_LENGTH characters of `text` around the first match, matches marked."""
    match = pattern.search(text) if pattern else None
    start = 0
    if match and match.start() > CONTEXT_BEFORE:
        start = text.rfind(" ", 0, match.start() - CONTEXT_BEFORE) + 1
    end = start + EXCERPT_LENGTH
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    window = text[start:end]
    marked, position = [], 0
    for found in pattern.finditer(window) if pattern else ():
        marked.append((window[position : found.start()], found.group()))
        position = found.end()
    return format_html(
        "{}{}{}{}",
        "… " if start else "",
        format_html_join("", "{}<mark>{}</mark>", marked),
        window[position:],
        " …" if end < len(text) else "",
    )


def _event_dates(pages):
    """{event pk: the next session's start, or the last one's for a past event}."""
    event_pks = [page.pk for page in pages if isinstance(page, EventPage)]
    if not event_pks:
        return {}
    now = timezone.now()
    rows = (
        EventSession.objects.filter(page__in=event_pks)
        .values("page")
        .annotate(next_start=Min("start", filter=Q(end__gte=now)), last_start=Max("start"))
    )
    return {row["page"]: row["next_start"] or row["last_start"] for row in rows}


def _date(page, event_dates):
    if page.pk in event_dates:
        return event_dates[page.pk]
    return getattr(page, "date", None) or getattr(page, "reviewed_on", None)


def hits(pages, terms):
    """A Hit for each of `pages` (specific pages of one results page)."""
    pages = list(pages)
    pattern = words_pattern(terms)
    municipalities = Municipality.objects.in_bulk(
        {page.municipality_id for page in pages if getattr(page, "municipality_id", None)}
    )
    regions = Region.objects.in_bulk(
        {page.region_id for page in pages if getattr(page, "region_id", None)}
    )
    event_dates = _event_dates(pages)
    results = []
    for page in pages:
        place = municipalities.get(getattr(page, "municipality_id", None)) or regions.get(
            getattr(page, "region_id", None)
        )
        text = page_text(page) or page.search_description
        results.append(
            Hit(
                page=page,
                kind=KINDS.kind_of(page).singular,
                date=_date(page, event_dates),
                place=place.name if place else "",
                excerpt=excerpt(text, pattern),
            )
        )
    return results
