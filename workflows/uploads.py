"""Checking uploads of requests by their content, not by their name.

Quotes and receipts may be PDF, JPEG or PNG files of at most 10 MB. The first bytes decide the
type; a file whose content matches none of them is refused with a message that says what is
allowed. The name is what staff download the file as, so it holds no path, control or
direction characters (a name "Beleg" + U+202E + "fdp.exe" shows as "Belegexe.pdf"), and it gets
the extension of the type it really is.
"""

import unicodedata
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)
EXTENSIONS = {
    "application/pdf": (".pdf",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
}
MAX_NAME_LENGTH = 150


def max_bytes():
    return settings.REQUEST_ATTACHMENT_MAX_BYTES


def checked_content_type(upload):
    """The content type of `upload`, or ValidationError with what to do instead."""
    check_name(upload.name)
    if upload.size == 0:
        raise ValidationError(_("The file %s is empty.") % upload.name)
    if upload.size > max_bytes():
        raise ValidationError(
            _("The file %(name)s is larger than %(limit)d MB. Please upload a smaller file.")
            % {"name": upload.name, "limit": max_bytes() // (1024 * 1024)}
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    for signature, content_type in SIGNATURES:
        if head.startswith(signature):
            return content_type
    raise ValidationError(
        _("The file %s is not a PDF, JPEG or PNG file. Please upload one of these types.")
        % upload.name
    )


def check_name(name):
    """Refuse names that are paths, hidden files, overlong or hold invisible characters."""
    forbidden = any(
        unicodedata.category(character) in ("Cc", "Cf") or character in "/\\:" for character in name
    )
    if forbidden or not name.strip(". ") or name.startswith("."):
        raise ValidationError(
            _(
                "The file name contains characters that are not allowed (slashes, colons, "
                "control or formatting characters) or starts with a dot. Please rename the "
                "file, for example to quote.pdf, and upload it again."
            )
        )
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            _("The file name is longer than %d characters. Please give the file a shorter name.")
            % MAX_NAME_LENGTH
        )


def download_name(name, content_type):
    """`name` as staff download it: ending in the extension of what the file really is, so
    that "Angebot.exe" with a PDF inside is opened as "Angebot.exe.pdf", never run."""
    if PurePosixPath(name.lower()).suffix in EXTENSIONS[content_type]:
        return name
    return name + EXTENSIONS[content_type][0]
