"""The filters of the event listing. Their names are German because they appear in the
addresses people share ("/veranstaltungen/?art=stammtisch&monat=2026-12")."""

import datetime

import django_filters
from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from home.events.models import EventPage, EventSession
from home.kern_forms import KernFormMixin
from home.models.taxonomy import Region, Topic


def region_choices():
    return list(Region.objects.values_list("slug", "name"))


class EventFilterForm(KernFormMixin, forms.Form):
    mark_optional_fields = False


class EventFilter(django_filters.FilterSet):
    art = django_filters.ChoiceFilter(
        label=_("Kind"),
        field_name="kind",
        choices=EventPage.Kind.choices,
        empty_label=_("All kinds"),
    )
    thema = django_filters.ChoiceFilter(
        label=_("Topic"),
        choices=Topic.objects.choices_in_active_locale,
        empty_label=_("All topics"),
        method="filter_topic",
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"),
        field_name="region__slug",
        choices=region_choices,
        empty_label=_("All regions"),
    )
    monat = django_filters.ChoiceFilter(
        label=_("Month"),
        choices=[],
        empty_label=_("Any time"),
        method="filter_month",
    )

    class Meta:
        model = EventPage
        fields = []
        form = EventFilterForm

    def __init__(self, *args, locale=None, now=None, **kwargs):
        self.now = now or timezone.now()
        super().__init__(*args, **kwargs)
        self.filters["monat"].extra["choices"] = self.month_choices(locale)

    def month_choices(self, locale):
        """The months in which coming sessions of this language's events start."""
        sessions = EventSession.objects.filter(
            end__gte=self.now, page__live=True, page__locale=locale
        )
        months = sessions.datetimes("start", "month", tzinfo=timezone.get_current_timezone())
        return [
            (f"{month:%Y-%m}", formats.date_format(month, "YEAR_MONTH_FORMAT")) for month in months
        ]

    def filter_topic(self, queryset, name, slug):
        through = EventPage.topics.through.objects.filter(topic__slug=slug)
        return queryset.filter(pk__in=through.values("eventpage_id"))

    def filter_month(self, queryset, name, value):
        """Events with a coming session that starts in the month."""
        year, month = (int(part) for part in value.split("-"))
        zone = timezone.get_current_timezone()
        first = datetime.datetime(year, month, 1, tzinfo=zone)
        after = datetime.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=zone)
        sessions = EventSession.objects.filter(start__gte=first, start__lt=after, end__gte=self.now)
        return queryset.filter(pk__in=sessions.values("page_id"))


def with_topic_names(events):
    """Attach each event's topic names in the visitor's language as `topic_names` (topics
    prefetched), with one query for all events together."""
    return Topic.objects.attach_names_in_active_locale(events, "topics", "topic_names")
