"""Shared helpers of the saved searches' tests: a frozen clock, offers published at a moment,
and the links in the mails."""

import datetime
import re

from django.utils import translation

from tests.factories import OpportunityPageFactory

# In UTC, so that adding days adds exact days across the change to summer time.
MONDAY_7 = datetime.datetime(2026, 3, 2, 6, 0, tzinfo=datetime.UTC)
DAY = datetime.timedelta(days=1)


def publish(offer):
    """Publish `offer` now (the clock may be frozen): first_published_at is set then."""
    offer.save_revision().publish()
    offer.refresh_from_db()
    return offer


def offer_in(club, title, **fields):
    """An offer of `club` published now (not at the factory's creation)."""
    offer = OpportunityPageFactory(parent=club, title=title, live=False, **fields)
    return publish(offer)


def link(mail, pattern):
    """The path of the first link in the mail that matches `pattern` (after the host)."""
    return re.search(r"https?://[^/\s]+(" + pattern + r")", mail.body).group(1)


def de(text):
    with translation.override("de"):
        return translation.gettext(text)
