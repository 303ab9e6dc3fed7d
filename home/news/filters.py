"""The filters of the news overview. Their field names are German because they appear in the
addresses people share ("/neuigkeiten/?thema=foerdermittel&region=amt-eiderheide")."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from home.kern_forms import KernFormMixin
from home.models.taxonomy import Region, Topic
from home.news.models import NewsPage


class NewsFilterForm(KernFormMixin, forms.Form):
    mark_optional_fields = False


class NewsFilter(django_filters.FilterSet):
    thema = django_filters.ChoiceFilter(
        label=_("Topic"),
        choices=Topic.objects.choices_in_active_locale,
        empty_label=_("All topics"),
        method="filter_topic",
    )
    region = django_filters.ModelChoiceFilter(
        label=_("Region"),
        field_name="region",
        to_field_name="slug",
        queryset=Region.objects.all(),
        empty_label=_("All regions"),
    )

    class Meta:
        model = NewsPage
        fields = []
        form = NewsFilterForm

    def filter_topic(self, queryset, name, slug):
        """By slug, the same in every language; a subquery, so no news item is listed twice."""
        through = NewsPage.topics.through.objects.filter(topic__slug=slug)
        return queryset.filter(pk__in=through.values("newspage_id"))
