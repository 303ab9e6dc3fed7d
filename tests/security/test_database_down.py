"""The database stops answering: visitors get a German page that asks them to wait, no trace.

Production settings in a fresh interpreter, pointed at a PostgreSQL port where nothing listens,
like a server whose database is restarting.
"""

import json

from tests.home.test_settings import PRODUCTION_ENV, answers_in_production

UNREACHABLE_DATABASE = {**PRODUCTION_ENV, "DATABASE_URL": "postgres://portal@127.0.0.1:9/portal"}


def test_pages_and_forms_answer_503_in_german_when_the_database_is_down():
    result = answers_in_production(
        [
            "client.get('/', secure=True)",
            "client.get('/vereine/', secure=True)",
            "client.post('/konto/anmelden/', {'username': 'a', 'password': 'b'}, secure=True)",
        ],
        UNREACHABLE_DATABASE,
    )

    assert result.returncode == 0, result.stderr
    for status, retry_after, body in json.loads(result.stdout):
        assert status == 503
        assert retry_after == "120"
        assert "Das Portal ist gleich wieder da" in body
        assert "Bitte versuchen Sie es in zwei Minuten noch einmal." in body
        for technical in ("Traceback", "OperationalError", "psycopg", "127.0.0.1"):
            assert technical not in body
