"""The filters of the public listings. Their field names are German because they appear in the
addresses people share ("/engagement/?ort=lindau&umkreis=10")."""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import F, FloatField, Q, Value
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from clubs.geo import (
    RADIUS_CHOICES_KM,
    all_municipalities,
    annotate_distance,
    distances_within,
    find_place,
    names_of,
)
from clubs.models import ClubPage, ContactPointPage, OpportunityPage
from clubs.models.opportunities import SUITABILITY_FIELDS
from home.kern_forms import KernFormMixin
from home.models import Category, Municipality, Topic


def category_choices():
    return [(term.slug, term.name) for term in Category.objects.for_active_locale()]


def topic_choices():
    return [(term.slug, term.name) for term in Topic.objects.for_active_locale()]


def suitability_choices():
    return [
        (value, OpportunityPage._meta.get_field(field).verbose_name)
        for value, field in SUITABILITY_FIELDS.items()
    ]


class PlaceForm(KernFormMixin, forms.Form):
    """A village or postcode typed by the visitor, resolved to a `Place` on validation."""

    mark_optional_fields = False

    ort = forms.CharField(
        label=_("Village, town or postcode"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"list": "municipality-names", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.municipalities = all_municipalities()

    def municipality_names(self):
        """For the input's suggestion list."""
        return names_of(self.municipalities)

    def clean_ort(self):
        text = self.cleaned_data["ort"]
        if not text.strip():
            return None
        place = find_place(text, self.municipalities)
        if place is None:
            raise ValidationError(
                _(
                    "We do not know a place called “%(place)s”. Choose a village from the list "
                    "or enter a five-digit postcode."
                ),
                params={"place": text.strip()},
            )
        return place


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
        choices=category_choices,
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


class ClubFilterForm(KernFormMixin, forms.Form):
    mark_optional_fields = False


class ClubFilter(django_filters.FilterSet):
    ort = django_filters.ModelChoiceFilter(
        label=_("Village or town"),
        field_name="municipality",
        to_field_name="slug",
        queryset=Municipality.objects.all(),
        empty_label=_("All places"),
    )
    bereich = django_filters.ChoiceFilter(
        label=_("Category"),
        field_name="categories__slug",
        choices=category_choices,
        empty_label=_("All categories"),
    )
    kompetenz = django_filters.ChoiceFilter(
        label=_("Can help other clubs with"),
        field_name="competencies__slug",
        choices=topic_choices,
        empty_label=_("All topics"),
    )
    art = django_filters.ChoiceFilter(
        label=_("Kind"),
        field_name="kind",
        choices=ClubPage.Kind.choices,
        empty_label=_("All kinds"),
    )

    class Meta:
        model = ClubPage
        fields = []
        form = ClubFilterForm


class ContactPointFilter(django_filters.FilterSet):
    """No filters of its own: a place given sorts the contact points by distance."""

    class Meta:
        model = ContactPointPage
        fields = []
        form = PlaceForm

    def filter_queryset(self, queryset):
        place = self.form.cleaned_data.get("ort")
        if place is None or not place.has_location:
            return queryset
        distances = {
            m.pk: m.distance_km(place.latitude, place.longitude)
            for m in self.form.municipalities
            if m.has_location
        }
        return annotate_distance(queryset, distances, keep_all=True).order_by(
            F("distance").asc(nulls_last=True), "title"
        )


def with_club_titles(opportunities):
    """Attach each opportunity's club page (its parent) as `club_page`, in one query."""
    opportunities = list(opportunities)
    parent_paths = {page.path[: -Page.steplen] for page in opportunities}
    clubs = {
        club.path: club
        for club in Page.objects.filter(path__in=parent_paths).select_related("locale")
    }
    for page in opportunities:
        page.club_page = clubs.get(page.path[: -Page.steplen])
    return opportunities
