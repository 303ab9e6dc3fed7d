"""The filter of the contact point index: a place the visitor gives sorts by distance."""

import django_filters
from django.db.models import F

from clubs.contact_points.models import ContactPointPage
from clubs.geo import PlaceForm, annotate_distance


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
