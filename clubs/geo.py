"""Finding a place a visitor typed (a village or a postcode) and what lies around it.

Distances come from the coordinates staff keep on municipalities; nothing is looked up outside.
A district has a few hundred municipalities at most, so they are compared in Python after one
query, and the database sorts the results by the computed distances.
"""

from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Case, FloatField, Value, When
from django.utils.translation import gettext_lazy as _

from home.kern_forms import KernFormMixin
from home.models import Municipality

RADIUS_CHOICES_KM = (5, 10, 25)


@dataclass(frozen=True)
class Place:
    """What a visitor's input resolved to: one or more municipalities (several share a
    postcode) and the point distances are measured from."""

    label: str
    municipalities: tuple
    latitude: float | None
    longitude: float | None

    @property
    def has_location(self):
        return self.latitude is not None


def all_municipalities():
    return list(
        Municipality.objects.only("pk", "name", "slug", "postcode", "latitude", "longitude")
    )


def names_of(municipalities):
    """The distinct names, sorted, for the suggestion list of a place field."""
    return sorted({m.name for m in municipalities}, key=str.casefold)


def find_place(text, municipalities):
    """The municipalities named by a name, a slug or a five-digit postcode, or None."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    if wanted.isdigit():
        matches = [m for m in municipalities if m.postcode == wanted]
    else:
        matches = [m for m in municipalities if wanted in (m.name.casefold(), m.slug)]
    if not matches:
        return None
    located = [m for m in matches if m.has_location]
    latitude = sum(float(m.latitude) for m in located) / len(located) if located else None
    longitude = sum(float(m.longitude) for m in located) / len(located) if located else None
    label = matches[0].name if len(matches) == 1 else text.strip()
    return Place(label, tuple(matches), latitude, longitude)


def distances_within(place, radius_km, municipalities):
    """Kilometres from the place to every municipality within the radius (its own are 0)."""
    distances = {m.pk: 0.0 for m in place.municipalities}
    for municipality in municipalities:
        if municipality.pk in distances or not municipality.has_location:
            continue
        distance = municipality.distance_km(place.latitude, place.longitude)
        if distance <= radius_km:
            distances[municipality.pk] = distance
    return distances


def annotate_distance(queryset, distances, field="municipality_id", keep_all=False):
    """Annotate each row with the distance of its municipality from `distances`.

    Rows whose municipality is not in `distances` are left out, or, with `keep_all`, kept with
    no distance (sorted last by `nulls_last`).
    """
    if not keep_all:
        queryset = queryset.filter(**{f"{field}__in": distances})
    return queryset.annotate(
        distance=Case(
            *(When(**{field: pk}, then=Value(km)) for pk, km in distances.items()),
            default=None,
            output_field=FloatField(),
        )
    )


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


class PlaceRadiusForm(PlaceForm):
    """A place and a radius around it, as the listings' filter forms ask for them."""

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
        return cleaned


class PlaceRadiusFilterMixin:
    """For a FilterSet whose form is a `PlaceRadiusForm` over rows with a `municipality`:
    the declared filters, then the place. Its fields belong to the form, not to `filters`,
    because place and radius act together; a radius search sorts the nearest first."""

    def filter_queryset(self, queryset):
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
