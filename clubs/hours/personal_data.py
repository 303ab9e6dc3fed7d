"""What hours and certificates store about people, for the personal-data registry (export,
erasure and retention; see home.personal_data.registry).

Neither has a retention period: hours and certificates are what a volunteer keeps to show what
they did (for the Ehrenamtskarte, a job application), so they stay until the person erases
them. No law makes the club keep them, so erasing deletes the hours. A certificate may be in
somebody's hands already: erasing removes the name, the address and what it states, and
revokes it, so its code then verifies as withdrawn and never shows anybody's data.
"""

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from clubs.hours.models import EngagementCertificate, HoursRecord
from home.personal_data.registry import ANONYMISED_DOMAIN, PersonalDataKind


class HoursRecords(PersonalDataKind):
    key = "hours_records"
    label = _("Hours records")
    after_retention = "kept until the person erases them (no retention period)"
    erase_note = _("Deleted; they no longer count for certificates or in the club's list.")

    def records(self, email):
        return HoursRecord.objects.filter(email__iexact=email)

    def export(self, email):
        return [
            {
                "club": record.club_name,
                "name": record.name,
                "email": record.email,
                "activity": record.activity,
                "from": record.starts_on,
                "until": record.ends_on,
                "hours": record.hours,
                "source": record.source,
                "recorded_at": record.recorded_at,
                "confirmed_by_volunteer_at": record.volunteer_confirmed_at,
            }
            for record in self.records(email)
        ]

    def erase(self, email, request):
        return self.records(email).delete()[1].get(HoursRecord._meta.label, 0)

    def describe(self, record):
        return f"{record.name}: {record.club_name}, {record.activity}, {record.hours} h"


class EngagementCertificates(PersonalDataKind):
    key = "engagement_certificates"
    label = _("Engagement certificates")
    after_retention = "kept until the person erases them (no retention period)"
    erase_note = _(
        "Anonymised and revoked: the name, the address and what it states are removed; its "
        "code then verifies as withdrawn."
    )

    def records(self, email):
        return EngagementCertificate.objects.filter(email__iexact=email)

    def export(self, email):
        return [
            {
                "code": certificate.code,
                "name": certificate.name,
                "email": certificate.email,
                "statement": certificate.statement,
                "language": certificate.language,
                "issued_at": certificate.issued_at,
                "revoked_at": certificate.revoked_at,
                "revoked_reason": certificate.revoked_reason,
            }
            for certificate in self.records(email)
        ]

    def erase(self, email, request):
        with translation.override(settings.LANGUAGE_CODE):
            reason = gettext("Deleted at the person's request")
        now = timezone.now()
        count = 0
        for certificate in self.records(email):
            certificate.name = ""
            certificate.email = f"certificate-{certificate.pk}@{ANONYMISED_DOMAIN}"
            certificate.statement = {}
            certificate.revoked_at = certificate.revoked_at or now
            certificate.revoked_reason = reason
            certificate.save()
            count += 1
        return count

    def describe(self, record):
        return f"{record.code}: {record.name} ({record.issued_at:%d.%m.%Y})"
