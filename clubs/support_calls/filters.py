"""The filters of the public list of support calls (/unterstuetzen/). Their names are German
because they appear in the addresses people share ("/unterstuetzen/?ort=lindau&umkreis=10")."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clubs.geo import PlaceRadiusFilterMixin, PlaceRadiusForm

from .models import SupportCallPage, SupportNeed

RUNNING = "laufend"
ENDED = "beendet"
MONEY = "geld"
HELPERS = "helfende"
MATERIAL = "material"
NEED_KINDS = {HELPERS: SupportNeed.Kind.HELPERS, MATERIAL: SupportNeed.Kind.MATERIAL}


class SupportCallFilter(PlaceRadiusFilterMixin, django_filters.FilterSet):
    """Place and radius as in the opportunity finder, what the call needs, and
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
        form = PlaceRadiusForm

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
        return super().filter_queryset(queryset)
