"""Handing out attachments: only to people who may see the request, always as a download."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from workflows import actions, permissions
from workflows.models import Attachment


def store_upload(request, found, form):
    """Add the document of a valid upload form to the request `found`; True when stored, else
    the refusal is on the form's file field."""
    if not form.is_valid():
        return False
    try:
        actions.add_attachment(
            request.user, found, form.cleaned_data["file"], form.cleaned_data["kind"]
        )
    except actions.ActionRefusedError as error:
        form.add_error("file", str(error))
        return False
    messages.success(request, _("The document has been added."))
    return True


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
