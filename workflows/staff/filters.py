"""Filters of the staff's list of requests ("Alle Anträge")."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from home.models import Region
from workflows.models import Budget, Request, RequestKind, RequestStatus


class RequestFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="search")
    kind = django_filters.ChoiceFilter(label=_("Type"), choices=RequestKind.choices)
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[choice for choice in RequestStatus.choices if choice[0] != "draft"],
    )
    region = django_filters.ModelChoiceFilter(label=_("Region"), queryset=Region.objects.all())
    budget = django_filters.ModelChoiceFilter(
        label=_("Budget"), field_name="fundingapplication__budget", queryset=Budget.objects.all()
    )
    # Bounded: a year lookup beyond datetime's range would fail in the database layer.
    year = django_filters.NumberFilter(
        label=_("Year"),
        field_name="submitted_at__year",
        min_value=2000,
        max_value=2999,
        decimal_places=0,
    )

    class Meta:
        model = Request
        fields = ["q", "kind", "status", "region", "budget", "year"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.request.user.has_perm("workflows.view_budget"):
            del self.filters["budget"]  # experts see no budgets

    def search(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(
            Q(reference__icontains=value)
            | Q(title__icontains=value)
            | Q(club__title__icontains=value)
        )
