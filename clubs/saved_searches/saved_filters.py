"""Which of the finder's filters a saved search keeps, and its query string from a request's.

Order and page say nothing about what is wanted; the period ("von", "bis") is left out as well,
because a search runs for a year and fixed dates would soon make it find nothing. Apart from
queries.py because the finder imports this to build its link, and queries.py imports the
finder.
"""

from django.http import QueryDict

SAVED_FILTERS = ("ort", "umkreis", "bereich", "art", "geeignet", "zuhause", "schichten")


def saved_query(data):
    """The query string of the saved filters in `data` (a QueryDict), empty values left out."""
    kept = QueryDict(mutable=True)
    for name in SAVED_FILTERS:
        values = [value.strip() for value in data.getlist(name) if value.strip()]
        if values:
            kept.setlist(name, values)
    return kept.urlencode()
