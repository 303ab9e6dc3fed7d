"""Query budgets: a listing or dashboard needs the same number of SQL queries for n and 10·n
items, so it stays as fast with a Land's content as with a village's (docs/performance.md)."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation


def count_queries(client, url, language="de"):
    """The queries of a GET of `url` as the first visitor after a change causes them.

    The first request warms what each process keeps (site root paths, content types) and
    creates image renditions; the cache is then emptied, so that fragments cached for later
    visitors (home page sections, menu) are rendered, and counted, again.
    """
    with translation.override(language):
        client.get(url)
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)
