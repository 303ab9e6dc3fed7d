"""What Mein Engagement stores about people: the e-mailed links and the calendar feed, for the
personal-data registry (export, erasure and retention; see home.personal_data.registry).

A link is needed only while it opens the area; VOLUNTEER_AREA_LINK_RETENTION_DAYS after it
expired it is deleted. A calendar feed lasts as long as the person uses it; erasing deletes it.
Neither export holds the token hash or the salt: they open nothing without the server's secret
and say nothing about the person.
"""

from django.utils.translation import gettext_lazy as _

from clubs.volunteer_area.models import CalendarFeed, VolunteerAreaLink
from home.personal_data.registry import PersonalDataKind


class VolunteerAreaLinks(PersonalDataKind):
    key = "volunteer_area_links"
    label = _("Links to Mein Engagement")
    retention_setting = "VOLUNTEER_AREA_LINK_RETENTION_DAYS"
    after_retention = "deleted, counted from the link's expiry"
    erase_note = _("Deleted; every browser that opened one of the links loses access.")

    def records(self, email):
        return VolunteerAreaLink.objects.filter(email__iexact=email)

    def export(self, email):
        return [
            {
                "email": link.email,
                "created_at": link.created_at,
                "expires_at": link.expires_at,
                "revoked_at": link.revoked_at,
            }
            for link in self.records(email)
        ]

    def erase(self, email, request):
        return self.records(email).delete()[1].get(VolunteerAreaLink._meta.label, 0)

    def expired(self, cutoff):
        return VolunteerAreaLink.objects.filter(expires_at__lt=cutoff)

    def expire(self, records, cutoff):
        return records.delete()[1].get(VolunteerAreaLink._meta.label, 0)

    def describe(self, record):
        return f"{record.created_at:%d.%m.%Y %H:%M} – {record.expires_at:%d.%m.%Y %H:%M}"


class CalendarFeeds(PersonalDataKind):
    key = "calendar_feeds"
    label = _("Personal calendar feeds")
    erase_note = _("Deleted; the calendar address stops working.")

    def records(self, email):
        return CalendarFeed.objects.filter(email__iexact=email)

    def export(self, email):
        return [
            {"email": feed.email, "created_at": feed.created_at, "renewed_at": feed.renewed_at}
            for feed in self.records(email)
        ]

    def erase(self, email, request):
        return self.records(email).delete()[1].get(CalendarFeed._meta.label, 0)

    def describe(self, record):
        return f"{record.email} ({record.renewed_at:%d.%m.%Y})"
