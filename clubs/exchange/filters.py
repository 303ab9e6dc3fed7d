"""The filters of the public Tauschbörse list. Their names are German because they appear in
the addresses people share ("/tauschboerse/?richtung=angebot&ort=lindau&umkreis=10")."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from clubs.exchange.models import ExchangeItem
from clubs.geo import PlaceRadiusFilterMixin, PlaceRadiusForm
from home.models import Category

OFFER, NEED = "angebot", "gesuch"
DIRECTIONS = {OFFER: ExchangeItem.Direction.OFFER, NEED: ExchangeItem.Direction.NEED}


class ExchangeFilter(PlaceRadiusFilterMixin, django_filters.FilterSet):
    richtung = django_filters.ChoiceFilter(
        label=_("Offers or needs"),
        choices=[(OFFER, _("Offers")), (NEED, _("Needs"))],
        empty_label=_("both"),
        method="filter_direction",
    )
    art = django_filters.MultipleChoiceFilter(
        label=_("Kind"),
        field_name="kind",
        choices=ExchangeItem.Kind.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    kategorie = django_filters.ChoiceFilter(
        label=_("Category"),
        choices=Category.objects.choices_in_active_locale,
        empty_label=_("all categories"),
        method="filter_category",
    )
    datum = django_filters.DateFilter(
        label=_("On this day"),
        help_text=_("Offers available on that day, needs for that day."),
        method="filter_day",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    class Meta:
        model = ExchangeItem
        fields = []
        form = PlaceRadiusForm

    def filter_direction(self, queryset, name, value):
        return queryset.filter(direction=DIRECTIONS[value])

    def filter_category(self, queryset, name, slug):
        # Items keep the category in the default language; slugs are the same in every one.
        return queryset.filter(category__slug=slug)

    def filter_day(self, queryset, name, day):
        """Items whose period includes the day; items without dates always."""
        return queryset.filter(
            Q(available_from__isnull=True) | Q(available_from__lte=day),
            Q(available_until__isnull=True) | Q(available_until__gte=day),
        )
