"""A saved search's life: stored unconfirmed with a mail that asks to confirm it (double
opt-in), confirmed by a POST, changed or renewed by the link in every mail, and ended when
unconfirmed for SAVED_SEARCH_UNCONFIRMED_DAYS or unused for SAVED_SEARCH_UNUSED_DAYS (after a
notice, NOTICE_DAYS ahead).

Each change is one conditional UPDATE or a row locked for the change, so a second click (or a
mail scanner opening a link first) changes nothing and mails nobody twice.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation

from clubs.saved_searches.models import SavedSearch
from clubs.saved_searches.queries import describe, search_filter
from clubs.saved_searches.tokens import confirm_token, manage_token
from home.mail import send_templated_mail, site_name

# Days between the notice that an unused search ends and its end.
NOTICE_DAYS = 30


def manage_url(search, request):
    with translation.override(search.language):
        path = reverse("saved_search_manage", kwargs={"token": manage_token(search)})
    return request.build_absolute_uri(path)


def unsubscribe_url(search, request):
    with translation.override(search.language):
        path = reverse("saved_search_unsubscribe", kwargs={"token": manage_token(search)})
    return request.build_absolute_uri(path)


def description(search):
    """The search's filters in words, in the active language."""
    return describe(search_filter(search.query, search.language))


def store(request, *, email, query, frequency, language, consent_text):
    """Save an unconfirmed search and queue the mail with its confirmation link, together."""
    with transaction.atomic():
        search = SavedSearch.objects.create(
            email=email,
            query=query,
            frequency=frequency,
            language=language,
            consent_text=consent_text,
        )
        with translation.override(language):
            path = reverse("saved_search_confirm", kwargs={"token": confirm_token(search)})
            context = {
                "site_name": site_name(request),
                "search": search,
                "description": description(search),
                "confirm_url": request.build_absolute_uri(path),
                "valid_days": settings.SAVED_SEARCH_UNCONFIRMED_DAYS,
            }
        send_templated_mail("saved_search_confirm", context, to=[email], language=language)
    return search


def confirm(search, now=None):
    """Confirm `search`: digests start now, with offers published from now on. A search the
    address already has confirmed with the same filters is renewed instead of doubled (the
    new one is deleted). The search that stays, or None when it no longer exists."""
    now = now or timezone.now()
    with transaction.atomic():
        twin = (
            SavedSearch.objects.select_for_update()
            .filter(email__iexact=search.email, query=search.query, confirmed_at__isnull=False)
            .exclude(pk=search.pk)
            .first()
        )
        if twin is not None:
            SavedSearch.objects.filter(pk=search.pk, confirmed_at__isnull=True).delete()
            renew(twin, frequency=search.frequency, now=now)
            return twin
        SavedSearch.objects.filter(pk=search.pk, confirmed_at__isnull=True).update(
            confirmed_at=now, last_digest_at=now, last_used_at=now
        )
        return SavedSearch.objects.filter(pk=search.pk).first()


def renew(search, *, query=None, frequency=None, now=None):
    """Save a change (or just a renewal): the search counts as used and any notice that it
    ends is void."""
    now = now or timezone.now()
    changes = {"last_used_at": now, "expiry_notice_sent_at": None}
    if query is not None:
        changes["query"] = query
    if frequency is not None:
        changes["frequency"] = frequency
    SavedSearch.objects.filter(pk=search.pk).update(**changes)
    for name, value in changes.items():
        setattr(search, name, value)
    return search


def remove(search):
    """Delete the search; False when it was gone already (a second click)."""
    return SavedSearch.objects.filter(pk=search.pk).delete()[0] > 0


def ends_on(search):
    """When a search whose notice went out ends, else None."""
    if search.expiry_notice_sent_at is None:
        return None
    return search.expiry_notice_sent_at + datetime.timedelta(days=NOTICE_DAYS)


def ended(now=None):
    """Searches whose time is over: unconfirmed for longer than SAVED_SEARCH_UNCONFIRMED_DAYS,
    or noticed NOTICE_DAYS ago without being renewed since."""
    now = now or timezone.now()
    unconfirmed_before = now - datetime.timedelta(days=settings.SAVED_SEARCH_UNCONFIRMED_DAYS)
    noticed_before = now - datetime.timedelta(days=NOTICE_DAYS)
    return SavedSearch.objects.filter(
        Q(confirmed_at__isnull=True, created_at__lt=unconfirmed_before)
        | Q(confirmed_at__isnull=False, expiry_notice_sent_at__lte=noticed_before)
    )


def unused(now=None):
    """Confirmed searches unused for SAVED_SEARCH_UNUSED_DAYS that got no notice yet."""
    now = now or timezone.now()
    return SavedSearch.objects.filter(
        confirmed_at__isnull=False,
        expiry_notice_sent_at__isnull=True,
        last_used_at__lte=now - datetime.timedelta(days=settings.SAVED_SEARCH_UNUSED_DAYS),
    )
