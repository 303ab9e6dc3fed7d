"""Handing out attachments: only to people who may see the request, always as a download."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from workflows import permissions
from workflows.models import Attachment


def attachment_response(user, pk, staff):
    """The file of attachment `pk`, or 404 unless `user` may see its request (as staff, if
    `staff`). Never shown inline, never sniffed as another type."""
    attachment = get_object_or_404(Attachment.objects.select_related("request"), pk=pk)
    request = attachment.request
    allowed = (
        permissions.is_staff_for(user, request) if staff else permissions.can_view(user, request)
    )
    if not allowed:
        raise Http404
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
