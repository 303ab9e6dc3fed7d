"""Uploads through the real forms: refused with a reason when the name or content is a trick,
and every stored file is handed out as a download, never shown in the portal's pages."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape

from tests.factories import DocumentFactory, FundingApplicationFactory
from workflows import actions
from workflows.models import Attachment

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
HTML = b"<html><script>alert(document.cookie)</script></html>"
BAD_NAME = "Bitte benennen Sie die Datei um"


@pytest.fixture
def draft(club_a, budget):
    return FundingApplicationFactory(club=club_a, budget=budget)


@pytest.fixture
def logged_in(client, representative):
    client.force_login(representative)
    return client


def upload(client, draft, name, content=PDF):
    return client.post(
        reverse("my_request_upload", args=[draft.pk]),
        {"kind": "quote", "file": SimpleUploadedFile(name, content)},
    )


@pytest.mark.parametrize(
    ("name", "refusal"),
    [
        ("C:Angebot.pdf", BAD_NAME),
        (".htaccess.pdf", BAD_NAME),
        ("...", BAD_NAME),
        ("a" * 147 + ".pdf", "länger als 150 Zeichen"),
        ("angebot.pdf", "ist leer"),
        ("seite.pdf", "keine PDF-, JPEG- oder PNG-Datei"),
    ],
)
def test_tricks_in_name_or_content_are_refused_with_what_to_do(logged_in, draft, name, refusal):
    content = b"" if refusal == "ist leer" else HTML if "PNG" in refusal else PDF

    response = upload(logged_in, draft, name, content)

    assert response.status_code == 200
    assert refusal in response.content.decode()
    assert not Attachment.objects.exists()


@pytest.mark.parametrize(
    ("name", "stored_as"),
    [
        ("../../../etc/Angebot.pdf", "Angebot.pdf"),
        ("..\\..\\Windows\\Angebot.pdf", "Angebot.pdf"),
        ("Angebot.exe", "Angebot.exe.pdf"),
        ("Beleg\u202efdp.exe", "Belegfdp.exe.pdf"),  # U+202E would show it as "Belegexe.pdf"
        ("Angebot\x00.pdf", "Angebot.pdf"),
        ("Angebot.PDF", "Angebot.PDF"),
    ],
)
def test_paths_are_dropped_and_the_real_type_ends_the_name(logged_in, draft, name, stored_as):
    response = upload(logged_in, draft, name)

    assert response.status_code == 302
    assert Attachment.objects.get().original_name == stored_as


@pytest.mark.parametrize("name", ["Beleg\u202efdp.exe", "Angebot\x00.pdf", "Angebot\r\n.pdf"])
def test_names_the_form_would_clean_are_refused_when_stored_directly(representative, draft, name):
    """Django's upload parser drops these characters; the check still holds for any other way
    a file reaches a request."""
    with pytest.raises(actions.ActionRefusedError, match="Steuer- oder Formatierungszeichen"):
        actions.add_attachment(representative, draft, SimpleUploadedFile(name, PDF))

    assert not Attachment.objects.exists()


def test_names_are_escaped_on_the_page_that_lists_them(logged_in, draft):
    upload(logged_in, draft, "<img src=x onerror=alert(1)>.pdf")

    page = logged_in.get(reverse("my_request_detail", args=[draft.pk])).content.decode()

    assert "<img src=x" not in page
    assert escape("<img src=x onerror=alert(1)>.pdf") in page


def test_request_documents_and_page_documents_are_always_downloads(
    client, logged_in, draft, representative, coordinator_a, home_page
):
    submitted = actions.submit(representative, draft)
    attachment = actions.add_attachment(
        representative, submitted, SimpleUploadedFile("Angebot.pdf", PDF)
    )
    document = DocumentFactory(file=SimpleUploadedFile("Satzung.pdf", PDF))

    responses = [logged_in.get(reverse("my_request_attachment", args=[attachment.pk]))]
    client.force_login(coordinator_a)
    responses.append(client.get(reverse("workflows_admin:attachment", args=[attachment.pk])))
    responses.append(client.get(document.url))

    for response in responses:
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["X-Content-Type-Options"] == "nosniff"
