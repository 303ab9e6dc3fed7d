"""The nginx configuration of docs/deployment.md, run by a real nginx: uploaded images come
from the media folder, documents never do (the portal serves them after checking who asks).

Runs in the PostgreSQL pass of CI (`.ci/run` installs Debian's nginx); it skips where nginx is
missing, except in CI, where it fails.
"""

import http.client
import re
from pathlib import Path

import pytest
from django.conf import settings

from portal.urls import PUBLIC_MEDIA_FOLDERS
from tests.security.servers import free_port, run_nginx

pytestmark = pytest.mark.postgres

DEPLOYMENT_GUIDE = Path(settings.BASE_DIR) / "docs" / "deployment.md"
DOCUMENTED_MEDIA_ROOT = "/srv/portal/media/"
SECRET = b"Honorarvertrag, nur fuer Mitglieder\n"


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
    port = free_port()
    locations = documented_media_locations().replace(DOCUMENTED_MEDIA_ROOT, f"{media}/")
    temp = tmp_path / "nginx"
    config = f"""
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
    with run_nginx(temp, port, config):
        yield port


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
