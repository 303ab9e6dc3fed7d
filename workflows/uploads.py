"""Checking uploads of requests by their content, not by their name.

Quotes and receipts may be PDF, JPEG or PNG files of at most 10 MB. The first bytes decide the
type; a file whose content matches none of them is refused with a message that says what is
allowed.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)


def max_bytes():
    return settings.REQUEST_ATTACHMENT_MAX_BYTES


def checked_content_type(upload):
    """The content type of `upload`, or ValidationError with what to do instead."""
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
