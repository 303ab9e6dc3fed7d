"""Networks of clubs ("Kompetenznetzwerke") and their Stammtisch dates.

A club's profile lists its networks, so this module does not import ClubPage: the member clubs'
model comes from the `member_clubs` relation.
"""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.models import SectionPage

UPCOMING_MEETINGS_SHOWN = 3


class NetworkIndexPage(SectionPage):
    """Lists the networks of all regions."""

    subpage_types = ["clubs.NetworkPage"]
    template = "pages/network_index_page.html"

    class Meta:
        verbose_name = _("network index")
        verbose_name_plural = _("network indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["networks"] = (
            NetworkPage.objects.child_of(self)
            .live()
            .public()
            .select_related("region")
            .order_by("region__name", "title")
        )
        return context


class NetworkPage(Page):
    """About ten clubs of a region who help each other and meet at a monthly Stammtisch."""

    region = models.ForeignKey(
        "home.Region", verbose_name=_("region"), on_delete=models.PROTECT, related_name="networks"
    )
    summary = models.TextField(_("short description"), max_length=300)
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    member_clubs = ParentalManyToManyField(
        "clubs.ClubPage", verbose_name=_("member clubs"), blank=True, related_name="networks"
    )
    moderator = models.CharField(
        _("moderated by"),
        max_length=150,
        blank=True,
        help_text=_("Name and, if useful, organisation of the person who moderates."),
    )
    meeting_rhythm = models.CharField(
        _("Stammtisch rhythm"),
        max_length=150,
        blank=True,
        help_text=_("e.g. 'every first Tuesday of the month, 7 pm'."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("region"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("member_clubs", widget=forms.CheckboxSelectMultiple),
        FieldPanel("moderator"),
        MultiFieldPanel(
            [FieldPanel("meeting_rhythm"), InlinePanel("meetings", label=_("Date"))],
            heading=_("Stammtisch"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.RelatedFields("region", [index.SearchField("name")]),
        index.FilterField("region"),
    ]
    parent_page_types = ["clubs.NetworkIndexPage"]
    subpage_types = []
    template = "pages/network_page.html"

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(meetings=self.upcoming_meetings(), member_clubs=self.live_member_clubs())
        return context

    def upcoming_meetings(self, now=None):
        now = now or timezone.now()
        return self.meetings.filter(starts_at__gte=now).order_by("starts_at")[
            :UPCOMING_MEETINGS_SHOWN
        ]

    def live_member_clubs(self):
        """The member clubs in this page's language, or in the default one if not translated."""
        keys = self.member_clubs.values_list("translation_key", flat=True)
        clubs = {}
        candidates = (
            self.member_clubs.model.objects.live()
            .public()
            .filter(translation_key__in=keys, locale__in=[self.locale_id, Locale.get_default().pk])
            .select_related("municipality")
        )
        for club in candidates:
            if club.locale_id == self.locale_id or club.translation_key not in clubs:
                clubs[club.translation_key] = club
        return sorted(clubs.values(), key=lambda club: club.title.casefold())


class NetworkMeeting(Orderable):
    """One date of a network's Stammtisch."""

    page = ParentalKey(NetworkPage, on_delete=models.CASCADE, related_name="meetings")
    starts_at = models.DateTimeField(_("starts at"))
    place = models.CharField(_("place"), max_length=200)
    note = models.CharField(_("note"), max_length=200, blank=True)

    panels = [FieldPanel("starts_at"), FieldPanel("place"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("Stammtisch date")
        verbose_name_plural = _("Stammtisch dates")
