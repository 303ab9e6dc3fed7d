"""The Tauschbörse on the site: the public list and an item's page (with the "Ich möchte
helfen" form on needs for helpers or skills), and a club's items in Mein Bereich.

The public sees only current items of published clubs, never a person: contact goes through
the portal (the interest form, or a club's request for a loan). In Mein Bereich every item is
looked up among the items of a club the user represents; anything else answers 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from clubs.exchange.filters import ExchangeFilter
from clubs.exchange.forms import ExchangeItemForm, StateForm
from clubs.exchange.items import (
    change_state,
    club_state,
    item_of_club,
    items_of_club,
    public_items,
    save_item,
)
from clubs.exchange.models import ExchangeItem
from clubs.interests.forms import (
    InterestForm,
    create_interest,
    receive_interest,
    send_interest_emails,
    thanks_message,
)
from clubs.profiles.models import ClubPage
from clubs.self_service.access import club_for_representative, represented_clubs
from home.kern_forms import privacy_page_url
from home.submissions import OnceOnly, Outcome

ITEMS_PER_PAGE = 12
CLUB_ITEMS_PER_PAGE = 20


def with_club_pages(items):
    """Set `club_page` on each item: its club's page in the visitor's language where there is
    a live translation, else the club's own page; one query for all items."""
    items = list(items)
    active = Locale.get_active()
    keys = {item.club.translation_key for item in items if item.club.locale_id != active.pk}
    translated = {
        page.translation_key: page
        for page in ClubPage.objects.live().filter(translation_key__in=keys, locale=active)
    }
    for item in items:
        item.club_page = translated.get(item.club.translation_key, item.club)
    return items


def exchange_list(request):
    listing_filter = ExchangeFilter(request.GET or None, queryset=public_items(), request=request)
    page_number = request.GET.get("page") or request.GET.get("seite")
    page_obj = Paginator(listing_filter.qs, ITEMS_PER_PAGE).get_page(page_number)
    page_obj.object_list = with_club_pages(page_obj.object_list)
    return render(
        request,
        "clubs/exchange/list.html",
        {
            "filter": listing_filter,
            "page_obj": page_obj,
            "radius_search": listing_filter.is_radius_search,
        },
    )


def takes_interest(item):
    """Anybody answers a need with a message to the club (citizens for helpers and skills,
    clubs also for equipment, rooms and vehicles); offers are asked for as loans."""
    return item.direction == ExchangeItem.Direction.NEED


def exchange_item(request, item_id):
    item = get_object_or_404(public_items(), pk=item_id)
    (item,) = with_club_pages([item])
    form = None
    if takes_interest(item):
        form = InterestForm(
            request.POST if request.method == "POST" else None,
            club_title=item.club_page.title,
            privacy_url=privacy_page_url(request),
            for_opportunity=True,
        )
        if request.method == "POST":
            answer = receive_interest(
                request,
                form,
                scope=f"exchange-interest:{item.pk}",
                store=lambda: _store_interest(request, form, item),
                success=lambda: _thanks(request, item).response(request),
            )
            if answer is not None:
                return answer
    elif request.method == "POST":
        return HttpResponseNotAllowed(["GET"])
    user = request.user
    own_club = user.is_authenticated and represented_clubs(user).filter(pk=item.club_id).exists()
    return render(
        request,
        "clubs/exchange/item.html",
        {
            "item": item,
            "interest_form": form,
            "own_club": own_club,
            "asks_as_club": (
                item.direction == ExchangeItem.Direction.OFFER
                and not own_club
                and represented_clubs(user).exclude(pk=item.club_id).exists()
            ),
            "login_url": f"{reverse('login')}?next={request.path}",
        },
    )


def _thanks(request, item):
    return Outcome(request.path, thanks_message(item.club_page.title))


def _store_interest(request, form, item):
    interest = create_interest(form, club=item.club, exchange_item=item)
    send_interest_emails(
        request,
        interest,
        club_title=item.club_page.title,
        subject_title=item.title,
        page_url=request.build_absolute_uri(request.path),
        language=translation.get_language(),
    )
    return _thanks(request, item)


@login_required
def club_exchange_items(request, club_id):
    club = club_for_representative(request.user, club_id)
    page_obj = Paginator(items_of_club(club), CLUB_ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    today = timezone.localdate()
    rows = [{"item": item, "state": club_state(item, today)} for item in page_obj]
    return render(
        request,
        "clubs/exchange/club_items.html",
        {"club": club, "page_obj": page_obj, "rows": rows, "state_form": StateForm()},
    )


def _item_form(request, club, item):
    posted = request.method == "POST"
    form = ExchangeItemForm.for_item(
        item, request.POST if posted else None, request.FILES if posted else None
    )
    if not form.is_bound or not form.is_valid():
        return render(
            request,
            "clubs/exchange/item_form.html",
            {
                "club": club,
                "item": item if item.pk else None,
                "state": club_state(item) if item.pk else None,
                "form": form,
            },
        )
    target = item.pk or "new"
    once = OnceOnly(
        f"club-exchange-item:{request.user.pk}:{club.pk}:{target}",
        form,
        extra=getattr(form.cleaned_data.get("photo"), "name", None),
    )
    if earlier := once.earlier_response(request):
        return earlier

    def store():
        saved = save_item(club, item, form.cleaned_data, request.user)
        return Outcome(
            reverse("club_exchange_items", args=[club.pk]),
            _("The entry “%(title)s” is saved.") % {"title": saved.title},
        )

    return once.save(request, store)


@login_required
def club_exchange_item_create(request, club_id):
    club = club_for_representative(request.user, club_id)
    draft = ExchangeItem(
        club=club,
        municipality=club.municipality,
        kind=ExchangeItem.Kind.EQUIPMENT,
        direction=ExchangeItem.Direction.OFFER,
    )
    return _item_form(request, club, draft)


def _own_item(club, item_id):
    item = item_of_club(club, item_id)
    if item is None:
        raise Http404
    return item


@login_required
def club_exchange_item_edit(request, club_id, item_id):
    club = club_for_representative(request.user, club_id)
    return _item_form(request, club, _own_item(club, item_id))


@login_required
def club_exchange_item_state(request, club_id, item_id):
    club = club_for_representative(request.user, club_id)
    item = _own_item(club, item_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = StateForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please use one of the buttons of the entry."))
        return redirect("club_exchange_items", club.pk)
    once = OnceOnly(f"club-exchange-item-state:{request.user.pk}:{item.pk}", form)
    if earlier := once.earlier_response(request):
        return earlier
    url = reverse("club_exchange_items", args=[club.pk])

    def store():
        done, message = change_state(item, form.cleaned_data["action"])
        if done:
            return Outcome(url, str(message))
        messages.warning(request, str(message))
        return Outcome(url)

    return once.save(request, store)
