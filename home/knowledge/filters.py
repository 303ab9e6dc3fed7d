"""The filters of the knowledge base. Their field names are German because they appear in the
addresses people share ("/wissen/?thema=recht&art=checklist")."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from home.kern_forms import KernFormMixin
from home.knowledge.models import ArticlePage
from home.models.taxonomy import Topic


class KnowledgeFilterForm(KernFormMixin, forms.Form):
    mark_optional_fields = False


class KnowledgeFilter(django_filters.FilterSet):
    """Unknown values are explained next to their field and ignored, never answered with an
    error page."""

    thema = django_filters.ChoiceFilter(
        label=_("Topic"),
        choices=Topic.objects.choices_in_active_locale,
        empty_label=_("All topics"),
        method="filter_topic",
    )
    art = django_filters.ChoiceFilter(
        label=_("Kind"),
        field_name="kind",
        choices=ArticlePage.Kind.choices,
        empty_label=_("All kinds"),
    )

    class Meta:
        model = ArticlePage
        fields = []
        form = KnowledgeFilterForm

    def filter_topic(self, queryset, name, slug):
        """By slug, the same in every language, without repeating an article with two topics."""
        links = ArticlePage.topics.through.objects.filter(topic__slug=slug)
        return queryset.filter(pk__in=links.values("articlepage_id"))
