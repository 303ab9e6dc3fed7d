"""The Tauschbörse in the Wagtail admin ("Tauschbörse"), for coordinators and administrators:
the items of the coordinator's regions with filters and a CSV/XLSX export, and hiding an item
with a reason (mailed to the club) or showing it again.

Coordinators see only items whose place lies in one of their regions; any other item answers
404. Everybody else (editors, experts, club accounts) gets 403.
"""

from functools import partial

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from clubs.exchange.forms import HideForm
from clubs.exchange.items import hide_item, show_item
from clubs.exchange.models import ExchangeItem
from home.exports import csv_download, xlsx_download
from home.models import Municipality
from home.region_scope import is_coordinator, scoped_regions, works_in_all_regions

PER_PAGE = 25
HIDDEN, EXPIRED = "hidden", "expired"


def sees_exchange(user):
    """Coordinators (within their regions), programme leads and administrators (all regions)
    see the exchange's admin."""
    return user.is_active and (works_in_all_regions(user) or is_coordinator(user))


def items_in_scope(user):
    """The items of the user's regions (administrators and programme leads: all)."""
    regions = scoped_regions(user)
    items = ExchangeItem.objects.select_related("club", "municipality", "category")
    return items if regions is None else items.of_region(regions)


def coordinators_only(view):
    def wrapped(request, *args, **kwargs):
        if not sees_exchange(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _municipalities(request):
    regions = scoped_regions(request.user) if request else None
    found = Municipality.objects.order_by("name")
    return found if regions is None else found.filter(region__in=regions)


class AdminExchangeFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Kind"), choices=ExchangeItem.Kind.choices
    )
    direction = django_filters.ChoiceFilter(
        label=gettext_lazy("Offer or need"), choices=ExchangeItem.Direction.choices
    )
    state = django_filters.ChoiceFilter(
        label=gettext_lazy("State"),
        choices=[
            *ExchangeItem.State.choices,
            (EXPIRED, gettext_lazy("Expired")),
            (HIDDEN, gettext_lazy("Hidden by the coordination")),
        ],
        method="filter_state",
    )
    municipality = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Place"), queryset=_municipalities
    )

    class Meta:
        model = ExchangeItem
        fields = []

    def filter_state(self, queryset, name, value):
        today = timezone.localdate()
        if value == HIDDEN:
            return queryset.filter(hidden_at__isnull=False)
        if value == EXPIRED:
            return queryset.filter(available_until__lt=today)
        shown = queryset.filter(state=value, hidden_at__isnull=True)
        if value == ExchangeItem.State.ACTIVE:
            return shown.filter(Q(available_until__isnull=True) | Q(available_until__gte=today))
        return shown


def state_label(item, today):
    if item.hidden_at:
        return _("Hidden by the coordination")
    if (
        item.state == ExchangeItem.State.ACTIVE
        and item.available_until
        and (item.available_until < today)
    ):
        return _("Expired")
    return item.get_state_display()


def admin_page(request, template, title, *, section, icon, **context):
    """A page of the exchange's admin screens; `section` is the url name and label of the list
    it belongs to, which the breadcrumbs lead back to."""
    list_name, list_label = section
    breadcrumbs = [
        {"url": reverse("wagtailadmin_home"), "label": _("Dashboard")},
        {"url": reverse(list_name), "label": list_label},
    ]
    if str(title) != str(list_label):
        breadcrumbs.append({"url": "", "label": title})
    return render(
        request,
        f"clubs/exchange/admin/{template}",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": icon,
            "breadcrumbs_items": breadcrumbs,
            **context,
        },
    )


_page = partial(admin_page, section=("exchange_admin:list", _("Exchange")), icon="resubmit")


@coordinators_only
def item_list(request):
    listing_filter = AdminExchangeFilter(
        request.GET or None, queryset=items_in_scope(request.user), request=request
    )
    export_format = request.GET.get("export")
    if export_format in ("csv", "xlsx"):
        return export_response(listing_filter.qs, export_format)
    page_obj = Paginator(listing_filter.qs, PER_PAGE).get_page(request.GET.get("p"))
    today = timezone.localdate()
    for item in page_obj:
        item.state_label = state_label(item, today)
    query = request.GET.copy()
    query.pop("p", None)
    query.pop("export", None)
    return _page(
        request,
        "list.html",
        _("Exchange"),
        filter=listing_filter,
        page_obj=page_obj,
        query=query.urlencode(),
    )


@coordinators_only
def item_detail(request, item_id, form=None):
    item = get_object_or_404(items_in_scope(request.user), pk=item_id)
    return _page(
        request,
        "detail.html",
        item.title,
        item=item,
        state=state_label(item, timezone.localdate()),
        form=form or HideForm(),
    )


@coordinators_only
@require_POST
def item_hide(request, item_id):
    item = get_object_or_404(items_in_scope(request.user), pk=item_id)
    form = HideForm(request.POST)
    if not form.is_valid():
        return item_detail(request, item_id, form=form)
    if hide_item(item, form.cleaned_data["reason"], request.user, request):
        messages.success(
            request,
            _("The entry is hidden; the club's representatives have been told why."),
        )
    else:
        messages.warning(request, _("The entry was hidden already; nothing was changed."))
    return redirect("exchange_admin:detail", item_id=item.pk)


@coordinators_only
@require_POST
def item_show(request, item_id):
    item = get_object_or_404(items_in_scope(request.user), pk=item_id)
    if show_item(item):
        messages.success(request, _("The entry is no longer hidden."))
    else:
        messages.warning(request, _("The entry was not hidden; nothing was changed."))
    return redirect("exchange_admin:detail", item_id=item.pk)


def _rows(items):
    today = timezone.localdate()
    yield [
        _("Title"),
        _("Offer or need"),
        _("Kind"),
        _("Club"),
        _("Place"),
        _("Region"),
        _("Category"),
        _("From"),
        _("Until"),
        _("Conditions"),
        _("State"),
        _("Reason for hiding"),
        _("Created"),
    ]
    for item in items.select_related("municipality__region"):
        yield [
            item.title,
            item.get_direction_display(),
            item.get_kind_display(),
            item.club.title,
            item.municipality.name,
            item.municipality.region.name,
            item.category.name if item.category else "",
            item.available_from.strftime("%d.%m.%Y") if item.available_from else "",
            item.available_until.strftime("%d.%m.%Y") if item.available_until else "",
            item.get_conditions_display(),
            state_label(item, today),
            item.hidden_reason,
            timezone.localtime(item.created_at).strftime("%d.%m.%Y %H:%M"),
        ]


def export_response(items, file_format):
    """The filtered items as a spreadsheet-safe CSV or XLSX file."""
    filename = f"tauschboerse-{timezone.localdate().isoformat()}"
    if file_format == "csv":
        return csv_download(_rows(items), filename)
    return xlsx_download(_rows(items), filename, _("Exchange"))
