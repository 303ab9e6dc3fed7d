"""What saved searches store about people: an address with its filters, for the personal-data
registry (export, erasure and retention; see home.personal_data.registry).

Erasure deletes them. Retention is the searches' own end (clubs.saved_searches.searches.ended):
unconfirmed ones after SAVED_SEARCH_UNCONFIRMED_DAYS, unused ones NOTICE_DAYS after the notice
that went out after SAVED_SEARCH_UNUSED_DAYS; `send_saved_search_digests` deletes them daily
too, so `apply_retention` only catches what a stopped cron job left.
"""

import datetime

from django.utils.translation import gettext_lazy as _

from clubs.saved_searches.models import SavedSearch
from clubs.saved_searches.searches import ended
from home.personal_data.registry import PersonalDataKind, consent


class SavedSearches(PersonalDataKind):
    key = "saved_searches"
    label = _("Saved searches")
    retention_setting = "SAVED_SEARCH_UNCONFIRMED_DAYS"
    after_retention = (
        "deleted: unconfirmed ones after these days, unused ones (SAVED_SEARCH_UNUSED_DAYS) "
        "30 days after a notice"
    )
    erase_note = _("Deleted; no more new offers are sent to the address.")

    def records(self, email):
        return SavedSearch.objects.filter(email__iexact=email)

    def export(self, email):
        return [
            {
                "email": search.email,
                "filters": search.query,
                "frequency": search.frequency,
                "language": search.language,
                "created_at": search.created_at,
                "confirmed_at": search.confirmed_at,
                "last_digest_at": search.last_digest_at,
                "last_used_at": search.last_used_at,
                "expiry_notice_sent_at": search.expiry_notice_sent_at,
                "consent": consent(search.consent_text, search.created_at),
            }
            for search in self.records(email)
        ]

    def erase(self, email, request):
        return self._delete(self.records(email))

    def expired(self, cutoff):
        # The cutoff is `now` minus SAVED_SEARCH_UNCONFIRMED_DAYS; ended() counts from `now`.
        return ended(cutoff + datetime.timedelta(days=self.retention_days()))

    def expire(self, records, cutoff):
        return self._delete(records)

    def describe(self, record):
        state = "confirmed" if record.confirmed_at else "unconfirmed"
        return f"{record.query or '-'} ({record.get_frequency_display()}, {state})"

    @staticmethod
    def _delete(searches):
        return searches.delete()[1].get(SavedSearch._meta.label, 0)
