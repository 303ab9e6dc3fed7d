"""nginx in front of the portal (deploy/nginx/portal-errors.conf, run by the real nginx): when
gunicorn does not answer, visitors get the German page, not nginx's "502 Bad Gateway"."""

import os
import shutil
import subprocess

import pytest
from django.conf import settings

from tests.security.servers import wait_for
from tests.security.test_proxy_error_pages import assert_german_error_page, free_port, get

# A proxy process per test: with the other fault tests in the PostgreSQL pass.
pytestmark = pytest.mark.postgres

SNIPPET = settings.BASE_DIR / "deploy" / "nginx" / "portal-errors.conf"
ERRORS = settings.BASE_DIR / "deploy" / "errors"


@pytest.fixture
def nginx(tmp_path):
    executable = shutil.which("nginx")
    if not executable:
        if os.environ.get("CI"):
            pytest.fail("nginx is missing: .ci/run installs the nginx package")
        pytest.skip("nginx is not installed")
    snippet = SNIPPET.read_text().replace("/srv/portal/app/deploy/errors", str(ERRORS))
    assert str(ERRORS) in snippet
    (tmp_path / "portal-errors.conf").write_text(snippet)
    port = free_port()
    (tmp_path / "nginx.conf").write_text(
        ("user root;\n" if os.geteuid() == 0 else "")
        + f"""
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
    )
    process = subprocess.Popen(
        [executable, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    wait_for(lambda: get(url + "/")[0] is not None, "nginx starts")
    yield url
    process.terminate()
    process.wait(timeout=30)


def test_gunicorn_down_gives_the_german_page(nginx):
    status, headers, body = get(nginx + "/vereine/")

    assert status == 502
    assert_german_error_page(headers, body)
