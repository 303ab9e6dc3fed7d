"""Creates the demo content of clubs and volunteering: regions and villages, topics and
categories, the four sections, clubs with their opportunities, networks, contact points and
experts, in German with English translations of a few.

Runs after the foundation loader (home.demo.loader), whose home page, English locale and demo
accounts it uses. Every step only creates what is missing and never overwrites: things are
looked up by slug (sections by type, experts by name) and skipped when they exist. Dates are
computed from the day of loading, so a fresh demo always shows coming dates.
"""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Site

from clubs.contact_points.listing import ContactPointIndexPage
from clubs.contact_points.models import BranchOffice, ContactPerson, ContactPointPage, OfficeHours
from clubs.experts.models import Expert
from clubs.networks.models import NetworkIndexPage, NetworkMeeting, NetworkPage
from clubs.opportunities.listing import OpportunityFinderPage
from clubs.opportunities.models import OpportunityPage
from clubs.profiles.listing import ClubDirectoryPage
from clubs.profiles.models import ClubPage
from clubs.profiles.representatives import ensure_representatives_group
from home.demo.pages import DemoPages
from home.models import Category, Municipality, Region, Topic

from .club_profiles import CLUBS
from .opportunities_north import OPPORTUNITIES_NORTH
from .opportunities_south import OPPORTUNITIES_SOUTH
from .sections import CONTACT_POINTS, EXPERTS, NETWORKS, SECTIONS
from .taxonomy import CATEGORIES, MUNICIPALITIES, REGIONS, TOPICS

OPPORTUNITIES = OPPORTUNITIES_NORTH + OPPORTUNITIES_SOUTH

SECTION_MODELS = {
    "opportunity_finder": OpportunityFinderPage,
    "club_directory": ClubDirectoryPage,
    "network_index": NetworkIndexPage,
    "contact_point_index": ContactPointIndexPage,
}

# The "suitable for" names of the demo data -> the fields of OpportunityPage.
SUITABILITY = {
    "young_people": "suitable_for_young_people",
    "seniors": "suitable_for_seniors",
    "families": "suitable_for_families",
    "newcomers": "suitable_for_newcomers",
    "without_experience": "suitable_without_experience",
    "accessible": "accessible_place",
}

STAMMTISCH_DATES_AHEAD = 4


