"""What pledges store about people, for the personal-data registry (export, erasure and
retention; see home.personal_data.registry).

Erasing on request anonymises a pledge instead of deleting it: the money or material may well
have reached the club, and the call's progress keeps counting it, but nothing names the person
any more. PLEDGE_RETENTION_DAYS after the call's last day every pledge of it is deleted,
cancelled or not.
"""

from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clubs.support_calls.models import Pledge
from home.personal_data.registry import ANONYMISED_DOMAIN, PersonalDataKind, consent


class Pledges(PersonalDataKind):
    key = "pledges"
    label = _("Pledges to support calls")
    retention_setting = "PLEDGE_RETENTION_DAYS"
    after_retention = (
        "deleted, counted from the last day of the support call, cancelled ones as well"
    )
    erase_note = _(
        "Name, address and message are removed; the amount or quantity still counts in the "
        "call's progress without naming the person."
    )

    def records(self, email):
        return Pledge.objects.filter(email__iexact=email).select_related("call")

    def export(self, email):
        return [
            {
                "support_call": pledge.call.title,
                "kind": pledge.kind,
                "what": pledge.need_label,
                "amount": pledge.amount,
                "quantity": pledge.quantity,
                "reference": pledge.purpose_reference,
                "name": pledge.name,
                "email": pledge.email,
                "message": pledge.message,
                "language": pledge.language,
                "pledged_at": pledge.created_at,
                "cancelled_at": pledge.cancelled_at,
                "received_at": pledge.received_at,
                "consent": consent(pledge.consent_text, pledge.created_at),
            }
            for pledge in self.records(email)
        ]

    def erase(self, email, request):
        return Pledge.objects.filter(pk__in=self.records(email).values("pk")).update(
            name="",
            message="",
            email=Concat(Value("pledge-"), Cast("pk", CharField()), Value("@" + ANONYMISED_DOMAIN)),
        )

    def expired(self, cutoff):
        return Pledge.objects.filter(call__ends_on__lt=timezone.localdate(cutoff))

    def expire(self, records, cutoff):
        return (
            Pledge.objects.filter(pk__in=records.values("pk"))
            .delete()[1]
            .get(Pledge._meta.label, 0)
        )

    def describe(self, record):
        return f"{record.name or '–'}: {record.call.title}, {record.purpose_reference}"
