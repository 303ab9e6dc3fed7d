from django.contrib.postgres.search import SearchQuery
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText

from . import combine, light_stem, query_words


def word_lexeme(word, invert):
    """The word's stem as a prefix ('Förderung' -> forder:*), or that of its shortened form:
    the stemmer gives 'Kurse' -> kurs but 'Kurs' -> kur, so 'Kurse' asks for kurs:* | kur:*."""
    lexeme = Lexeme(word, invert=invert, prefix=True)
    shorter = light_stem(word)
    if shorter == word:
        return lexeme
    other = Lexeme(shorter, invert=invert, prefix=True)
    return lexeme & other if invert else lexeme | other


class GermanPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    """Each word of a plain query is a prefix after stemming."""

    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        words = query_words(query)
        if not words:
            return None
        lexemes = [word_lexeme(word, invert) for word in words]
        return SearchQuery(combine(lexemes, query.operator), search_type="raw", config=config)


class GermanPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = GermanPostgresSearchQueryCompiler
