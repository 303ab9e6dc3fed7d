"""Experts ("Ehrenamtslotsen"): volunteers and people lent by partner businesses who advise
clubs. Only those who agreed appear on the public site."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from home.models.taxonomy import in_default_locale


class ExpertQuerySet(models.QuerySet):
    def listed(self):
        return self.filter(listed_publicly=True)


class Expert(index.Indexed, models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", _("Volunteer expert")
        PARTNER = "partner", _("Expert of a partner business")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PERSON)
    name = models.CharField(_("name"), max_length=150)
    organisation = models.CharField(
        _("organisation"),
        max_length=150,
        blank=True,
        help_text=_("For experts of a partner business: the business."),
    )
    topics = models.ManyToManyField(
        "home.Topic",
        verbose_name=_("topics"),
        related_name="experts",
        limit_choices_to=in_default_locale,
    )
    regions = models.ManyToManyField(
        "home.Region", verbose_name=_("regions"), related_name="experts"
    )
    profile = models.TextField(
        _("short profile"),
        max_length=800,
        blank=True,
        help_text=_("What the expert advises on, in two or three sentences."),
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expert",
        help_text=_("The account with which the expert takes on coaching and help requests."),
    )
    listed_publicly = models.BooleanField(
        _("listed on the public site"),
        default=False,
        help_text=_("Tick only once the expert has agreed to be shown publicly."),
    )

    objects = ExpertQuerySet.as_manager()

    panels = [
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("profile"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("user"), FieldPanel("listed_publicly")], heading=_("Account")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("organisation"),
        index.SearchField("profile"),
        index.FilterField("listed_publicly"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("expert")
        verbose_name_plural = _("experts")

    def __str__(self):
        return f"{self.name} ({self.organisation})" if self.organisation else self.name
