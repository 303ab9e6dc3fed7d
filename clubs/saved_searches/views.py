"""The pages of saved searches: saving one from the finder's filters, confirming it, changing
or unsubscribing by the link in every mail, and deleting one in "Mein Engagement".

Links in mails only ask on GET (mail scanners open every link); a POST acts. The page after
saving is the same whether the address has searches already or not, so it reveals nothing.
"""

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from clubs.opportunities.listing import OpportunityFinderPage
from clubs.saved_searches import searches
from clubs.saved_searches.forms import (
    EMAIL_RATE_LIMIT,
    IP_RATE_LIMIT,
    FrequencyForm,
    SavedSearchForm,
)
from clubs.saved_searches.models import SavedSearch
from clubs.saved_searches.queries import describe, query_errors, search_filter
from clubs.saved_searches.saved_filters import SAVED_FILTERS, saved_query
from clubs.saved_searches.tokens import confirm_reference, manage_reference, manage_token
from clubs.volunteer_area.access import volunteer_area_required
from home.kern_forms import privacy_page_url
from home.ratelimit import claim_for_form, client_ip
from home.submissions import OnceOnly, Outcome

TEMPLATES = "clubs/saved_searches/"


def _language():
    return translation.get_language() or "de"


def finder_url(query=""):
    """The finder in the active language (else any), with `query`; "" without a finder."""
    finders = OpportunityFinderPage.objects.live()
    finder = finders.filter(locale=Locale.get_active()).first() or finders.first()
    if finder is None:
        return ""
    url = finder.get_url() or "/"
    return f"{url}?{query}" if query else url


def _page(request, template, context, status=200):
    return TemplateResponse(request, TEMPLATES + template, context, status=status)


@never_cache
def create(request):
    """The filters come in the query string, as the finder's link sends them; the form
    posts back to the same address, so they stay with it."""
    query = saved_query(request.GET)
    filterset = search_filter(query, _language())
    errors = query_errors(filterset, query)
    context = {"finder_url": finder_url(query), "errors": errors}
    if errors:
        return _page(request, "create.html", context)
    data = request.POST if request.method == "POST" else None
    form = SavedSearchForm(data, privacy_url=privacy_page_url(request))
    context.update(form=form, description=describe(filterset))
    if data is not None:
        if form.honeypot_filled:
            return redirect("saved_search_sent")
        if form.is_valid():
            once = OnceOnly("saved-search", form, extra=query)
            if repeated := once.earlier_response(request):
                return repeated
            limits = [
                (EMAIL_RATE_LIMIT, form.cleaned_data["email"]),
                (IP_RATE_LIMIT, client_ip(request)),
            ]
            if claim := claim_for_form(request, form, limits):
                with claim:
                    return once.save(request, lambda: _store(request, form, query), claim=claim)
    return _page(request, "create.html", context)


def _store(request, form, query):
    data = form.cleaned_data
    searches.store(
        request,
        email=data["email"],
        query=query,
        frequency=data["frequency"],
        language=_language(),
        consent_text=form.consent_text,
    )
    return Outcome(reverse("saved_search_sent"))


def sent(request):
    context = {"finder_url": finder_url(), "valid_days": settings.SAVED_SEARCH_UNCONFIRMED_DAYS}
    return _page(request, "sent.html", context)


@never_cache
def confirm(request, token):
    """GET asks, POST confirms ("Suchauftrag bestätigen")."""
    reference = confirm_reference(token)
    search = SavedSearch.objects.filter(reference=reference).first() if reference else None
    if search is None:
        return _page(request, "invalid.html", {"finder_url": finder_url()}, status=404)
    if request.method == "POST" and search.confirmed_at is None:
        search = searches.confirm(search)
        if search is None:
            return _page(request, "invalid.html", {"finder_url": finder_url()}, status=404)
    context = {
        "search": search,
        "description": searches.description(search),
        "manage_url": reverse("saved_search_manage", kwargs={"token": manage_token(search)}),
    }
    return _page(request, "confirm.html", context)


def _search_by_manage_token(token):
    """(valid token, the search or None): a token that is valid but names no search belongs
    to a search deleted meanwhile."""
    reference = manage_reference(token)
    if reference is None:
        return False, None
    return True, SavedSearch.objects.filter(reference=reference).first()


def _filter_fields(filterset):
    """The finder's own filter fields that a search keeps, for the page that changes it."""
    return [filterset.form[name] for name in SAVED_FILTERS]


@never_cache
def manage(request, token):
    """Change the filters and the frequency, renew, or delete; every save renews the search."""
    valid, search = _search_by_manage_token(token)
    if search is None:
        status = 200 if valid else 404
        return _page(request, "invalid.html", {"finder_url": finder_url(), "gone": valid}, status)
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "delete":
        searches.remove(search)
        return _page(request, "unsubscribed.html", {"finder_url": finder_url()})
    if action == "renew":
        with transaction.atomic():
            searches.renew(search)
        messages.success(request, gettext("Your saved search is renewed."))
        return redirect(request.path)
    if request.method == "POST":
        query = saved_query(request.POST)
        frequency_form = FrequencyForm(request.POST)
    else:
        query = search.query
        frequency_form = FrequencyForm(initial={"frequency": search.frequency})
    filterset = search_filter(query, search.language)
    errors = query_errors(filterset, query)
    if request.method == "POST" and not errors and frequency_form.is_valid():
        with transaction.atomic():
            searches.renew(search, query=query, frequency=frequency_form.cleaned_data["frequency"])
        messages.success(request, gettext("Your saved search is saved."))
        return redirect(request.path)
    context = {
        "search": search,
        "description": searches.description(search),
        "ends_on": searches.ends_on(search),
        "errors": errors,
        "filter_fields": _filter_fields(filterset),
        "frequency_form": frequency_form,
        "results_url": finder_url(search.query),
    }
    return _page(request, "manage.html", context)


@csrf_exempt
@never_cache
def unsubscribe(request, token):
    """One-click unsubscribe (RFC 8058): mail programs POST "List-Unsubscribe=One-Click" to
    the address in the digest's List-Unsubscribe header, without a session or a CSRF token, so
    this view is exempt from the CSRF check. The signed token in the address is the whole
    authorisation: only the mail's recipient has it, and all it can do is end this one search.
    GET only shows a page with a button (mail scanners open links); POST deletes, and a repeat
    finds nothing left to delete and answers the same."""
    valid, search = _search_by_manage_token(token)
    if not valid:
        return _page(request, "invalid.html", {"finder_url": finder_url()}, status=404)
    if request.method == "POST" or search is None:
        if search is not None:
            searches.remove(search)
        return _page(request, "unsubscribed.html", {"finder_url": finder_url()})
    context = {"search": search, "description": searches.description(search)}
    return _page(request, "unsubscribe.html", context)


@require_POST
@volunteer_area_required
def area_delete(request, pk):
    """Delete one of the area's searches. One deleted a moment ago (a double click) and
    another address's lead back to the area alike, so the answer never tells whether a number
    belongs to anybody."""
    search = SavedSearch.objects.filter(pk=pk, email__iexact=request.volunteer_email).first()
    if search is not None and searches.remove(search):
        messages.success(request, gettext("The saved search is deleted."))
    return redirect("volunteer_area")
