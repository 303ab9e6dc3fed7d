"""Contact points ("Anlaufstellen") with their coordinators, branch offices and office hours
(the index that lists them is in listing.py)."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from clubs.experts.models import Expert
from home.blocks import RICH_TEXT_FEATURES
from home.models import Topic

UPCOMING_OFFICE_HOURS_SHOWN = 5


class ContactPointPage(Page):
    """An office that supports volunteering, with branch offices in village halls."""

    region = models.ForeignKey(
        "home.Region",
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="contact_points",
    )
    summary = models.TextField(_("short description"), max_length=300)
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="contact_points",
    )
    street = models.CharField(_("street and number"), max_length=150)
    postcode = models.CharField(_("postcode"), max_length=5)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(
        _("email address"), blank=True, help_text=_("The office's address; it is shown.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("region"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldRowPanel([FieldPanel("street"), FieldPanel("postcode")]),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
            ],
            heading=_("Address"),
        ),
        InlinePanel("coordinators", label=_("Coordinator")),
        InlinePanel("branch_offices", label=_("Branch office")),
        InlinePanel("office_hours", label=_("Office hours")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.FilterField("region"),
    ]
    parent_page_types = ["clubs.ContactPointIndexPage"]
    subpage_types = []
    template = "pages/contact_point_page.html"

    class Meta:
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        office_hours = self.upcoming_office_hours()
        experts = Topic.objects.attach_names_in_active_locale(
            Expert.objects.listed().filter(regions=self.region_id).prefetch_related("topics"),
            "topics",
            "topic_names",
        )
        context.update(
            office_hours=office_hours,
            open_now=office_hours[0] if office_hours and office_hours[0].is_open else None,
            experts=experts,
        )
        return context

    def upcoming_office_hours(self, now=None, limit=UPCOMING_OFFICE_HOURS_SHOWN):
        """The next office hours from now on (the current one first if it is open)."""
        return upcoming_office_hours(self.office_hours.all(), now, limit)


class ContactPerson(Orderable):
    """A coordinator working at the contact point, shown with name and role."""

    page = ParentalKey(ContactPointPage, on_delete=models.CASCADE, related_name="coordinators")
    name = models.CharField(_("name"), max_length=100)
    role = models.CharField(_("role"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email address"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("coordinator")
        verbose_name_plural = _("coordinators")


class BranchOffice(Orderable):
    """A place in a village (often the village hall) where the contact point holds office hours."""

    page = ParentalKey(ContactPointPage, on_delete=models.CASCADE, related_name="branch_offices")
    name = models.CharField(_("name"), max_length=150, help_text=_("e.g. 'Village hall Lindau'."))
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    street = models.CharField(_("street and number"), max_length=150, blank=True)

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("municipality"), FieldPanel("street")])]

    class Meta(Orderable.Meta):
        verbose_name = _("branch office")
        verbose_name_plural = _("branch offices")

    def __str__(self):
        return self.name


class OfficeHours(Orderable):
    """A weekly office hour: weekday, from, to, place, note."""

    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    page = ParentalKey(ContactPointPage, on_delete=models.CASCADE, related_name="office_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens_at = models.TimeField(_("from"))
    closes_at = models.TimeField(_("to"))
    place = models.CharField(
        _("place"),
        max_length=150,
        blank=True,
        help_text=_("Leave empty for the contact point itself; else e.g. the branch office."),
    )
    note = models.CharField(
        _("note"), max_length=200, blank=True, help_text=_("e.g. 'only in even weeks'.")
    )

    panels = [
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldRowPanel([FieldPanel("place"), FieldPanel("note")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("office hours")
        verbose_name_plural = _("office hours")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="office_hours_close_after_opening",
                violation_error_message=_("The office hours must end after they begin."),
            )
        ]

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Enter a time after the opening time.")})


def with_next_office_hours(contact_points, limit):
    """Attach `next_office_hours` to each contact point (prefetch `office_hours`)."""
    contact_points = list(contact_points)
    for contact_point in contact_points:
        contact_point.next_office_hours = contact_point.upcoming_office_hours(limit=limit)
    return contact_points


@dataclass(frozen=True)
class OfficeHoursDate:
    """Office hours on a concrete day."""

    hours: OfficeHours
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    is_open: bool


def upcoming_office_hours(office_hours, now=None, limit=UPCOMING_OFFICE_HOURS_SHOWN):
    """The next `limit` dates of weekly office hours, from `now` on, in local time.

    Office hours open at `now` come first and are marked open.
    """
    now = timezone.localtime(now)
    today = now.date()
    dates = []
    for days_ahead in range(8):
        day = today + datetime.timedelta(days=days_ahead)
        for hours in office_hours:
            if hours.weekday != day.weekday():
                continue
            starts_at = timezone.make_aware(datetime.datetime.combine(day, hours.opens_at))
            ends_at = timezone.make_aware(datetime.datetime.combine(day, hours.closes_at))
            if ends_at > now:
                dates.append(OfficeHoursDate(hours, starts_at, ends_at, starts_at <= now))
    dates.sort(key=lambda date: date.starts_at)
    return dates[:limit]
