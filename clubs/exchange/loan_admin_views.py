"""Loans between clubs in the Wagtail admin ("Ausleihen"), for coordinators and
administrators: the list of loans whose item lies in their regions (home.region_scope), with
filters and CSV/XLSX export, and the monthly report "Was wurde verliehen?" for networks.

The threads' messages are not shown here: they belong to the two clubs only. Anybody else
(club accounts, editors) gets 403.
"""

import datetime
from collections import Counter
from functools import partial

import django_filters
from django import forms
from django.core.paginator import Paginator
from django.http import Http404
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from clubs.exchange.admin_views import admin_page, coordinators_only
from clubs.exchange.models import ExchangeItem, Loan
from home.exports import csv_download, xlsx_download
from home.models.taxonomy import Region
from home.region_scope import scoped_regions

PER_PAGE = 50
MONTHS_BACK = 24
MONTHS_AHEAD = 12
REPORTED_STATES = (Loan.State.ACCEPTED, Loan.State.RETURNED)


def visible_loans(user):
    """The loans whose item lies in the user's regions (all for administrators)."""
    loans = Loan.objects.select_related(
        "item__club", "item__municipality__region", "borrower"
    ).order_by("-starts_on", "-pk")
    regions = scoped_regions(user)
    return loans if regions is None else loans.filter(item__municipality__region__in=regions)


def visible_regions(user):
    regions = scoped_regions(user)
    return Region.objects.order_by("name") if regions is None else regions.order_by("name")


def first_of_month(value):
    return value.replace(day=1)


def add_months(month, count):
    index = month.year * 12 + month.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_choices(today=None):
    """The months one can pick, newest first: from two years back to one year ahead."""
    current = first_of_month(today or timezone.localdate())
    months = [add_months(current, offset) for offset in range(MONTHS_AHEAD, -MONTHS_BACK - 1, -1)]
    return [(f"{month:%Y-%m}", formats.date_format(month, "YEAR_MONTH_FORMAT")) for month in months]


def month_bounds(value):
    """(first day, last day) of a "YYYY-MM" value."""
    first = datetime.date(int(value[:4]), int(value[5:7]), 1)
    return first, add_months(first, 1) - datetime.timedelta(days=1)


def in_month(loans, value):
    """The loans that share at least one day with the month."""
    first, last = month_bounds(value)
    return loans.filter(starts_on__lte=last, ends_on__gte=first)


class LoanFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("State"), field_name="state", choices=Loan.State.choices
    )
    art = django_filters.ChoiceFilter(
        label=gettext_lazy("Kind"), field_name="item__kind", choices=ExchangeItem.Kind.choices
    )
    monat = django_filters.ChoiceFilter(
        label=gettext_lazy("Month"), choices=month_choices, method="during_month"
    )

    class Meta:
        model = Loan
        fields = ["status", "art", "monat"]

    def during_month(self, queryset, name, value):
        return in_month(queryset, value)


_page = partial(admin_page, section=("loans_admin:list", _("Loans")), icon="calendar")


def _filtered(request):
    return LoanFilter(request.GET or None, queryset=visible_loans(request.user))


@coordinators_only
def loan_list(request):
    filterset = _filtered(request)
    page = Paginator(filterset.qs, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return _page(
        request,
        "loans.html",
        _("Loans"),
        filter=filterset,
        page_obj=page,
        query=query.urlencode(),
    )


def _day(value):
    return value.strftime("%d.%m.%Y") if value else ""


def _list_rows(loans):
    yield [
        _("Item"),
        _("Kind"),
        _("Region"),
        _("Lending club"),
        _("Asking club"),
        _("From"),
        _("Until"),
        _("State"),
    ]
    for loan in loans:
        yield [
            loan.item.title,
            loan.item.get_kind_display(),
            loan.item.municipality.region.name,
            loan.item.club.title,
            loan.borrower.title,
            _day(loan.starts_on),
            _day(loan.ends_on),
            loan.get_state_display(),
        ]


@coordinators_only
def loan_export(request, file_format):
    if file_format not in ("csv", "xlsx"):
        raise Http404
    rows = _list_rows(_filtered(request).qs)
    filename = f"ausleihen-{timezone.localdate():%Y-%m-%d}"
    if file_format == "csv":
        return csv_download(rows, filename)
    return xlsx_download(rows, filename, _("Loans"))


class ReportForm(forms.Form):
    monat = forms.ChoiceField(label=gettext_lazy("Month"), required=False)
    region = forms.ModelChoiceField(
        label=gettext_lazy("Region"),
        queryset=Region.objects.none(),
        required=False,
        empty_label=gettext_lazy("All my regions"),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["monat"].choices = month_choices()
        self.fields["region"].queryset = visible_regions(user)


def last_month(today=None):
    return f"{add_months(first_of_month(today or timezone.localdate()), -1):%Y-%m}"


def report(user, month, region=None):
    """Per region: the accepted and returned loans of `month`, counted by kind, and each one
    with the clubs it went from and to."""
    loans = in_month(visible_loans(user), month).filter(state__in=REPORTED_STATES)
    if region is not None:
        loans = loans.filter(item__municipality__region=region)
    loans = loans.order_by("item__municipality__region__name", "item__kind", "starts_on", "pk")
    sections = {}
    for loan in loans:
        region_of_loan = loan.item.municipality.region
        section = sections.setdefault(
            region_of_loan.pk, {"region": region_of_loan, "loans": [], "kinds": Counter()}
        )
        section["loans"].append(loan)
        section["kinds"][loan.item.get_kind_display()] += 1
    for section in sections.values():
        section["kinds"] = sorted(section["kinds"].items())
    return list(sections.values())


def _report_rows(sections):
    yield [
        _("Region"),
        _("Kind"),
        _("Item"),
        _("From club"),
        _("To club"),
        _("From"),
        _("Until"),
        _("State"),
    ]
    for section in sections:
        for loan in section["loans"]:
            yield [
                section["region"].name,
                loan.item.get_kind_display(),
                loan.item.title,
                loan.item.club.title,
                loan.borrower.title,
                _day(loan.starts_on),
                _day(loan.ends_on),
                loan.get_state_display(),
            ]


@coordinators_only
def loan_report(request):
    """ "Was wurde verliehen?": one month's loans per region and kind; ?format=csv downloads."""
    form = ReportForm(request.GET or None, user=request.user)
    month, region = last_month(), None
    if form.is_bound and form.is_valid():
        month = form.cleaned_data["monat"] or month
        region = form.cleaned_data["region"]
    elif not form.is_bound:
        form = ReportForm(initial={"monat": month}, user=request.user)
    sections = report(request.user, month, region)
    if request.GET.get("format") == "csv":
        return csv_download(_report_rows(sections), f"was-wurde-verliehen-{month}")
    query = request.GET.copy()
    query["monat"] = month
    query["format"] = "csv"
    first, _last = month_bounds(month)
    return _page(
        request,
        "loan_report.html",
        _("What was lent?"),
        form=form,
        sections=sections,
        month_label=formats.date_format(first, "YEAR_MONTH_FORMAT"),
        total=sum(len(section["loans"]) for section in sections),
        csv_query=query.urlencode(),
    )
