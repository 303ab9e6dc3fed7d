"""Events and courses ("Veranstaltungen"): the section page, the events with their sessions
(Termine) and the registrations (Anmeldungen) with their attendance.

Registrations always belong to the event in the default language, whichever translation people
registered on, so staff find every registration in one place and capacity counts once.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Lower
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import StandardStreamBlock
from home.listing import FilteredListingMixin
from home.models.pages import SectionPage
from home.models.taxonomy import in_default_locale


class EventQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Live, public events whose last session has not ended: past events leave every
        listing by themselves, without anybody unpublishing them."""
        now = now or timezone.now()
        last_end = EventSession.objects.filter(page=OuterRef("pk")).order_by("-end").values("end")
        # "Some session ends later" is the same test as "the last session ends later"; as a
        # semi-join PostgreSQL answers it in one pass over the sessions instead of once per
        # event, which the listing's count and month choices repeat.
        ending_later = EventSession.objects.filter(end__gte=now).values("page")
        return (
            self.live()
            .public()
            .filter(pk__in=ending_later)
            .annotate(last_end=Subquery(last_end[:1]))
        )

    def with_listing_data(self, now=None):
        """Annotate what a card shows, in SQL, so a listing costs the same number of queries
        for any number of events: the next session, how many sessions are still to come and
        how many places are taken (counted at the default-language event)."""
        now = now or timezone.now()
        coming = EventSession.objects.filter(page=OuterRef("pk"), end__gte=now).order_by(
            "start", "pk"
        )
        taken = (
            Registration.objects.filter(
                event__translation_key=OuterRef("translation_key"),
                status=Registration.Status.CONFIRMED,
            )
            .order_by()
            .values("event__translation_key")
            .annotate(count=Count("pk"))
            .values("count")
        )
        coming_count = coming.order_by().values("page").annotate(count=Count("pk")).values("count")
        return self.annotate(
            next_start=Subquery(coming.values("start")[:1]),
            next_end=Subquery(coming.values("end")[:1]),
            coming_sessions=Coalesce(Subquery(coming_count), 0),
            confirmed_count=Coalesce(Subquery(taken), 0),
        )


class EventIndexPage(FilteredListingMixin, RoutablePageMixin, SectionPage):
    """The events and courses of all regions, with filters, and the calendar feed.

    Addresses below it (see docs/events.md): `kalender/` is the iCal feed of all coming
    events, `<event>/kalender/` one event's iCal file and `abmelden/?token=…` the page on which
    people cancel their registration with the link from their email.
    """

    subpage_types = ["home.EventPage"]
    template = "pages/event_index_page.html"

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def upcoming_events(self):
        return EventPage.objects.child_of(self).upcoming()

    def get_cached_paths(self):
        """The calendar feed lists the events too, so a frontend cache drops it with the index."""
        return ["/", self.reverse_subpage("calendar_feed")]

    def listing_filter(self, request):
        # imported late: that module imports the models defined here
        from home.events.filters import EventFilter

        events = (
            self.upcoming_events()
            .with_listing_data()
            .select_related("municipality", "region")
            .prefetch_related("topics")
            .order_by("next_start", "pk")
        )
        return EventFilter(request.GET or None, queryset=events, locale=self.locale)

    def decorate_listed(self, items):
        # imported late: both modules import the models defined here
        from home.events.filters import with_topic_names
        from home.events.registration import with_availability  # imported late: as above

        return with_availability(with_topic_names(items))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        feed_url = (self.get_url(request=request) or "") + self.reverse_subpage("calendar_feed")
        context.update(feed_url=feed_url)
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("kalender/", name="calendar_feed")
    def calendar_feed(self, request):
        # imported late: that module imports the models defined here
        from home.events.ical import feed_response

        return feed_response(self, request)

    @path("<slug:event_slug>/kalender/", name="event_calendar")
    def event_calendar(self, request, event_slug):
        # imported late: that module imports the models defined here
        from home.events.ical import event_response

        event = get_object_or_404(EventPage.objects.child_of(self).live().public(), slug=event_slug)
        return event_response(event, request)

    @path("<slug:event_slug>/bestaetigung/", name="resend_confirmation")
    def resend_confirmation(self, request, event_slug):
        # imported late: that module imports the models defined here
        from home.events.resend import resend_confirmation

        return resend_confirmation(self, request, event_slug)

    @path("abmelden/", name="cancel_registration")
    def cancel_registration(self, request):
        # imported late: that module imports the models defined here
        from home.events.views import cancel_registration

        return cancel_registration(self, request)


