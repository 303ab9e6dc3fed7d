"""A broken image in the admin's upload gets the form's message, never a server error."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image as PILImage
from wagtail.images import get_image_model

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def png(size=(40, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 40, 40)).save(buffer, "PNG")
    return buffer.getvalue()


VALID = png()
BROKEN = {
    "only the signature": b"\x89PNG\r\n\x1a\n",
    "signature and garbage": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
    # The header is intact, so the size can be read; the pixels cannot.
    "cut off after the header": VALID[: len(VALID) // 2],
}


def invalid_image_message():
    with translation.override("de"):
        return translation.gettext(
            "Upload a valid image. The file you uploaded was either not an image or a "
            "corrupted image."
        )


@pytest.fixture
def editor_client(client, home_page):
    client.raise_request_exception = False
    client.force_login(UserFactory(is_superuser=True))
    return client


@pytest.mark.parametrize("content", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_png_is_refused_with_a_message(editor_client, content):
    response = editor_client.post(
        reverse("wagtailimages:add"),
        {"title": "Kaputt", "file": SimpleUploadedFile("bild.png", content, "image/png")},
    )

    assert response.status_code == 200
    assert invalid_image_message() in response.content.decode()
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("content", BROKEN.values(), ids=BROKEN.keys())
def test_the_multiple_upload_refuses_a_broken_png_with_a_message(editor_client, content):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("bild.png", content, "image/png")},
    )

    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert invalid_image_message() in answer["error_message"]
    assert not get_image_model().objects.exists()


def test_an_intact_png_is_stored(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add"),
        {"title": "Heil", "file": SimpleUploadedFile("bild.png", VALID, "image/png")},
    )

    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert (image.title, image.width, image.height) == ("Heil", 40, 30)
