"""The filters of the opportunity finder. Their field names are German because they appear in
the addresses people share ("/engagement/?ort=lindau&umkreis=10")."""

import django_filters
from django import forms
from django.db.models import FloatField, Q, Value
from django.utils.translation import gettext_lazy as _

from clubs.geo import RADIUS_CHOICES_KM, PlaceForm, annotate_distance, distances_within
from clubs.opportunities.models import SUITABILITY_FIELDS, OpportunityPage
from clubs.shifts.finder import soonest_first
from home.models import Category

NEXT_DATE = "naechster-termin"


def suitability_choices():
    return [
        (value, OpportunityPage._meta.get_field(field).verbose_name)
        for value, field in SUITABILITY_FIELDS.items()
    ]


class OpportunityFilterForm(PlaceForm):
    umkreis = forms.TypedChoiceField(
        label=_("Radius"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("only this place"))]
        + [(km, _("within %(km)s km") % {"km": km}) for km in RADIUS_CHOICES_KM],
    )

    def clean(self):
        cleaned = super().clean()
        place, radius = cleaned.get("ort"), cleaned.get("umkreis")
        if radius and not place and "ort" not in self.errors:
            self.add_error("ort", _("Enter a village or postcode to search around it."))
        elif radius and place and not place.has_location:
            self.add_error(
                "umkreis",
                _("The location of %(place)s is not known yet, so we cannot search around it.")
                % {"place": place.label},
            )
        start, end = cleaned.get("von"), cleaned.get("bis")
        if start and end and end < start:
            self.add_error("bis", _("The end of the period cannot be before its start."))
        return cleaned


class OpportunityFilter(django_filters.FilterSet):
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

    def filter_queryset(self, queryset):
        """The declared filters, then the place: its fields belong to the form, not to
        `filters`, because place and radius act together."""
        for name, value in self.form.cleaned_data.items():
            if name in self.filters:
                queryset = self.filters[name].filter(queryset, value)
        place = self.form.cleaned_data.get("ort")
        if self.is_radius_search:
            radius = self.form.cleaned_data["umkreis"]
            distances = distances_within(place, radius, self.form.municipalities)
            return annotate_distance(queryset, distances).order_by(
                "distance", *queryset.query.order_by
            )
        queryset = queryset.annotate(distance=Value(None, output_field=FloatField()))
        if place is None:
            return queryset
        return queryset.filter(municipality__in=[m.pk for m in place.municipalities])

    @property
    def is_radius_search(self):
        """Whether results are limited to, and sorted by, the distance around a place."""
        if not self.is_bound or "ort" in self.form.errors or "umkreis" in self.form.errors:
            return False
        place, radius = self.form.cleaned_data.get("ort"), self.form.cleaned_data.get("umkreis")
        return bool(place and radius and place.has_location)
