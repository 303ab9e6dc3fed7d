"""nginx in front of the portal (deploy/nginx/portal-errors.conf, run by the real nginx): when
gunicorn does not answer, visitors get the German page, not nginx's "502 Bad Gateway"."""

import pytest
from django.conf import settings

from tests.security.servers import free_port, run_nginx
from tests.security.test_proxy_error_pages import assert_german_error_page, get

# A proxy process per test: with the other fault tests in the PostgreSQL pass.
pytestmark = pytest.mark.postgres

SNIPPET = settings.BASE_DIR / "deploy" / "nginx" / "portal-errors.conf"
ERRORS = settings.BASE_DIR / "deploy" / "errors"


@pytest.fixture
def nginx(tmp_path):
    snippet = SNIPPET.read_text().replace("/srv/portal/app/deploy/errors", str(ERRORS))
    assert str(ERRORS) in snippet
    (tmp_path / "portal-errors.conf").write_text(snippet)
    port = free_port()
    config = f"""
worker_processes 1;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/error.log;
events {{}}
http {{
    access_log off;
    client_body_temp_path {tmp_path}/body;
    proxy_temp_path {tmp_path}/proxy;
    server {{
        listen 127.0.0.1:{port};
        location / {{ proxy_pass http://127.0.0.1:{free_port()}; }}
        include {tmp_path}/portal-errors.conf;
    }}
}}
"""
    with run_nginx(tmp_path, port, config):
        yield f"http://127.0.0.1:{port}"


def test_gunicorn_down_gives_the_german_page(nginx):
    status, headers, body = get(nginx + "/vereine/")

    assert status == 502
    assert_german_error_page(headers, body)
