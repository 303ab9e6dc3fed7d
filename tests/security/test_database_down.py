"""The database stops answering: visitors get a German page that asks them to wait, no trace.

Production settings in a fresh interpreter, pointed at a PostgreSQL port where nothing listens,
like a server whose database is restarting.
"""

import json

from tests.home.test_settings import PRODUCTION_ENV, run

UNREACHABLE_DATABASE = {**PRODUCTION_ENV, "DATABASE_URL": "postgres://portal@127.0.0.1:9/portal"}


def test_pages_and_forms_answer_503_in_german_when_the_database_is_down():
    code = (
        "import json, django; django.setup(); "
        "from django.test import Client, override_settings; "
        # Static files are not collected here; their names need no hashes for this check.
        "override_settings(STORAGES={'staticfiles': {'BACKEND': "
        "'django.contrib.staticfiles.storage.StaticFilesStorage'}}).enable(); "
        "client = Client(raise_request_exception=False, HTTP_HOST='engagement.example.org'); "
        "answers = [client.get('/', secure=True), client.get('/vereine/', secure=True), "
        "client.post('/konto/anmelden/', {'username': 'a', 'password': 'b'}, secure=True)]; "
        "print(json.dumps([[r.status_code, r.get('Retry-After'), r.content.decode()] "
        "for r in answers]))"
    )

    result = run(code, UNREACHABLE_DATABASE)

    assert result.returncode == 0, result.stderr
    for status, retry_after, body in json.loads(result.stdout):
        assert status == 503
        assert retry_after == "120"
        assert "Das Portal ist gleich wieder da" in body
        assert "Bitte versuchen Sie es in zwei Minuten noch einmal." in body
        for technical in ("Traceback", "OperationalError", "psycopg", "127.0.0.1"):
            assert technical not in body
