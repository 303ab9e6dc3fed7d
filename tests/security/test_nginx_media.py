"""The nginx configuration of docs/deployment.md, run by a real nginx: uploaded images come
from the media folder, documents never do (the portal serves them after checking who asks).

Runs in the PostgreSQL pass of CI (`.ci/run` installs Debian's nginx); it skips where nginx is
missing, except in CI, where it fails.
"""

import http.client
import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings

from portal.urls import PUBLIC_MEDIA_FOLDERS

pytestmark = pytest.mark.postgres

DEPLOYMENT_GUIDE = Path(settings.BASE_DIR) / "docs" / "deployment.md"
DOCUMENTED_MEDIA_ROOT = "/srv/portal/media/"
SECRET = b"Honorarvertrag, nur fuer Mitglieder\n"


def nginx_binary():
    found = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if found is None:
        message = "nginx not found (install Debian's package 'nginx')"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def documented_media_locations():
    """The `location /media/...` blocks of the guide's (first) nginx server configuration."""
    config = next(
        block
        for block in re.findall(r"```nginx\n(.*?)```", DEPLOYMENT_GUIDE.read_text(), re.S)
        if "location /media/" in block
    )
    locations = re.findall(r"^\s*location\s+[^{]*?/media/[^{]*\{[^}]*\}", config, re.M)
    assert locations, "no media location in docs/deployment.md"
    return "\n".join(location.strip() for location in locations)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def media(tmp_path):
    root = tmp_path / "media"
    for folder in PUBLIC_MEDIA_FOLDERS:
        (root / folder).mkdir(parents=True)
        (root / folder / "bild.png").write_bytes(b"\x89PNG " + folder.encode())
    (root / "documents").mkdir()
    (root / "documents" / "honorarvertrag.pdf").write_bytes(SECRET)
    return root


@pytest.fixture
def nginx(tmp_path, media):
    """nginx on a free local port with the guide's media locations; `/` stands for the app."""
    binary = nginx_binary()
    port = free_port()
    locations = documented_media_locations().replace(DOCUMENTED_MEDIA_ROOT, f"{media}/")
    temp = tmp_path / "nginx"
    temp.mkdir()
    config = temp / "nginx.conf"
    config.write_text(
        # Workers switch to an unprivileged user when started as root; this one may read
        # the test's folders.
        ("user root;\n" if os.geteuid() == 0 else "")
        + f"""
worker_processes 1;
pid {temp}/nginx.pid;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        {locations}
        location / {{ return 418 "the application"; }}
    }}
}}
"""
    )
    process = subprocess.Popen(
        [
            binary,
            "-p",
            str(temp),
            "-c",
            str(config),
            "-e",
            str(temp / "error.log"),
            "-g",
            "daemon off;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_until_listening(process, port)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_until_listening(process, port):
    """Startup, not the behaviour under test: poll until nginx accepts connections."""
    for _ in range(400):
        if process.poll() is not None:
            pytest.fail(f"nginx did not start: {process.stderr.read().decode()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    pytest.fail("nginx did not open its port")


def fetch(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.mark.parametrize("folder", PUBLIC_MEDIA_FOLDERS)
def test_nginx_serves_the_public_image_folders(nginx, folder):
    status, body = fetch(nginx, f"/media/{folder}/bild.png")

    assert (status, body) == (200, b"\x89PNG " + folder.encode())


@pytest.mark.parametrize(
    "path",
    [
        "/media/documents/honorarvertrag.pdf",
        "/media/images/../documents/honorarvertrag.pdf",
        "/media/images/%2e%2e/documents/honorarvertrag.pdf",
        "/media/images/..%2fdocuments/honorarvertrag.pdf",
        "/media//documents/honorarvertrag.pdf",
        "/media/Documents/honorarvertrag.pdf",
    ],
)
def test_nginx_never_serves_documents_from_the_media_folder(nginx, path):
    status, body = fetch(nginx, path)

    assert status != 200
    assert SECRET not in body
