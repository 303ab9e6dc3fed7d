"""The filters of the opportunity finder. Their field names are German because they appear in
the addresses people share ("/engagement/?ort=lindau&umkreis=10")."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from clubs.geo import PlaceRadiusFilterMixin, PlaceRadiusForm
from clubs.opportunities.models import SUITABILITY_FIELDS, OpportunityPage
from clubs.shifts.finder import soonest_first
from home.models import Category

NEXT_DATE = "naechster-termin"


def suitability_choices():
    return [
        (value, OpportunityPage._meta.get_field(field).verbose_name)
        for value, field in SUITABILITY_FIELDS.items()
    ]


class OpportunityFilterForm(PlaceRadiusForm):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("von"), cleaned.get("bis")
        if start and end and end < start:
            self.add_error("bis", _("The end of the period cannot be before its start."))
        return cleaned


class OpportunityFilter(PlaceRadiusFilterMixin, django_filters.FilterSet):
    bereich = django_filters.MultipleChoiceFilter(
        label=_("Category"),
        choices=Category.objects.choices_in_active_locale,
        widget=forms.CheckboxSelectMultiple,
        method="filter_categories",
    )
    art = django_filters.MultipleChoiceFilter(
        label=_("Kind of commitment"),
        field_name="commitment",
        choices=OpportunityPage.Commitment.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    geeignet = django_filters.MultipleChoiceFilter(
        label=_("Suitable for"),
        choices=suitability_choices,
        widget=forms.CheckboxSelectMultiple,
        method="filter_suitable",
    )
    von = django_filters.DateFilter(
        label=_("From"),
        method="filter_from",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    bis = django_filters.DateFilter(
        label=_("Until"),
        method="filter_until",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    zuhause = django_filters.BooleanFilter(
        label=_("Possible from home"), widget=forms.CheckboxInput, method="filter_remote"
    )
    # "Wo fehlt noch jemand?": needs the queryset annotated by clubs.shifts.finder.
    schichten = django_filters.BooleanFilter(
        label=_("Only with free shift places"),
        widget=forms.CheckboxInput,
        method="filter_open_shifts",
    )
    sortierung = django_filters.ChoiceFilter(
        label=_("Order"),
        choices=[(NEXT_DATE, _("nearest date first"))],
        empty_label=_("newest first"),
        method="sort",
    )

    class Meta:
        model = OpportunityPage
        fields = []
        form = OpportunityFilterForm

    def filter_categories(self, queryset, name, slugs):
        through = OpportunityPage.categories.through.objects.filter(category__slug__in=slugs)
        return queryset.filter(pk__in=through.values("opportunitypage_id"))

    def filter_suitable(self, queryset, name, values):
        return queryset.filter(**{SUITABILITY_FIELDS[value]: True for value in values})

    def filter_from(self, queryset, name, day):
        """Dated opportunities still running on or after the day; undated ones always."""
        return queryset.filter(Q(last_day__isnull=True) | Q(last_day__gte=day))

    def filter_until(self, queryset, name, day):
        return queryset.filter(Q(starts_on__isnull=True) | Q(starts_on__lte=day))

    def filter_remote(self, queryset, name, ticked):
        return queryset.filter(remote_possible=True) if ticked else queryset

    def filter_open_shifts(self, queryset, name, ticked):
        return queryset.filter(open_shift_places__gt=0) if ticked else queryset

    def sort(self, queryset, name, value):
        return soonest_first(queryset) if value == NEXT_DATE else queryset
