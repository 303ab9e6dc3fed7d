"""Wagtail's database search backend, tuned for German (`BACKEND: "search.backends"`).

German builds words by joining them: people type "Förderung" and the text says "Fördermittel",
they type "Verein" and the page says "Vereinsvorstand". So every word of a query matches the
start of a word in the text:

- on PostgreSQL after the `german` stemmer: "Vereine" becomes `verein:*`, which finds "Verein",
  "Vereinen" and "Vereinsarbeit"; "Förderung" becomes `forder:*`, which finds "Fördermittel";
- on SQLite, which has no stemmer, after cutting common endings off (`light_stem`).

Everything else (indexing, ranking, other databases) is Wagtail's own backend.
"""

import re
from functools import reduce

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

# Endings of German plurals and inflections, longest first; a stem keeps at least four letters.
# A bare "n" is left alone: it ends too many stems ("Verein", "Termin").
GERMAN_ENDINGS = ("ungen", "ern", "en", "er", "es", "e", "s")
SHORTEST_STEM = 4


def light_stem(word):
    """'Vereine' -> 'Verein', 'Förderung' -> 'Förder', 'Kurs' -> 'Kurs'."""
    lowered = word.lower()
    if lowered.endswith("ung") and len(word) - 3 >= SHORTEST_STEM:
        return word[:-3]
    for ending in GERMAN_ENDINGS:
        if lowered.endswith(ending) and len(word) - len(ending) >= SHORTEST_STEM:
            return word[: -len(ending)]
    return word


def query_words(query):
    return [word for word in re.split(r"[\s\-]+", query.query_string) if word]


def combine(lexemes, operator):
    if str(operator).lower() == "or":
        return reduce(lambda left, right: left | right, lexemes)
    return reduce(lambda left, right: left & right, lexemes)


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    """The German-tuned backend for PostgreSQL and SQLite with FTS5, Wagtail's otherwise.

    Each database's module is imported only for that database: Wagtail's SQLite search
    models exist only where SQLite runs.
    """
    if connection.vendor == "postgresql":
        # imported late: each database's backend module only where that database runs
        from .postgres import GermanPostgresSearchBackend

        return GermanPostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite":
        # imported late: Wagtail's SQLite search models exist only where SQLite runs
        from .sqlite import GermanSQLiteSearchBackend, SQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):
            return GermanSQLiteSearchBackend(params)
    return backend