class ClubsDemoLoader(DemoPages):
    translated_term_fields = ("categories", "competencies")

    def __init__(self, log=print, today=None):
        self.log = log
        self.today = today or timezone.localdate()

    @transaction.atomic
    def run(self):
        self.home = Site.objects.get(is_default_site=True).root_page.specific
        self.english, _ = Locale.objects.get_or_create(language_code="en")
        self.regions = {spec["slug"]: self._region(spec) for spec in REGIONS}
        self.municipalities = {row[2]: self._municipality(*row) for row in MUNICIPALITIES}
        self.topics = self._terms(Topic, TOPICS)
        self.categories = self._terms(Category, CATEGORIES)
        # Sections and clubs are translated before their children: a translation needs a
        # translated parent.
        self.sections = {spec["model"]: self._section(spec) for spec in SECTIONS}
        self.clubs = {spec["slug"]: self._club(spec) for spec in CLUBS}
        for spec in OPPORTUNITIES:
            self._opportunity(spec)
        for spec in NETWORKS:
            self._network(spec)
        for spec in CONTACT_POINTS:
            self._contact_point(spec)
        for spec in EXPERTS:
            self._expert(spec)

    # Places and terms

    def _region(self, spec):
        region = Region.objects.filter(slug=spec["slug"]).first()
        if region:
            return region
        region = Region.objects.create(name=spec["name"], slug=spec["slug"], kind=spec["kind"])
        coordinator = self._user(spec["coordinator"])
        if coordinator:
            region.coordinators.add(coordinator)
        self.log(f"Created region {region.name}")
        return region

    def _municipality(self, region, name, slug, postcode, latitude, longitude):
        municipality = Municipality.objects.filter(slug=slug).first()
        if municipality:
            return municipality
        municipality = Municipality.objects.create(
            region=self.regions[region],
            name=name,
            slug=slug,
            postcode=postcode,
            latitude=Decimal(latitude),
            longitude=Decimal(longitude),
        )
        self.log(f"Created municipality {name}")
        return municipality

    def _terms(self, model, rows):
        """German terms in the default locale, each with its English translation."""
        default = Locale.get_default()
        terms = {}
        for slug, german, english in rows:
            term = model.objects.filter(locale=default, slug=slug).first()
            if term is None:
                term = model.objects.create(locale=default, slug=slug, name=german)
                self.log(f"Created {model._meta.model_name} {german}")
            if not term.has_translation(self.english):
                translation = term.copy_for_translation(self.english)
                translation.name = english
                translation.save()
            terms[slug] = term
        return terms

    # Pages

    def _section(self, spec):
        model = SECTION_MODELS[spec["model"]]
        # At most one per home page, so found by type: staff may have changed the slug.
        section = self.home.get_children().type(model).first()
        if section:
            section = section.specific
        else:
            german = spec["de"]
            section = model(
                title=german["title"], slug=spec["slug"], intro=german["intro"], show_in_menus=True
            )
            self._add(self.home, section)
            self._place_in_menu(section)
        translation = self._translate(section, spec["en"])
        if translation:
            self._place_in_menu(translation)
        return section

    def _club(self, spec):
        directory = self.sections["club_directory"]
        club = self._child(directory, spec["slug"])
        if club is None:
            municipality = self.municipalities[spec["municipality"]]
            club = ClubPage(
                title=spec["title"],
                slug=spec["slug"],
                kind=spec["kind"],
                summary=spec["summary"],
                description=spec["description"],
                municipality=municipality,
                street=spec["street"],
                postcode=municipality.postcode,
                meeting_times=spec["meeting_times"],
                website=spec["website"],
                contact_email=spec["email"],
                competencies_note=spec["competencies_note"],
                needs=spec["needs"],
            )
            club.categories = [self.categories[slug] for slug in spec["categories"]]
            club.competencies = [self.topics[slug] for slug in spec["competencies"]]
            self._add(directory, club)
            if spec.get("representative"):
                self._add_representative(club, spec["representative"])
        if "en" in spec:
            self._translate(club, spec["en"])
        return club

    def _add_representative(self, club, username):
        user = self._user(username)
        if user:
            user.groups.add(ensure_representatives_group(club))
            self.log(f"Made {username} a representative of {club.title}")

    def _opportunity(self, spec):
        club = self.clubs[spec["club"]]
        opportunity = self._child(club, spec["slug"])
        if opportunity is None:
            starts_on = self._starts_on(spec)
            opportunity = OpportunityPage(
                title=spec["title"],
                slug=spec["slug"],
                summary=spec["summary"],
                description=spec["description"],
                municipality=self.municipalities[spec.get("municipality", club.municipality.slug)],
                commitment=spec["commitment"],
                hours_per_week=spec.get("hours_per_week"),
                starts_on=starts_on,
                ends_on=starts_on + datetime.timedelta(days=spec["lasts"])
                if "lasts" in spec
                else None,
                time_note=spec.get("time_note", ""),
                skills=spec["skills"],
                remote_possible=spec.get("remote", False),
                police_certificate_required=spec.get("police", False),
                contact_name=spec["contact_name"],
                expires_on=self.today + datetime.timedelta(days=spec["expires_in"])
                if "expires_in" in spec
                else None,
                **{SUITABILITY[name]: True for name in spec["suits"]},
            )
            opportunity.categories = [self.categories[slug] for slug in spec["categories"]]
            self._add(club, opportunity)
        if "en" in spec:
            self._translate(opportunity, spec["en"])

    def _starts_on(self, spec):
        """`starts_in` days from today, moved on to the weekday `on` if given."""
        if "starts_in" not in spec:
            return None
        day = self.today + datetime.timedelta(days=spec["starts_in"])
        if "on" in spec:
            day += datetime.timedelta(days=(spec["on"] - day.weekday()) % 7)
        return day

    def _network(self, spec):
        index = self.sections["network_index"]
        network = self._child(index, spec["slug"])
        if network is None:
            network = NetworkPage(
                title=spec["title"],
                slug=spec["slug"],
                region=self.regions[spec["region"]],
                summary=spec["summary"],
                description=spec["description"],
                moderator=spec["moderator"],
                meeting_rhythm=spec["meeting_rhythm"],
            )
            network.member_clubs = [self.clubs[slug] for slug in spec["members"]]
            places, notes = spec["places"], spec["notes"]
            network.meetings = [
                NetworkMeeting(
                    starts_at=starts_at,
                    place=places[number % len(places)],
                    note=notes[number % len(notes)],
                )
                for number, starts_at in enumerate(self._stammtisch_dates(**spec["schedule"]))
            ]
            self._add(index, network)
        if "en" in spec:
            self._translate(network, spec["en"])

    def _stammtisch_dates(self, weekday, nth, time):
        """The next dates of "every `nth` `weekday` of the month at `time`", after today."""
        at = datetime.time.fromisoformat(time)
        year, month = self.today.year, self.today.month
        dates = []
        while len(dates) < STAMMTISCH_DATES_AHEAD:
            first = datetime.date(year, month, 1)
            day = first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
            if day > self.today:
                dates.append(timezone.make_aware(datetime.datetime.combine(day, at)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return dates

    def _contact_point(self, spec):
        index = self.sections["contact_point_index"]
        contact_point = self._child(index, spec["slug"])
        if contact_point is None:
            contact_point = ContactPointPage(
                title=spec["title"],
                slug=spec["slug"],
                region=self.regions[spec["region"]],
                summary=spec["summary"],
                description=spec["description"],
                municipality=self.municipalities[spec["municipality"]],
                street=spec["street"],
                postcode=spec["postcode"],
                phone=spec["phone"],
                email=spec["email"],
            )
            contact_point.coordinators = [
                ContactPerson(name=name, role=role, phone=phone, email=email)
                for name, role, phone, email in spec["coordinators"]
            ]
            contact_point.branch_offices = [
                BranchOffice(name=name, municipality=self.municipalities[place], street=street)
                for name, place, street in spec["branch_offices"]
            ]
            contact_point.office_hours = [
                OfficeHours(
                    weekday=weekday,
                    opens_at=datetime.time.fromisoformat(opens_at),
                    closes_at=datetime.time.fromisoformat(closes_at),
                    place=place,
                    note=note,
                )
                for weekday, opens_at, closes_at, place, note in spec["office_hours"]
            ]
            self._add(index, contact_point)
        if "en" in spec:
            self._translate(contact_point, spec["en"])

    # Snippets and accounts

    def _expert(self, spec):
        if Expert.objects.filter(name=spec["name"]).exists():
            return
        user = self._user(spec.get("user"))
        if user and Expert.objects.filter(user=user).exists():
            user = None
        expert = Expert.objects.create(
            kind=spec["kind"],
            name=spec["name"],
            organisation=spec["organisation"],
            profile=spec["profile"],
            listed_publicly=spec["listed_publicly"],
            user=user,
        )
        expert.topics.set([self.topics[slug] for slug in spec["topics"]])
        expert.regions.set([self.regions[slug] for slug in spec["regions"]])
        self.log(f"Created expert {expert}")

    def _user(self, username):
        if not username:
            return None
        return get_user_model().objects.filter(username=username).first()
