"""Handing out attachments: only to people who may see the request, always as a download."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from home.submissions import OnceOnly, Outcome
from workflows import actions, permissions
from workflows.models import Attachment


def store_upload(request, found, form, done_url):
    """Add the document of a valid upload form to the request `found`: the answer (to
    `done_url`), or None with the refusal on the form's file field. A form with a submission
    token (the applicants') stores a double click once (home.submissions)."""
    if not form.is_valid():
        return None
    upload = form.cleaned_data["file"]
    once = OnceOnly(f"upload:{request.user.pk}:{found.pk}", form, extra=upload.size)
    if repeated := once.earlier_response(request):
        return repeated
    try:
        return once.save(request, lambda: _store(request, found, form, done_url))
    except actions.ActionRefusedError as error:
        form.add_error("file", str(error))
        return None


def _store(request, found, form, done_url):
    actions.add_attachment(
        request.user, found, form.cleaned_data["file"], form.cleaned_data["kind"]
    )
    return Outcome(done_url, _("The document has been added."))


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
