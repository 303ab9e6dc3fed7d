"""What joining stores about people: the contact person of a club's application.

Applications that were not accepted are deleted on erasure; accepted ones stay as the record of
how the club came into the portal, with the contact person anonymised. Unconfirmed applications
go after a week (nobody ever saw them), declined ones after CLUB_APPLICATION_RETENTION_DAYS.
"""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry

from clubs.joining.models import ClubApplication
from home.personal_data.registry import ANONYMISED_DOMAIN, PersonalDataKind, consent

UNCONFIRMED_DAYS = 7


class ClubApplications(PersonalDataKind):
    key = "club_applications"
    label = _("Club applications")
    retention_setting = "CLUB_APPLICATION_RETENTION_DAYS"
    after_retention = (
        "declined applications deleted after their decision, unconfirmed ones after 7 days"
    )
    erase_note = _(
        "Applications that were not accepted are deleted; accepted ones keep the club's "
        "details with the contact person anonymised."
    )

    def records(self, email):
        return ClubApplication.objects.filter(contact_email__iexact=email).select_related(
            "municipality", "club"
        )

    def export(self, email):
        return [
            {
                "name": application.name,
                "kind": application.kind,
                "municipality": application.municipality.name,
                "summary": application.summary,
                "contact_name": application.contact_name,
                "contact_email": application.contact_email,
                "language": application.language,
                "status": application.status,
                "received_at": application.created_at,
                "email_confirmed_at": application.email_confirmed_at,
                "decided_at": application.decided_at,
                "decision_comment": application.decision_comment,
                "club": application.club.title if application.club else None,
                "consent": consent(application.consent_text, application.created_at),
            }
            for application in self.records(email)
        ]

    def erase(self, email, request):
        records = self.records(email)
        accepted = records.filter(status=ClubApplication.Status.ACCEPTED)
        anonymised = 0
        for application in accepted:
            application.contact_name = str(_("anonymised"))
            application.contact_email = f"application-{application.pk}@{ANONYMISED_DOMAIN}"
            application.save(update_fields=["contact_name", "contact_email"])
            anonymised += 1
        return anonymised + self._delete(records.exclude(status=ClubApplication.Status.ACCEPTED))

    def expired(self, cutoff):
        # The cutoff is `now` minus the period of declined ones; unconfirmed ones have a week.
        now = cutoff + timedelta(days=self.retention_days())
        unconfirmed_cutoff = now - timedelta(days=UNCONFIRMED_DAYS)
        return ClubApplication.objects.filter(
            Q(status=ClubApplication.Status.UNCONFIRMED, created_at__lt=unconfirmed_cutoff)
            | Q(status=ClubApplication.Status.DECLINED, decided_at__lt=cutoff)
        )

    def expire(self, records, cutoff):
        return self._delete(records)

    def describe(self, record):
        return f"{record.name} ({record.municipality.name}): {record.get_status_display()}"

    @staticmethod
    def _delete(applications):
        """Delete `applications` with the admin's log entries about them."""
        ModelLogEntry.objects.filter(
            object_id__in=applications.annotate(pk_text=Cast("pk", CharField())).values("pk_text"),
            content_type=ContentType.objects.get_for_model(ClubApplication),
        ).delete()
        return applications.delete()[1].get(ClubApplication._meta.label, 0)
