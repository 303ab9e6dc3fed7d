"""The digests of saved searches and the end of unused ones, for the command
`send_saved_search_digests` (cron, daily).

A digest covers a window of first publication: from the search's `last_digest_at` up to
SETTLE before the run. The window's end becomes the next window's start, whether anything
was new or not, so windows neither overlap nor leave a gap: an offer is in exactly one window,
and never sent twice nor missed. The end lies SETTLE before the run, so that an offer whose
publication is still committing while the command runs falls into the next window instead of
being skipped. A search is due DUE_MARGIN before its period is over, so that a daily run at
07:00 finds it due although the last one started late or the clocks went forward an hour (23
hours between two runs); two runs on the same day still send one digest.

A window is looked at under the search's row lock (SELECT ... FOR UPDATE on PostgreSQL), and
its digest is queued in the same transaction as the move of `last_digest_at`. A second run at
the same time waits for the lock and then finds the search no longer due. The mail's key is
made from the search and the window's start, so even a mail queued twice for the same window
goes out once (home.tasks.send_email).

Offers are matched with the finder's own filter (clubs.opportunities.listing.finder_filter),
over the open offers in the search's language, with that language active.
"""

import datetime
import logging

from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation

from clubs.opportunities.listing import OpportunityFinderPage
from clubs.opportunities.models import with_club_titles
from clubs.saved_searches.models import SavedSearch
from clubs.saved_searches.queries import describe, locale_id_for, search_filter
from clubs.saved_searches.searches import (
    NOTICE_DAYS,
    ended,
    manage_url,
    unsubscribe_url,
    unused,
)
from home.mail import offline_request, send_templated_mail, site_name

logger = logging.getLogger(__name__)

PERIODS = {
    SavedSearch.Frequency.DAILY: datetime.timedelta(days=1),
    SavedSearch.Frequency.WEEKLY: datetime.timedelta(days=7),
}
SETTLE = datetime.timedelta(minutes=5)
DUE_MARGIN = datetime.timedelta(hours=3)
# A digest lists this many offers; the link to the finder shows all.
MAX_LISTED = 30


def due(now):
    """Confirmed searches whose last window ended about a day (daily) or a week (weekly) ago."""
    return SavedSearch.objects.filter(confirmed_at__isnull=False).filter(
        Q(
            frequency=SavedSearch.Frequency.DAILY,
            last_digest_at__lte=now - PERIODS["daily"] + DUE_MARGIN,
        )
        | Q(
            frequency=SavedSearch.Frequency.WEEKLY,
            last_digest_at__lte=now - PERIODS["weekly"] + DUE_MARGIN,
        )
    )


def new_offers(search, since, until):
    """The offers matching `search` first published in (since, until], as the finder lists
    them; none when the stored filters no longer hold (e.g. a place was renamed), rather than
    every offer. Call with the search's language active."""
    filterset = search_filter(search.query, search.language)
    if filterset.is_bound and not filterset.form.is_valid():
        logger.warning("Saved search %s has filters that no longer hold.", search.reference)
        return filterset, []
    offers = filterset.qs.filter(first_published_at__gt=since, first_published_at__lte=until)
    return filterset, list(offers)


def send_due_digests(now=None):
    """Send the digest of every due search that has something new; how many were sent."""
    now = now or timezone.now()
    request = offline_request()
    return sum(_send_digest(pk, now, request) for pk in list(due(now).values_list("pk", flat=True)))


def _send_digest(pk, now, request):
    with transaction.atomic():
        search = due(now).select_for_update().filter(pk=pk).first()
        if search is None:  # another run took it meanwhile
            return False
        since, until = search.last_digest_at, now - SETTLE
        with translation.override(search.language):
            filterset, offers = new_offers(search, since, until)
            if offers:
                _queue_digest(search, filterset, offers, since, request)
        SavedSearch.objects.filter(pk=search.pk).update(last_digest_at=until)
    return bool(offers)


def _finder_url(search, request):
    finder = OpportunityFinderPage.objects.live().filter(locale_id=locale_id_for(search.language))
    finder = finder.first()
    if finder is None:
        return ""
    url = request.build_absolute_uri(finder.get_url(request=request) or "/")
    return f"{url}?{search.query}" if search.query else url


def _queue_digest(search, filterset, offers, since, request):
    listed = with_club_titles(offers[:MAX_LISTED])
    unsubscribe = unsubscribe_url(search, request)
    context = {
        "site_name": site_name(request),
        "description": describe(filterset),
        "since": timezone.localtime(since),
        "offers": [
            {
                "title": offer.title,
                "club": offer.club_page.title if offer.club_page else "",
                "place": offer.municipality.name,
                "url": request.build_absolute_uri(offer.get_url(request=request) or "/"),
            }
            for offer in listed
        ],
        "count": len(offers),
        "more": len(offers) - len(listed),
        "finder_url": _finder_url(search, request),
        "manage_url": manage_url(search, request),
        "unsubscribe_url": unsubscribe,
    }
    send_templated_mail(
        "saved_search_digest",
        context,
        to=[search.email],
        language=search.language,
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        key=f"digest-{search.reference.hex}-{since:%Y%m%d%H%M%S%f}",
    )


def send_expiry_notices(now=None):
    """One notice to each search unused for SAVED_SEARCH_UNUSED_DAYS; how many were sent."""
    now = now or timezone.now()
    request = offline_request()
    sent = 0
    for pk in list(unused(now).values_list("pk", flat=True)):
        with transaction.atomic():
            search = unused(now).select_for_update().filter(pk=pk).first()
            if search is None:
                continue
            SavedSearch.objects.filter(pk=pk).update(expiry_notice_sent_at=now)
            with translation.override(search.language):
                context = {
                    "site_name": site_name(request),
                    "description": describe(search_filter(search.query, search.language)),
                    "days": NOTICE_DAYS,
                    "ends_on": timezone.localdate(now + datetime.timedelta(days=NOTICE_DAYS)),
                    "manage_url": manage_url(search, request),
                }
            send_templated_mail(
                "saved_search_expiry",
                context,
                to=[search.email],
                language=search.language,
                key=f"expiry-{search.reference.hex}-{search.last_used_at:%Y%m%d%H%M%S%f}",
            )
            sent += 1
    return sent


def delete_ended(now=None):
    """Delete unconfirmed searches past their days and unused ones past their notice."""
    return ended(now).delete()[1].get(SavedSearch._meta.label, 0)
