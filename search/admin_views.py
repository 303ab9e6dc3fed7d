"""The editors' report of what people search for: the most frequent terms and those that found
nothing, so that editors write the missing page or recommend one (Wagtail's promotions)."""

import datetime

import django_filters
from django.conf import settings
from django.db.models import IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.permission_policies import ModelPermissionPolicy

from .models import UnansweredQueryDailyHits

SEARCHES_LABEL = format_lazy(
    _("Searches in the last {days} days"), days=settings.WAGTAILSEARCH_HITS_MAX_AGE
)


def _daily_sum(model, since):
    totals = (
        model.objects.filter(query=OuterRef("pk"), date__gte=since)
        .order_by()
        .values("query")
        .annotate(total=Sum("hits"))
        .values("total")
    )
    return Coalesce(Subquery(totals, output_field=IntegerField()), 0)


class SearchTermsFilterSet(WagtailFilterSet):
    without_results = django_filters.BooleanFilter(
        label=_("Only searches that found nothing"), method="filter_without_results"
    )

    class Meta:
        model = Query
        fields = []

    def filter_without_results(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(unanswered__gt=0) if value else queryset.filter(unanswered=0)


class SearchTermsReportView(ReportView):
    page_title = _("What visitors search for")
    header_icon = "search"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    permission_policy = ModelPermissionPolicy(SearchPromotion)
    any_permission_required = ["add", "change"]
    filterset_class = SearchTermsFilterSet
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-searches"
    columns = [
        TitleColumn(
            "query_string",
            label=_("Search term"),
            sort_key="query_string",
            url_name="wagtailsearchpromotions:edit",
        ),
        NumberColumn("searches", label=SEARCHES_LABEL, sort_key="searches"),
        NumberColumn("unanswered", label=_("Of these without results"), sort_key="unanswered"),
        Column("last_searched", label=_("Last searched"), sort_key="last_searched"),
    ]
    list_export = ["query_string", "searches", "unanswered", "last_searched"]
    export_headings = {
        "query_string": _("Search term"),
        "searches": SEARCHES_LABEL,
        "unanswered": _("Of these without results"),
        "last_searched": _("Last searched"),
    }

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs

    def get_base_queryset(self):
        """Terms searched within the period the statistics are kept, with their counts."""
        since = timezone.localdate() - datetime.timedelta(days=settings.WAGTAILSEARCH_HITS_MAX_AGE)
        last = QueryDailyHits.objects.filter(query=OuterRef("pk")).order_by("-date").values("date")
        return Query.objects.annotate(
            searches=_daily_sum(QueryDailyHits, since),
            unanswered=_daily_sum(UnansweredQueryDailyHits, since),
            last_searched=Subquery(last[:1]),
        ).filter(searches__gt=0)
