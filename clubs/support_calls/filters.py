"""The filters of the public list of support calls (/unterstuetzen/). Their names are German
because they appear in the addresses people share ("/unterstuetzen/?ort=lindau&umkreis=10")."""

import django_filters
from django import forms
from django.db.models import FloatField, Q, Value
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clubs.geo import annotate_distance, distances_within
from clubs.opportunities.filters import OpportunityFilterForm

from .models import SupportCallPage, SupportNeed

RUNNING = "laufend"
ENDED = "beendet"
MONEY = "geld"
HELPERS = "helfende"
MATERIAL = "material"
NEED_KINDS = {HELPERS: SupportNeed.Kind.HELPERS, MATERIAL: SupportNeed.Kind.MATERIAL}


class SupportCallFilter(django_filters.FilterSet):
    """Place and radius as in the opportunity finder (its form), what the call needs, and
    whether it is running (the default) or ended."""

    bedarf = django_filters.MultipleChoiceFilter(
        label=_("What is needed"),
        choices=[(MONEY, _("Money")), (HELPERS, _("Helpers")), (MATERIAL, _("Material"))],
        widget=forms.CheckboxSelectMultiple,
        method="filter_needs",
    )
    stand = django_filters.ChoiceFilter(
        label=_("Running or ended"),
        choices=[(RUNNING, _("running")), (ENDED, _("ended"))],
        empty_label=None,
        widget=forms.RadioSelect,
        initial=RUNNING,
        method="filter_state",
    )

    class Meta:
        model = SupportCallPage
        fields = []
        form = OpportunityFilterForm

    @property
    def qs(self):
        """Running calls unless the visitor asked for ended ones, also before any filter."""
        if not self.is_bound:
            return self.filter_state(self.queryset.all(), "stand", RUNNING)
        return super().qs

    def filter_needs(self, queryset, name, values):
        wanted = Q(pk__in=[])
        if MONEY in values:
            wanted |= Q(goal_amount__isnull=False)
        kinds = [NEED_KINDS[value] for value in values if value in NEED_KINDS]
        if kinds:
            wanted |= Q(pk__in=SupportNeed.objects.filter(kind__in=kinds).values("page_id"))
        return queryset.filter(wanted)

    def filter_state(self, queryset, name, value):
        """Running: the last day is today or later (soonest end first); ended: newest end
        first."""
        today = timezone.localdate()
        if value == ENDED:
            return queryset.filter(ends_on__lt=today).order_by("-ends_on", "pk")
        return queryset.filter(ends_on__gte=today).order_by("ends_on", "pk")

    def filter_queryset(self, queryset):
        if "stand" not in self.form.cleaned_data or not self.form.cleaned_data["stand"]:
            queryset = self.filter_state(queryset, "stand", RUNNING)
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
        if not self.is_bound or "ort" in self.form.errors or "umkreis" in self.form.errors:
            return False
        place, radius = self.form.cleaned_data.get("ort"), self.form.cleaned_data.get("umkreis")
        return bool(place and radius and place.has_location)
