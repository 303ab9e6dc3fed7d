"""Attachments of requests: checked by content, stored outside the public media."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import FundingApplicationFactory
from workflows import actions
from workflows.models import Attachment

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 32


@pytest.fixture
def application(club_a, budget, representative, coordinator_a):
    return actions.submit(representative, FundingApplicationFactory(club=club_a, budget=budget))


def upload(name, content):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def test_a_pdf_quote_is_stored_privately_under_a_random_name(application, representative):
    attachment = actions.add_attachment(
        representative, application, upload("../../Angebot Druckerei.pdf", PDF), kind="quote"
    )

    assert attachment.content_type == "application/pdf"
    assert attachment.original_name == "Angebot Druckerei.pdf"  # no path survives
    stored = Path(attachment.file.path).resolve()
    assert stored.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert "Druckerei" not in stored.name
    assert stored.read_bytes() == PDF
    assert application.events.filter(action="attachment").exists()


def test_the_type_comes_from_the_content_not_the_name(application, representative):
    assert actions.add_attachment(representative, application, upload("foto.pdf", PNG))
    with pytest.raises(actions.ActionRefusedError, match="keine PDF-, JPEG- oder PNG-Datei"):
        actions.add_attachment(representative, application, upload("rechnung.pdf", EXE))
    assert Attachment.objects.filter(original_name="rechnung.pdf").count() == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [("leer.pdf", b"", "ist leer"), ("gross.pdf", PDF + b"0" * 1024 * 1024, "größer als 1 MB")],
)
def test_empty_and_oversized_files_are_refused_with_a_reason(
    application, representative, settings, name, content, message
):
    settings.REQUEST_ATTACHMENT_MAX_BYTES = 1024 * 1024
    with pytest.raises(actions.ActionRefusedError, match=message):
        actions.add_attachment(representative, application, upload(name, content))
    assert not Attachment.objects.exists()


def test_another_club_cannot_add_documents(application, other_representative):
    with pytest.raises(PermissionDenied):
        actions.add_attachment(other_representative, application, upload("a.pdf", PDF))


def test_no_documents_once_the_request_is_closed(application, representative, coordinator_a):
    actions.review_funding(
        coordinator_a, actions.open_task(application, "review"), "reject", message="Nein."
    )
    application.refresh_from_db()
    with pytest.raises(actions.ActionRefusedError):
        actions.add_attachment(representative, application, upload("spaet.pdf", PDF))
