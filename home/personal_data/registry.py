"""Personal data of people across the portal: export (Art. 15), erasure (Art. 17), retention.

Each app says what it stores about people by registering a `PersonalDataKind` with the
`register_personal_data` hook; home/ cannot import clubs/ or workflows/, and this way one admin
view and one command (`manage.py apply_retention`) reach every kind. docs/privacy.md lists them.
"""

import datetime
import logging

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from wagtail import hooks
from wagtail.log_actions import log as audit_log

PERSONAL_DATA_HOOK = "register_personal_data"
ERASED_ACTION = "home.personal_data_erased"
EXPORTED_ACTION = "home.personal_data_exported"
# Addresses of anonymised records: the reserved top-level domain can never receive mail.
ANONYMISED_DOMAIN = "anonymisiert.invalid"

logger = logging.getLogger(__name__)


class PersonalDataKind:
    """One kind of record about people. Subclasses set the names and implement the methods."""

    key = ""  # the key in the export, English
    label = ""  # plural, shown to staff
    retention_setting = None  # name of the setting with the period in days; None: kept
    after_retention = ""  # what `apply_retention` does with expired records, English
    erase_note = ""  # what erasing does and keeps, shown to staff before they confirm

    def records(self, email):
        """What belongs to the person with `email` (compared without regard to case)."""
        raise NotImplementedError

    def export(self, email):
        """The person's records as JSON-ready dicts."""
        raise NotImplementedError

    def erase(self, email, request):
        """Erase or anonymise the person's records; how many were affected. `request` is the
        admin's, for the links in emails to people who move up on a waiting list."""
        raise NotImplementedError

    def expired(self, cutoff):
        """Records whose retention period ended before `cutoff`."""
        raise NotImplementedError

    def expire(self, records, cutoff):
        """Remove or anonymise `records` (from `expired`); how many were affected."""
        raise NotImplementedError

    def describe(self, record):
        """One line about `record` for the admin's overview."""
        return str(record)

    def retention_days(self):
        days = getattr(settings, self.retention_setting)
        if days < 1:
            raise ImproperlyConfigured(f"{self.retention_setting} must be at least 1, not {days}.")
        return days


def consent(text, given_at):
    """A consent as every export shows it: the words agreed to and when."""
    return {"text": text, "given_at": given_at}


def kinds():
    return [kind() for hook in hooks.get_hooks(PERSONAL_DATA_HOOK) for kind in hook()]


def overview(email):
    """[(kind, [one line per record])] for the admin's page about one person."""
    return [(kind, [kind.describe(record) for record in kind.records(email)]) for kind in kinds()]


def export(email, user):
    """Everything stored about the person, as JSON text; the export itself is logged (`user`
    None: the person's own export, see `_log`)."""
    data = {
        "email": email,
        "exported_at": timezone.now(),
        **{kind.key: kind.export(email) for kind in kinds()},
    }
    _log(user, EXPORTED_ACTION, {str(kind.label): len(data[kind.key]) for kind in kinds()})
    return DjangoJSONEncoder(indent=2, ensure_ascii=False).encode(data)


@transaction.atomic
def erase(email, user, request):
    """Erase or anonymise what is stored about the person: all or nothing. {label: count}.
    `user` None: the person's own erasure (see `_log`)."""
    counts = {kind.label: kind.erase(email, request) for kind in kinds()}
    _log(user, ERASED_ACTION, {str(label): count for label, count in counts.items()})
    return counts


def apply_retention(now=None, apply=False):
    """[(kind, cutoff, count)] of records past their retention period; removed or anonymised
    only with `apply`, all or nothing."""
    now = now or timezone.now()
    report = []
    with transaction.atomic():
        for kind in kinds():
            if kind.retention_setting is None:
                continue
            cutoff = now - datetime.timedelta(days=kind.retention_days())
            expired = kind.expired(cutoff)
            count = kind.expire(expired, cutoff) if apply else expired.count()
            report.append((kind, cutoff, count))
    return report


def _log(user, action, counts):
    """An audit log entry with who and when, and the counts, never the person's address.

    Without a user (people exporting or erasing their own data in Mein Engagement, by an
    e-mailed link) there is no account to file the entry under: it goes to the application
    log, again only with the counts."""
    if user is None:
        logger.info("%s by the person themselves: %s", action, counts)
        return
    audit_log(instance=user, action=action, user=user, data={"counts": counts})
