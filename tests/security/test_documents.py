"""Members-only documents: no URL hands them to an anonymous visitor, neither Wagtail's
document view nor the media folder they are stored in; members download them as attachments
that the browser must not sniff into something else.

`make run` (DEBUG) serves uploads itself; the fixture below builds those URLs. nginx's side is
in test_nginx_media.py.
"""

import importlib

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import override_settings
from django.urls import clear_url_caches
from wagtail.models import Collection

from home.roles import CLUB_REPRESENTATIVES, MEMBERS_COLLECTION_NAME, setup_roles
from tests.factories import DocumentFactory, UserFactory

pytestmark = pytest.mark.django_db

SECRET = b"Honorarvertrag, nur fuer Mitglieder\n"


@pytest.fixture
def make_run_urls():
    """portal.urls as `make run` loads it, with DEBUG's media URLs."""
    import portal.urls

    with override_settings(DEBUG=True):
        importlib.reload(portal.urls)
    clear_url_caches()
    yield
    importlib.reload(portal.urls)
    clear_url_caches()


@pytest.fixture
def members_document(db):
    setup_roles()
    return DocumentFactory(
        title="Honorarvertrag",
        collection=Collection.objects.get(name=MEMBERS_COLLECTION_NAME),
        file__filename="honorarvertrag.pdf",
        file__data=SECRET,
    )


def test_an_anonymous_visitor_gets_a_members_document_by_no_url(
    client, make_run_urls, members_document
):
    media_url = members_document.file.url
    assert media_url.startswith("/media/documents/")

    view = client.get(members_document.url)
    media = client.get(media_url)

    assert view.status_code == 302
    assert view["Location"].startswith("/konto/anmelden/?next=")
    assert media.status_code == 404
    assert SECRET not in b"".join(getattr(media, "streaming_content", [media.content]))


def test_images_are_still_served_by_make_run(client, make_run_urls):
    name = default_storage.save("original_images/bild.png", ContentFile(b"\x89PNG bild"))

    response = client.get(default_storage.url(name))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"\x89PNG bild"


def test_a_member_downloads_it_as_an_attachment_with_nosniff(client, members_document):
    member = UserFactory()
    member.groups.add(Group.objects.get(name=CLUB_REPRESENTATIVES.group_name))
    client.force_login(member)

    response = client.get(members_document.url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == SECRET
