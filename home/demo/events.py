"""Creates the demo events and courses: the section, events of every kind in both regions
(a certificate course of four modules, monthly Stammtische, a full course with a waiting
list, some past events with attendance), English translations of a few, and registrations.

Runs after the clubs demo (hook order 15 after 10): organisers are its contact points, found by
their page type's name and their region, since home/ never imports clubs/; without them the
organiser stays empty. Like the other loaders it only creates what is missing: events are
looked up by slug, and registrations are only added to an event when it is created.
"""

import datetime
import itertools

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from home.models import (
    EventIndexPage,
    EventPage,
    EventSession,
    Municipality,
    Region,
    Registration,
    Topic,
)

from .events_content import (
    EVENTS,
    FIRST_NAMES,
    INDEX,
    LAST_NAMES,
    ORGANISATIONS,
    STAMMTISCH_BODY,
    STAMMTISCH_TEASER,
    STAMMTISCHE,
)
from .pages import DemoPages

STAMMTISCH_MONTHS_AHEAD = 3
DEMO_CONSENT = "Demo-Anmeldung: Einwilligung in die Speicherung der Angaben."


class EventsDemoLoader(DemoPages):
    def __init__(self, log=print, today=None):
        self.log = log
        self.today = today or timezone.localdate()
        self.people = itertools.cycle(
            itertools.product(FIRST_NAMES, LAST_NAMES[::-1])  # varied pairs
        )

    @transaction.atomic
    def run(self):
        self.home = Site.objects.get(is_default_site=True).root_page.specific
        self.english, _ = Locale.objects.get_or_create(language_code="en")
        self.regions = {region.slug: region for region in Region.objects.all()}
        self.municipalities = {m.slug: m for m in Municipality.objects.all()}
        self.topics = {t.slug: t for t in Topic.objects.filter(locale=Locale.get_default())}
        self.organisers = self._organisers()
        self.index = self._index()
        for spec in EVENTS:
            self._event(spec)
        for spec in STAMMTISCHE:
            for day in self._monthly_dates(spec[6], spec[7]):
                self._stammtisch(spec, day)

    def _organisers(self):
        """The contact point of each region (default language), by page type name."""
        pages = Page.objects.filter(
            content_type__app_label="clubs",
            content_type__model="contactpointpage",
            locale=Locale.get_default(),
        ).specific()
        organisers = {}
        for page in pages:
            region = getattr(page, "region", None)
            if region is not None:
                organisers.setdefault(region.slug, page)
        return organisers

    def _index(self):
        index = self.home.get_children().type(EventIndexPage).first()
        if index:
            index = index.specific
        else:
            german = INDEX["de"]
            index = EventIndexPage(
                title=german["title"], slug=INDEX["slug"], intro=german["intro"], show_in_menus=True
            )
            self._add(self.home, index)
            self._place_in_menu(index)
        translation = self._translate(index, INDEX["en"])
        if translation:
            self._place_in_menu(translation)
        return index

    def _at(self, days, time):
        day = self.today + datetime.timedelta(days=days)
        return timezone.make_aware(
            datetime.datetime.combine(day, datetime.time.fromisoformat(time))
        )

    def _event(self, spec):
        event = self._child(self.index, spec["slug"])
        if event is None:
            german = spec["de"]
            event = EventPage(
                title=german["title"],
                slug=spec["slug"],
                kind=spec["kind"],
                teaser=german["teaser"],
                body=spec["body"],
                target_group=spec["target_group"],
                costs=spec["costs"],
                capacity=spec["capacity"],
                registration_enabled=spec.get("registration", True),
                sessions_for_certificate=spec.get("sessions_for_certificate"),
                region=self.regions.get(spec["region"]),
                organiser=self.organisers.get(spec["region"]),
            )
            self._place(event, spec)
            first_day = min(days for days, *_rest in spec["sessions"])
            if "deadline" in spec:
                event.registration_deadline = self._at(first_day - spec["deadline"], "23:59")
            event.topics = [self.topics[slug] for slug in spec["topics"] if slug in self.topics]
            event.sessions = [
                EventSession(
                    start=self._at(days, start), end=self._at(days, end), title=module_title
                )
                for days, start, end, module_title in spec["sessions"]
            ]
            self._add(self.index, event)
            self._registrations(event, spec)
        if "en" in spec:
            self._translate(event, spec["en"])

    def _place(self, event, spec):
        if spec.get("online"):
            event.is_online = True
            event.online_note = spec["online"]
            return
        municipality = self.municipalities.get(spec["municipality"])
        event.venue, event.street = spec["venue"], spec["street"]
        if municipality:
            event.municipality = municipality
            event.postcode, event.town = municipality.postcode, municipality.name

    def _monthly_dates(self, weekday, nth):
        """The `nth` `weekday` of each coming month (after today)."""
        year, month = self.today.year, self.today.month
        dates = []
        while len(dates) < STAMMTISCH_MONTHS_AHEAD:
            first = datetime.date(year, month, 1)
            day = first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
            if day > self.today:
                dates.append(day)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return dates

    def _stammtisch(self, spec, day):
        prefix, region, title, venue, street, place, _wd, _nth, start, end = spec
        days = (day - self.today).days
        self._event(
            {
                "slug": f"{prefix}-{day:%Y-%m}",
                "kind": "stammtisch",
                "region": region,
                "municipality": place,
                "venue": venue,
                "street": street,
                "sessions": [(days, start, end, "")],
                "capacity": None,
                "registration": False,
                "costs": "",
                "topics": ["vorstandsarbeit"],
                "target_group": "Alle Engagierten der Region",
                "de": {"title": f"{title} im {_german_month(day)}", "teaser": STAMMTISCH_TEASER},
                "body": STAMMTISCH_BODY,
            }
        )

    def _registrations(self, event, spec):
        confirmed, waiting = spec.get("registrations", (0, 0))
        sessions = list(event.sessions.all())
        created = timezone.now() - datetime.timedelta(days=30)
        for number in range(confirmed + waiting):
            first, last = next(self.people)
            status = (
                Registration.Status.CONFIRMED if number < confirmed else Registration.Status.WAITING
            )
            registration = Registration.objects.create(
                event=event,
                status=status,
                name=f"{first} {last}",
                email=f"{first}.{last}.{event.pk}.{number}@example.org".lower()
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss"),
                organisation=ORGANISATIONS[number % len(ORGANISATIONS)],
                consent_text=DEMO_CONSENT,
                created_at=created + datetime.timedelta(hours=number),
                confirmed_at=created if status == Registration.Status.CONFIRMED else None,
            )
            if spec.get("attended") and status == Registration.Status.CONFIRMED and number % 4:
                registration.attended_sessions.set(sessions)
        if confirmed or waiting:
            self.log(f"Added {confirmed + waiting} registrations to {event.title}")


GERMAN_MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def _german_month(day):
    return f"{GERMAN_MONTHS[day.month - 1]} {day.year}"
