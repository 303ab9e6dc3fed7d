"""Error pages answer without the database and without a Wagtail site for the host: a request
with a wrong Host header gets the German 400 page, not a server error."""

import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import Http404
from django.test import Client
from django.urls import get_resolver

from tests.home.test_settings import answers_in_production
from tests.security.test_database_down import UNREACHABLE_DATABASE

BAD_REQUEST = "Die Seite konnte nicht aufgerufen werden"


def test_a_wrong_host_gets_the_german_400_page_in_production_even_without_the_database():
    result = answers_in_production(
        [
            "client.get('/')",
            "client.get('/', secure=True)",
            "client.post('/konto/anmelden/', {'username': 'a'}, secure=True)",
        ],
        UNREACHABLE_DATABASE,
        host="evil.example",
    )

    assert result.returncode == 0, result.stderr
    for status, _retry_after, body in json.loads(result.stdout):
        assert status == 400
        assert '<html lang="de"' in body
        assert BAD_REQUEST in body
        assert "evil.example" not in body


@pytest.mark.django_db
def test_a_wrong_host_gets_the_400_page_when_sites_exist(client, home_page):
    response = Client(raise_request_exception=False, HTTP_HOST="evil.example").get("/")

    assert response.status_code == 400
    assert BAD_REQUEST in response.content.decode()


@pytest.mark.django_db
def test_a_wrong_host_is_logged_in_one_line_without_a_traceback(caplog):
    Client(raise_request_exception=False, HTTP_HOST="evil.example").get("/")

    (record,) = [r for r in caplog.records if r.name == "django.security.DisallowedHost"]
    assert "evil.example" in record.getMessage()
    assert record.exc_info is None
    assert "Traceback" not in caplog.text


@pytest.mark.parametrize(
    ("status", "exception", "german"),
    [
        (400, SuspiciousOperation("bad"), BAD_REQUEST),
        (403, PermissionDenied(), "Sie haben keine Berechtigung, diese Seite zu öffnen."),
        (404, Http404(), "Seite nicht gefunden"),
    ],
)
def test_error_pages_render_without_the_database(rf, status, exception, german):
    """No django_db mark: every query raises, as when the database does not answer."""
    request = rf.get("/irgendwo/")
    request.user = AnonymousUser()

    response = get_resolver().resolve_error_handler(status)(request, exception=exception)

    assert response.status_code == status
    html = response.content.decode()
    assert german in html
    assert 'href="/"' in html


@pytest.mark.django_db
def test_the_404_page_renders_when_no_site_matches_the_host(client, site):
    site.delete()

    response = Client(HTTP_HOST="localhost").get("/gibt-es-nicht/")

    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()
