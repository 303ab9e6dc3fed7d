from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText

from . import combine, light_stem, query_words


class GermanSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    """Each word of a plain query is a prefix after cutting its ending: 'Vereine' -> verein*."""

    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        words = query_words(query)
        if not words:
            return None
        lexemes = [Lexeme(light_stem(word), prefix=True) for word in words]
        return SearchQueryExpression(combine(lexemes, query.operator), config=config)


class GermanSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = GermanSQLiteSearchQueryCompiler
