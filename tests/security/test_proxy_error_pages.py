"""Varnish in front of the portal (deploy/varnish/portal.vcl, run by the real varnishd): when the
portal does not answer, or its /health/ probe fails, visitors get the German page of
deploy/errors/503.html, never Varnish's English "Backend fetch failed"."""

import contextlib
import http.server
import threading
import urllib.error
import urllib.request

import pytest
from django.conf import settings

from tests.security.servers import free_port, run_varnishd, wait_for

# Slow-ish (a Varnish process per test): with the other fault tests in the PostgreSQL pass.
pytestmark = pytest.mark.postgres

VCL = settings.BASE_DIR / "deploy" / "varnish" / "portal.vcl"
ERROR_PAGE = settings.BASE_DIR / "deploy" / "errors" / "503.html"


class Backend(http.server.ThreadingHTTPServer):
    """Stands in for gunicorn: every page says "Startseite", the probe's /health/?checks=web
    answers `health`."""

    def __init__(self, health):
        self.health = health

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(handler):  # noqa: N805
                status = self.health if handler.path == "/health/?checks=web" else 200
                handler.send_response(status)
                handler.send_header("Content-Type", "text/html; charset=utf-8")
                handler.end_headers()
                handler.wfile.write(b"Startseite")

            def log_message(handler, *args):  # noqa: N805
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()


@pytest.fixture
def varnish(tmp_path):
    """Starts varnishd with the portal's VCL in front of the given backend port."""
    running = contextlib.ExitStack()

    def start(backend_port):
        vcl = VCL.read_text()
        vcl = vcl.replace('.port = "8000";', f'.port = "{backend_port}";')
        vcl = vcl.replace("/etc/varnish/portal-503.html", str(ERROR_PAGE))
        assert str(ERROR_PAGE) in vcl
        assert f'"{backend_port}"' in vcl
        path = tmp_path / f"portal-{backend_port}.vcl"
        path.write_text(vcl)
        port = running.enter_context(run_varnishd(path, tmp_path / f"varnish-{backend_port}"))
        return f"http://127.0.0.1:{port}"

    with running:
        yield start


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (http only)
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()
    except OSError:
        return None, {}, ""


def assert_german_503(answer):
    status, headers, body = answer
    assert status == 503
    assert_german_error_page(headers, body)


def assert_german_error_page(headers, body):
    assert headers["Retry-After"] == "120"
    assert headers["Cache-Control"] == "no-store"
    assert "Das Portal ist gleich wieder da" in body
    assert "Backend fetch failed" not in body


def test_the_portal_down_gives_the_german_page(varnish):
    url = varnish(free_port())  # nothing listens there
    wait_for(lambda: get(url + "/")[0] is not None, "Varnish starts")

    assert_german_503(get(url + "/"))
    assert_german_503(get(url + "/vereine/"))


def test_a_failing_health_probe_takes_the_portal_out_of_rotation(varnish):
    sick, healthy = Backend(health=503), Backend(health=200)
    try:
        sick_url = varnish(sick.server_address[1])
        healthy_url = varnish(healthy.server_address[1])
        wait_for(lambda: get(healthy_url + "/")[0] == 200, "the healthy portal is probed")
        wait_for(lambda: get(sick_url + "/")[0] is not None, "the second Varnish starts")

        assert get(healthy_url + "/")[2] == "Startseite"
        assert_german_503(get(sick_url + "/"))
    finally:
        sick.shutdown()
        healthy.shutdown()
