"""The filters of the club directory. Their field names are German because they appear in the
addresses people share."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from clubs.profiles.models import ClubPage
from home.kern_forms import KernFormMixin
from home.models import Category, Municipality, Topic


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
        choices=Category.objects.choices_in_active_locale,
        empty_label=_("All categories"),
    )
    kompetenz = django_filters.ChoiceFilter(
        label=_("Can help other clubs with"),
        field_name="competencies__slug",
        choices=Topic.objects.choices_in_active_locale,
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
