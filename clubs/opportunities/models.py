"""Volunteering opportunities (the finder that lists them is in listing.py)."""

from functools import cached_property

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from clubs.interests.forms import InterestFormPageMixin
from clubs.profiles.publishing import ReviewedBeforePublishing
from clubs.shifts.public import described, upcoming_shifts
from home.blocks import RICH_TEXT_FEATURES
from home.models import Category
from home.models.taxonomy import in_default_locale

# What "suitable for" offers in the finder: address value -> the boolean field it filters on.
SUITABILITY_FIELDS = {
    "jugendliche": "suitable_for_young_people",
    "senioren": "suitable_for_seniors",
    "familien": "suitable_for_families",
    "wenig-deutsch": "suitable_for_newcomers",
    "ohne-vorkenntnisse": "suitable_without_experience",
    "barrierefrei": "accessible_place",
}


class OpportunityQuerySet(PageQuerySet):
    def open(self, today=None):
        """Live, public opportunities that are neither expired nor over.

        An opportunity is over once its last day (end date, else start date) has passed;
        ongoing ones without dates stay open until they expire.
        """
        today = today or timezone.localdate()
        return (
            self.live()
            .public()
            .annotate(last_day=Coalesce("ends_on", "starts_on"))
            .filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))
            .filter(Q(last_day__isnull=True) | Q(last_day__gte=today))
        )

    def closed(self, today=None):
        """Opportunities that have expired or are over, whether published or not: the
        opposite of `open` for the search, which finds every other live page."""
        today = today or timezone.localdate()
        return self.annotate(last_day=Coalesce("ends_on", "starts_on")).filter(
            Q(expires_on__lt=today) | Q(last_day__lt=today)
        )


class OpportunityPage(ReviewedBeforePublishing, InterestFormPageMixin, Page):
    """A way to help, published by its club. Volunteers answer with "Ich möchte helfen"."""

    class Commitment(models.TextChoices):
        ONE_OFF = "one_off", _("One-off")
        SHORT_TERM = "short_term", _("Short-term")
        REGULAR = "regular", _("Regular")

    summary = models.TextField(
        _("short description"),
        max_length=300,
        help_text=_("One or two sentences for the finder and search results."),
    )
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        related_name="opportunities",
    )
    categories = ParentalManyToManyField(
        "home.Category",
        verbose_name=_("categories"),
        blank=True,
        related_name="opportunities",
        limit_choices_to=in_default_locale,
    )
    commitment = models.CharField(
        _("kind of commitment"),
        max_length=20,
        choices=Commitment.choices,
        default=Commitment.REGULAR,
    )
    hours_per_week = models.PositiveSmallIntegerField(
        _("hours per week"),
        null=True,
        blank=True,
        help_text=_("About how many hours a week, for regular and short-term help."),
    )
    starts_on = models.DateField(
        _("date / first day"),
        null=True,
        blank=True,
        help_text=_("Required for one-off help; for short-term help the first day."),
    )
    ends_on = models.DateField(
        _("last day"), null=True, blank=True, help_text=_("Leave empty for a single day.")
    )
    time_note = models.CharField(
        _("time"), max_length=100, blank=True, help_text=_("e.g. '10 am to 2 pm'.")
    )
    skills = models.TextField(
        _("what you bring"),
        max_length=600,
        blank=True,
        help_text=_("Skills or interests that help; say so if none are needed."),
    )
    suitable_for_young_people = models.BooleanField(_("young people"), default=False)
    suitable_for_seniors = models.BooleanField(_("seniors"), default=False)
    suitable_for_families = models.BooleanField(_("families"), default=False)
    suitable_for_newcomers = models.BooleanField(_("newcomers with little German"), default=False)
    suitable_without_experience = models.BooleanField(_("no prior knowledge"), default=False)
    accessible_place = models.BooleanField(_("accessible place"), default=False)
    remote_possible = models.BooleanField(_("possible from home"), default=False)
    police_certificate_required = models.BooleanField(
        _("police certificate needed"),
        default=False,
        help_text=_("An extended certificate of good conduct, e.g. for work with children."),
    )
    contact_name = models.CharField(
        _("contact person"),
        max_length=100,
        blank=True,
        help_text=_("Only the name is shown; messages reach the club's representatives."),
    )
    expires_on = models.DateField(
        _("looking until"),
        null=True,
        blank=True,
        help_text=_("From the day after, the opportunity no longer appears in the finder."),
    )

    objects = PageManager.from_queryset(OpportunityQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("municipality"),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("commitment"),
                FieldPanel("hours_per_week"),
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                FieldPanel("time_note"),
                FieldPanel("expires_on"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("skills"),
                FieldPanel("suitable_for_young_people"),
                FieldPanel("suitable_for_seniors"),
                FieldPanel("suitable_for_families"),
                FieldPanel("suitable_for_newcomers"),
                FieldPanel("suitable_without_experience"),
                FieldPanel("accessible_place"),
                FieldPanel("remote_possible"),
                FieldPanel("police_certificate_required"),
            ],
            heading=_("Who it suits"),
        ),
        FieldPanel("contact_name"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("skills"),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.FilterField("commitment"),
        index.FilterField("municipality"),
        index.FilterField("expires_on"),
    ]
    parent_page_types = ["clubs.ClubPage"]
    subpage_types = []
    template = "pages/opportunity_page.html"

    class Meta:
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=False, ends_on__gte=models.F("starts_on")),
                name="opportunity_ends_after_it_starts",
                violation_error_message=_("The last day cannot be before the first day."),
            )
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.commitment == self.Commitment.ONE_OFF and not self.starts_on:
            errors["starts_on"] = _("Enter the date of the one-off help.")
        if self.ends_on and not self.starts_on:
            errors["starts_on"] = _("Enter the first day as well.")
        if errors:
            raise ValidationError(errors)

    @cached_property
    def club(self):
        return self.get_parent().specific

    def interest_targets(self):
        return self.club, self

    def accepts_interest(self, today=None):
        """Whether volunteers can still answer: the same test as the finder's."""
        return OpportunityPage.objects.filter(pk=self.pk).open(today).exists()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        categories = Category.objects.names_in_active_locale(self.categories.all())
        is_open = self.accepts_interest()
        context.update(club=self.club, categories=categories, is_open=is_open)
        # The shifts belong to the offer in the default language; over offers show none.
        context["shifts"] = described(upcoming_shifts(self)) if is_open else []
        return context

    @property
    def takes_shifts(self):
        """Shifts are for help at a date: one-off and short-term offers have them."""
        return self.commitment in (self.Commitment.ONE_OFF, self.Commitment.SHORT_TERM)

    @property
    def suitabilities(self):
        """The labels of every "suitable for" that is ticked, for the page and the cards."""
        return [
            self._meta.get_field(field).verbose_name
            for field in SUITABILITY_FIELDS.values()
            if getattr(self, field)
        ]


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