class EventPage(Page):
    """An event or course with one or more sessions, a place or online, and registration."""

    class Kind(models.TextChoices):
        QUALIFICATION_COURSE = "qualification_course", _("Qualification course")
        CERTIFICATE_COURSE = "certificate_course", _("Certificate course")
        STAMMTISCH = "stammtisch", _("Stammtisch")
        WORKSHOP = "workshop", _("Workshop")
        INFO_EVENT = "info_event", _("Information event")
        LEARNING_WORKSHOP = "learning_workshop", _("Learning workshop")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    teaser = models.TextField(
        _("teaser"),
        max_length=300,
        help_text=_("One or two sentences for the listing, the home page and search results."),
    )
    body = StreamField(StandardStreamBlock(), blank=True, verbose_name=_("content"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    target_group = models.CharField(
        _("target group"),
        max_length=200,
        blank=True,
        help_text=_("e.g. 'Board members and treasurers of clubs'."),
    )
    topics = ParentalManyToManyField(
        "home.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="events",
        limit_choices_to=in_default_locale,
    )
    is_online = models.BooleanField(_("online"), default=False)
    online_note = models.CharField(
        _("how to take part online"),
        max_length=300,
        blank=True,
        help_text=_("e.g. 'The link to the video meeting comes by email the day before.'"),
    )
    venue = models.CharField(
        _("venue"), max_length=150, blank=True, help_text=_("e.g. 'Village hall'.")
    )
    street = models.CharField(_("street and number"), max_length=150, blank=True)
    postcode = models.CharField(
        _("postcode"),
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^\d{5}$", _("Enter the five digits of the postcode."))],
    )
    town = models.CharField(_("town"), max_length=100, blank=True)
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
        help_text=_("Where the event takes place; its region is then filled in by itself."),
    )
    region = models.ForeignKey(
        "home.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
        help_text=_("For the region filter; for online events choose the region they are for."),
    )
    # A page reference by model name: home/ never imports clubs/ (ARCHITECTURE.md).
    organiser = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The contact point that organises the event."),
    )
    costs = models.CharField(
        _("costs"), max_length=150, blank=True, help_text=_("Leave empty if it is free.")
    )
    registration_enabled = models.BooleanField(
        _("registration"),
        default=True,
        help_text=_("Untick for events that people simply come to."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no limit."),
    )
    waiting_list_enabled = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_("When all places are taken, further people go on a waiting list."),
    )
    registration_deadline = models.DateTimeField(
        _("registration until"),
        null=True,
        blank=True,
        help_text=_("Leave empty to take registrations until the end of the event."),
    )
    sessions_for_certificate = models.PositiveSmallIntegerField(
        _("sessions needed for the certificate"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "For certificate courses: how many modules people must attend to get the "
            "certificate. Leave empty to require all."
        ),
    )

    objects = PageManager.from_queryset(EventQuerySet)()

    # Addresses are the same in every language; translators only see the texts.
    override_translatable_fields = [
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("town"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("teaser"),
        InlinePanel("sessions", label=_("Session"), min_num=1, heading=_("Sessions")),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldPanel("municipality"),
                FieldPanel("region"),
                FieldPanel("is_online"),
                FieldPanel("online_note"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("organiser", page_type="clubs.ContactPointPage"),
                FieldPanel("target_group"),
                FieldPanel("topics"),
                FieldPanel("costs"),
            ],
            heading=_("Details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldPanel("capacity"),
                FieldPanel("waiting_list_enabled"),
                FieldPanel("registration_deadline"),
                FieldPanel("sessions_for_certificate"),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("body"),
        FieldPanel("image"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.SearchField("target_group"),
        index.SearchField("venue"),
        index.SearchField("town"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("region"),
    ]
    parent_page_types = ["home.EventIndexPage"]
    subpage_types = []
    template = "pages/event_page.html"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if not self.is_online and not (self.venue or self.town or self.municipality_id):
            errors["venue"] = _("Enter where the event takes place, or tick 'online'.")
        if self.municipality_id and not self.region_id:
            self.region = self.municipality.region
        if self.sessions_for_certificate and self.kind != self.Kind.CERTIFICATE_COURSE:
            errors["sessions_for_certificate"] = _(
                "Only certificate courses need a number of modules."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.municipality_id and not self.region_id:
            self.region_id = self.municipality.region_id
        return super().save(*args, **kwargs)

    # What the pages, the registration and the admin ask of an event

    @property
    def is_certificate_course(self):
        return self.kind == self.Kind.CERTIFICATE_COURSE

    def default_language_event(self):
        """The event that registrations belong to."""
        if self.locale_id == Locale.get_default().pk:
            return self
        return self.get_translation_or_none(Locale.get_default()) or self

    def ordered_sessions(self):
        return sorted(self.sessions.all(), key=lambda session: (session.start, session.pk or 0))

    def required_sessions(self):
        """How many sessions someone must attend for a participation certificate."""
        count = len(self.sessions.all())
        if self.is_certificate_course and self.sessions_for_certificate:
            return min(self.sessions_for_certificate, count)
        return count

    def ends_at(self):
        sessions = self.ordered_sessions()
        return max(session.end for session in sessions) if sessions else None

    def registration_closed_reason(self, now=None):
        """Why registration is not possible now, or None while it is open."""
        now = now or timezone.now()
        end = self.ends_at()
        if not self.registration_enabled:
            return _("This event needs no registration.")
        if end is None or end < now:
            return _("This event is over.")
        if self.registration_deadline and self.registration_deadline < now:
            return _("The registration period has ended.")
        return None

    def organiser_page(self):
        """The live organising contact point in the visitor's language, or None."""
        if self.organiser is None:
            return None
        page = self.organiser.localized
        return page if page.live else None

    def get_cached_paths(self):
        """The event's calendar file lives below its address (the index serves it there)."""
        return ["/", "kalender/"]

    def get_context(self, request, *args, **kwargs):
        # imported late: that module imports the models defined here
        from home.events.registration import registration_context

        context = super().get_context(request, *args, **kwargs)
        context.update(registration_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            # imported late: that module imports the models defined here
            from home.events.registration import handle_registration_post

            response = handle_registration_post(self, request)
            if response is not None:
                return response
        return super().serve(request, *args, **kwargs)


class EventSession(Orderable):
    """One date (Termin) of an event; for a certificate course one module."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(
        _("title"), max_length=150, blank=True, help_text=_("e.g. the module's subject.")
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))

    panels = [FieldPanel("title"), FieldRowPanel([FieldPanel("start"), FieldPanel("end")])]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="event_session_ends_after_it_starts",
                violation_error_message=_("A session must end after it starts."),
            )
        ]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("A session must end after it starts.")})

    def __str__(self):
        start = timezone.localtime(self.start)
        label = start.strftime("%d.%m.%Y %H:%M")
        return f"{label} {self.title}".strip()


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=Registration.ACTIVE_STATUSES)

    def waiting_in_order(self):
        return self.filter(status=Registration.Status.WAITING).order_by("created_at", "pk")


class Registration(models.Model):
    """A person's place at an event (Anmeldung); not translated, never shown publicly."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        WAITING = "waiting", _("waiting list")
        CANCELLED = "cancelled", _("cancelled")

    ACTIVE_STATUSES = (Status.CONFIRMED, Status.WAITING)

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    # Identifies the registration in the signed cancellation link, instead of its number.
    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email address"))
    organisation = models.CharField(_("club or organisation"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    accessibility_needs = models.TextField(_("accessibility needs"), max_length=1000, blank=True)
    consent_text = models.TextField(_("consent text"))
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    attended_sessions = models.ManyToManyField(
        EventSession,
        verbose_name=_("attended sessions"),
        blank=True,
        related_name="attendees",
    )

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            # The same address holds at most one active place per event, even when two
            # requests arrive at once.
            models.UniqueConstraint(
                Lower("email"),
                "event",
                condition=Q(status__in=["confirmed", "waiting"]),
                name="one_active_registration_per_email_and_event",
                violation_error_message=_("This email address is already registered."),
            )
        ]

    def __str__(self):
        return f"{self.name} → {self.event}"
