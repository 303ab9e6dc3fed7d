"""Through a real Varnish with the shipped deploy/varnish/portal.vcl: Varnish appends its peer
to X-Forwarded-For, and with TRUSTED_PROXY_COUNT=2 each visitor still has their own limits.

nginx in front is stood in for by the header it sends ($proxy_add_x_forwarded_for: the
visitor's address). Locally the test skips without varnishd; in CI (.ci/run installs Varnish)
it fails instead."""

import http.client
import re
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from home.ratelimit import RateLimit
from tests.factories import UserFactory
from tests.security.servers import run_varnishd

pytestmark = [
    pytest.mark.postgres,
    # The live server answers from another thread; the site and home page of the migrations
    # are restored for it.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

VCL = Path(django_settings.BASE_DIR) / "deploy" / "varnish" / "portal.vcl"
PASSWORD = "correct-horse-battery"  # UserFactory's
VISITOR = "198.51.100.4"
ATTACKER = "203.0.113.9"


@pytest.fixture
def varnish(live_server, tmp_path):
    """varnishd with the shipped VCL, its backend pointed at the live server; its port."""
    backend_port = urllib.parse.urlsplit(live_server.url).port
    shipped = VCL.read_text()
    assert '.port = "8000";' in shipped
    vcl = tmp_path / "portal.vcl"
    vcl.write_text(shipped.replace('.port = "8000";', f'.port = "{backend_port}";'))
    with run_varnishd(vcl, tmp_path / "varnish") as port:
        yield port


def log_in(varnish_port, username, password, nginx_saw):
    """GET the login form and POST it, both through Varnish as nginx would pass them on."""
    headers = {"Host": "localhost", "X-Forwarded-For": nginx_saw}
    connection = http.client.HTTPConnection("127.0.0.1", varnish_port, timeout=30)
    connection.request("GET", "/konto/anmelden/", headers=headers)
    form = connection.getresponse()
    cookie = SimpleCookie(form.getheader("Set-Cookie"))["csrftoken"].value
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.read().decode())[1]
    body = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": username, "password": password}
    )
    connection.request(
        "POST",
        "/konto/anmelden/",
        body=body,
        headers={
            **headers,
            "Cookie": f"csrftoken={cookie}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    answer = connection.getresponse()
    answer.read()
    connection.close()
    return answer.status


def test_through_varnish_one_visitor_s_failed_logins_do_not_refuse_another(
    varnish, settings, monkeypatch
):
    settings.TRUSTED_PROXY_COUNT = 2  # nginx and Varnish, as docs/deployment.md says
    per_address = RateLimit("login-ip", limit=3, window=15 * 60)
    monkeypatch.setattr("home.login_throttle.LOGIN_FAILURES_PER_IP", per_address)
    UserFactory(username="kim")

    failures = [
        log_in(varnish, f"unbekannt{number}", "geraten", nginx_saw=ATTACKER)
        for number in range(per_address.limit)
    ]
    refused = log_in(varnish, "kim", PASSWORD, nginx_saw=ATTACKER)
    visitor = log_in(varnish, "kim", PASSWORD, nginx_saw=VISITOR)

    assert failures == [200] * per_address.limit
    assert refused == 429
    assert visitor == 302
