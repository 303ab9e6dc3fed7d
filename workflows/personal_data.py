"""What workflows/ stores about people: the requests they sent, their messages and documents.

Requests belong to clubs and hold decisions on public money, so erasing a person never removes
a request: the applicant's account is anonymised (home's accounts), the decision, the amounts
and the timeline stay for the audit. After CLOSED_REQUEST_RETENTION_DAYS a closed request loses
its correspondence and every link to the people who wrote it.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from home.personal_data.registry import PersonalDataKind
from workflows.models import Attachment, Message, Request


class Requests(PersonalDataKind):
    key = "requests"
    label = _("Requests (applications, coaching and help)")
    retention_setting = "CLOSED_REQUEST_RETENTION_DAYS"
    after_retention = (
        "closed requests lose their messages and the links to applicant and uploaders; "
        "decisions, amounts, documents and the timeline stay"
    )
    erase_note = _(
        "Kept with decisions, amounts and documents for the audit; they then name only the "
        "anonymised account."
    )

    def records(self, email):
        person = Q(submitted_by__email__iexact=email) | Q(messages__author__email__iexact=email)
        return Request.objects.filter(person).distinct().select_related("club")

    def export(self, email):
        return [
            {
                "reference": request.reference,
                "kind": request.kind,
                "title": request.title,
                "club": request.club.title,
                "status": request.status,
                "submitted_at": request.submitted_at,
                "closed_at": request.closed_at,
                "messages_written": [
                    {"written_at": message.created_at, "text": message.body}
                    for message in request.messages.filter(author__email__iexact=email)
                ],
                "documents_uploaded": [
                    {"name": attachment.original_name, "uploaded_at": attachment.uploaded_at}
                    for attachment in request.attachments.filter(uploaded_by__email__iexact=email)
                ],
            }
            for request in self.records(email)
        ]

    def erase(self, email, request):
        return 0

    def expired(self, cutoff):
        still_personal = (
            Q(submitted_by__isnull=False)
            | Q(messages__isnull=False)
            | Q(attachments__uploaded_by__isnull=False)
        )
        return Request.objects.filter(still_personal, closed_at__lt=cutoff).distinct()

    def expire(self, records, cutoff):
        pks = list(records.values_list("pk", flat=True))
        Message.objects.filter(request__in=pks).delete()
        Attachment.objects.filter(request__in=pks).update(uploaded_by=None)
        Request.objects.filter(pk__in=pks).update(submitted_by=None)
        return len(pks)
