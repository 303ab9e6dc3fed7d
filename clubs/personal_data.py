"""What clubs/ stores about people: expressions of interest, and profiles shown on pages."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry

from clubs.contact_points.models import ContactPerson
from clubs.experts.models import Expert
from clubs.interests.models import Interest
from home.personal_data.registry import PersonalDataKind, consent


class Interests(PersonalDataKind):
    key = "expressions_of_interest"
    label = _("Expressions of interest")
    retention_setting = "INTEREST_RETENTION_DAYS"
    after_retention = "deleted with the admin's log entries about them"
    erase_note = _("Deleted, with the admin's log entries that name the person.")

    def records(self, email):
        return Interest.objects.filter(email__iexact=email).select_related("club", "opportunity")

    def export(self, email):
        return [
            {
                "club": interest.club.title,
                "opportunity": interest.opportunity.title if interest.opportunity else None,
                "name": interest.name,
                "email": interest.email,
                "phone": interest.phone,
                "message": interest.message,
                "language": interest.language,
                "received_at": interest.created_at,
                "handled_at": interest.handled_at,
                "consent": consent(interest.consent_text, interest.created_at),
            }
            for interest in self.records(email)
        ]

    def erase(self, email, request):
        return self._delete(self.records(email))

    def expired(self, cutoff):
        return Interest.objects.filter(created_at__lt=cutoff)

    def expire(self, records, cutoff):
        return self._delete(records, older_log_entries_than=cutoff)

    @staticmethod
    def _delete(interests, older_log_entries_than=None):
        """Delete `interests` and the admin's history of them, which names the volunteer; with
        a date, also every entry about interests from before it."""
        about_them = Q(
            object_id__in=interests.annotate(pk_text=Cast("pk", CharField())).values("pk_text")
        )
        if older_log_entries_than:
            about_them |= Q(timestamp__lt=older_log_entries_than)
        ModelLogEntry.objects.filter(
            about_them, content_type=ContentType.objects.get_for_model(Interest)
        ).delete()
        return interests.delete()[1].get(Interest._meta.label, 0)


class PublicProfiles(PersonalDataKind):
    key = "public_profiles"
    label = _("Profiles on pages (experts, contact persons)")
    erase_note = _(
        "Not erased here: staff change or remove them on the expert's profile or the contact "
        "point's page, so that no page loses its contact without anybody noticing."
    )

    def records(self, email):
        return [
            *Expert.objects.filter(user__email__iexact=email),
            *ContactPerson.objects.filter(email__iexact=email).select_related("page"),
        ]

    def export(self, email):
        return [
            {"kind": str(record._meta.verbose_name), "name": record.name, **self._details(record)}
            for record in self.records(email)
        ]

    @staticmethod
    def _details(record):
        if hasattr(record, "profile"):
            return {"organisation": record.organisation, "profile": record.profile}
        return {"page": record.page.title, "role": record.role, "phone": record.phone}

    def erase(self, email, request):
        return 0
