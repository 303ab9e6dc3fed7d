"""The shared taxonomy: where things are (regions, municipalities) and what they are about
(topics, categories). Clubs, opportunities, experts, news, events, articles and requests all
point here, so a filter by village or topic means the same everywhere.

Regions and municipalities are proper names and stay untranslated; topics and categories are
translated with wagtail-localize, while their slug stays the same in every language so that
filter addresses work in both.
"""

import math

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.roles import COORDINATORS

EARTH_RADIUS_KM = 6371.0


class Region(index.Indexed, models.Model):
    """An Amt, a district or a model region: the unit requests and approvals are routed by."""

    class Kind(models.TextChoices):
        AMT = "amt", _("Amt")
        DISTRICT = "district", _("District (Kreis)")
        MODEL_REGION = "model_region", _("Model region")

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("short name in addresses"),
        unique=True,
        help_text=_("Lower-case letters, digits and hyphens, e.g. 'amt-nordheide'."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.AMT)
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinators"),
        blank=True,
        related_name="coordinated_regions",
        limit_choices_to={"groups__name": COORDINATORS.group_name},
        help_text=_(
            "They approve profile changes of the clubs in this region and see the messages "
            "that volunteers send to these clubs."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("coordinators"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name


class Municipality(index.Indexed, models.Model):
    """A village or town of a region, with the coordinates the radius search measures from.

    Staff enter the coordinates once (e.g. read off OpenStreetMap); the portal never asks an
    external geocoding service.
    """

    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="municipalities",
    )
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("short name in addresses"), unique=True)
    postcode = models.CharField(
        _("postcode"),
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^\d{5}$", _("Enter the five digits of the postcode."))],
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Decimal degrees, e.g. 54.12345. Needed for the radius search."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Decimal degrees, e.g. 9.12345. Needed for the radius search."),
    )

    panels = [
        FieldPanel("region"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("postcode"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Location"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("region"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        constraints = [
            models.UniqueConstraint(
                fields=["region", "name"],
                name="unique_municipality_name_per_region",
                violation_error_message=_("This region already has a municipality of this name."),
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(latitude__isnull=True, longitude__isnull=True)
                    | models.Q(latitude__isnull=False, longitude__isnull=False)
                ),
                name="municipality_has_both_coordinates_or_none",
                violation_error_message=_("Enter both latitude and longitude, or neither."),
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    def distance_km(self, latitude, longitude):
        """Great-circle distance in kilometres (haversine), good to a few metres here."""
        lat1, lon1, lat2, lon2 = map(
            math.radians, map(float, (self.latitude, self.longitude, latitude, longitude))
        )
        a = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def in_default_locale():
    """Choices of a page's topics and categories: the terms are picked in the default language;
    wagtail-localize points each translated page to the term's translation."""
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


class LocalizedTermQuerySet(models.QuerySet):
    def for_active_locale(self):
        """One object per term: the active language's translation where there is one, else the
        default language's, in one query."""
        active = Locale.get_active()
        default = Locale.get_default()
        terms = {}
        for term in self.filter(locale__in=[active, default]).order_by("name"):
            if term.locale_id == active.pk or term.translation_key not in terms:
                terms[term.translation_key] = term
        return sorted(terms.values(), key=lambda term: term.name.casefold())

    def choices_in_active_locale(self):
        """(slug, name) pairs for a filter's choices: slugs are the same in every language, so
        a shared address filters the same in German and English."""
        return [(term.slug, term.name) for term in self.for_active_locale()]

    def names_in_active_locale(self, terms):
        """The names of `terms` in the active language, in one query for any number of terms.

        Pages keep the terms chosen in the default language (translated pages too), so names
        are looked up by translation key when they are shown.
        """
        terms = list(terms)
        if not terms:
            return []
        wanted = {term.translation_key for term in terms}
        names = {
            term.translation_key: term.name
            for term in self.filter(translation_key__in=wanted).for_active_locale()
        }
        return [names.get(term.translation_key, term.name) for term in terms]

    def attach_names_in_active_locale(self, objects, relation, attribute):
        """Set `attribute` on each object to the localised names of its `relation` (prefetch
        it), with one query for all objects together."""
        objects = list(objects)
        names = iter(
            self.names_in_active_locale(
                term for obj in objects for term in getattr(obj, relation).all()
            )
        )
        for obj in objects:
            setattr(obj, attribute, [next(names) for _ in getattr(obj, relation).all()])
        return objects


class LocalizedTerm(TranslatableMixin, index.Indexed, models.Model):
    """A translatable taxonomy term whose slug is the same in every language."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("short name in addresses"),
        help_text=_("The same in every language, e.g. 'sport'."),
    )

    objects = LocalizedTermQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(LocalizedTerm):
    """What support is about: board work, finance and tax, law, insurance, funding, ..."""

    class Meta(LocalizedTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]


class Category(LocalizedTerm):
    """The field a club or an opportunity works in: sport, culture, fire brigade, youth, ..."""

    class Meta(LocalizedTerm.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_category_slug_per_locale"
            )
        ]
