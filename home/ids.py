"""Numbers from addresses that the database can hold: a number beyond a 64-bit integer
answers 404 like any unknown number, instead of SQLite's overflow error."""

from django.http import Http404

LARGEST_ID = 2**63 - 1


def checked_id(value):
    if not 0 < value <= LARGEST_ID:
        raise Http404
    return value
