"""The headers a browser gets with every page: what it may run, send and remember.

The production settings run in a fresh interpreter (tests/home/test_settings.py), as on a server:
only there are HSTS and the secure cookie flags on.
"""

import json

import pytest
from django.urls import reverse

from tests.factories import UserFactory
from tests.home.test_settings import PRODUCTION_ENV, run

pytestmark = pytest.mark.django_db


def content_security_policy(response):
    """The policy as {directive: [sources]}."""
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {name: sources for name, *sources in directives}


@pytest.mark.parametrize("url", ["/", "/konto/anmelden/", "/admin/", "/gibt-es-nicht/"])
def test_every_response_forbids_inline_scripts_and_unused_browser_features(client, home_page, url):
    response = client.get(url, follow=True)

    policy = content_security_policy(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "SAMEORIGIN"  # the admin previews in a frame


def test_cookies_after_login_are_out_of_reach_of_scripts(client, home_page):
    UserFactory(username="anna", password="geheim-und-lang-2026")

    client.get(reverse("login"))
    response = client.post(
        reverse("login"), {"username": "anna", "password": "geheim-und-lang-2026"}
    )

    assert response.status_code == 302
    for name in ("sessionid", "csrftoken"):
        cookie = response.cookies[name]
        assert cookie["httponly"], name
        assert cookie["samesite"] == "Lax", name


def test_production_sends_hsts_and_marks_every_cookie_secure():
    code = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "from django.test import Client; "
        "r = Client().get('/robots.txt', secure=True, HTTP_HOST='engagement.example.org'); "
        "print(json.dumps({'status': r.status_code, 'headers': dict(r.headers), 'cookies': {"
        "name: [getattr(s, name + '_SECURE'), getattr(s, name + '_HTTPONLY')] "
        "for name in ('SESSION_COOKIE', 'CSRF_COOKIE', 'LANGUAGE_COOKIE')}}))"
    )

    result = run(code, PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["status"] == 200
    assert report["headers"]["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains")
    assert (
        "'unsafe-inline'"
        not in report["headers"]["Content-Security-Policy"].split("script-src")[1].split(";")[0]
    )
    assert report["cookies"] == {
        "SESSION_COOKIE": [True, True],
        "CSRF_COOKIE": [True, True],
        "LANGUAGE_COOKIE": [True, True],
    }
