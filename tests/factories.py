"""Factories for the models of the portal."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from clubs.models import (
    ClubDirectoryPage,
    ClubPage,
    ContactPointIndexPage,
    ContactPointPage,
    Expert,
    Interest,
    NetworkIndexPage,
    NetworkPage,
    OpportunityFinderPage,
    OpportunityPage,
)
from home.models import (
    ArticlePage,
    Category,
    FormPage,
    FormPageField,
    HandbookChapterPage,
    HandbookPage,
    KnowledgeIndexPage,
    Municipality,
    NewsIndexPage,
    NewsPage,
    Region,
    StandardPage,
    Topic,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"person{n}")
    first_name = "Kim"
    last_name = factory.Sequence(lambda n: f"Muster{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("correct-horse-battery")


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Seite {n}")
    intro = "Eine kurze Einleitung."


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Amt Region {n}")
    slug = factory.Sequence(lambda n: f"region-{n}")


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ("slug",)

    region = factory.SubFactory(RegionFactory)
    name = factory.Sequence(lambda n: f"Dorf {n}")
    slug = factory.Sequence(lambda n: f"dorf-{n}")
    postcode = "24999"
    latitude = Decimal("54.50000")
    longitude = Decimal("9.50000")


class CategoryFactory(factory.django.DjangoModelFactory):
    """A category in the default language (the locale the migration creates)."""

    class Meta:
        model = Category
        django_get_or_create = ("locale", "slug")

    name = factory.Sequence(lambda n: f"Bereich {n}")
    slug = factory.Sequence(lambda n: f"bereich-{n}")
    locale = factory.LazyFunction(Locale.get_default)


class TopicFactory(CategoryFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("locale", "slug")

    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")


class ClubDirectoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ClubDirectoryPage

    title = "Vereine"
    slug = "vereine"


class ClubPageFactory(wagtail_factories.PageFactory):
    """Pass `parent` (a ClubDirectoryPage)."""

    class Meta:
        model = ClubPage

    title = factory.Sequence(lambda n: f"Verein {n}")
    summary = "Ein Verein aus dem Dorf."
    municipality = factory.SubFactory(MunicipalityFactory)
    contact_email = factory.Sequence(lambda n: f"verein{n}@example.org")


class OpportunityFinderPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = OpportunityFinderPage

    title = "Engagement finden"
    slug = "engagement"


class OpportunityPageFactory(wagtail_factories.PageFactory):
    """Pass `parent` (a ClubPage). Regular by default, without dates."""

    class Meta:
        model = OpportunityPage

    title = factory.Sequence(lambda n: f"Angebot {n}")
    summary = "Wir suchen Unterstützung."
    municipality = factory.LazyAttribute(lambda page: page.parent.specific.municipality)
    commitment = OpportunityPage.Commitment.REGULAR


class NetworkIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NetworkIndexPage

    title = "Netzwerke"
    slug = "netzwerke"


class NetworkPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NetworkPage

    title = factory.Sequence(lambda n: f"Netzwerk {n}")
    summary = "Vereine, die sich gegenseitig helfen."
    region = factory.SubFactory(RegionFactory)


class ContactPointIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ContactPointIndexPage

    title = "Anlaufstellen"
    slug = "anlaufstellen"


class ContactPointPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ContactPointPage

    title = factory.Sequence(lambda n: f"Anlaufstelle {n}")
    summary = "Beratung rund ums Ehrenamt."
    municipality = factory.SubFactory(MunicipalityFactory)
    region = factory.LazyAttribute(lambda page: page.municipality.region)
    street = "Hauptstraße 1"
    postcode = "24999"


class ExpertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Expert

    name = factory.Sequence(lambda n: f"Lotse {n}")
    profile = "Berät zu Vereinsrecht."


class InterestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interest

    club = None  # pass a ClubPage
    name = "Alex Beispiel"
    email = factory.Sequence(lambda n: f"helfer{n}@example.org")
    message = "Ich helfe gern mit."
    consent_text = "Ich bin einverstanden."


# News and forms


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Neuigkeiten"
    slug = "neuigkeiten"


class NewsPageFactory(wagtail_factories.PageFactory):
    """Pass `parent` (a NewsIndexPage). Dated today unless given a `date`."""

    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Neuigkeit {n}")
    teaser = "Das Wichtigste in einem Satz."
    date = factory.LazyFunction(timezone.localdate)


class FormPageFactory(wagtail_factories.PageFactory):
    """Pass `parent` (the home page or a StandardPage); add fields with FormPageFieldFactory."""

    class Meta:
        model = FormPage

    title = factory.Sequence(lambda n: f"Umfrage {n}")
    slug = factory.Sequence(lambda n: f"umfrage-{n}")
    thank_you_text = "<p>Vielen Dank für Ihre Antworten!</p>"
    to_address = "umfrage@example.org"


class FormPageFieldFactory(factory.django.DjangoModelFactory):
    """Pass `page` (a FormPage). A required single-line field unless told otherwise."""

    class Meta:
        model = FormPageField

    label = factory.Sequence(lambda n: f"Frage {n}")
    field_type = "singleline"
    required = True
    sort_order = factory.Sequence(lambda n: n)


# Knowledge base


class KnowledgeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = KnowledgeIndexPage

    title = "Wissen"
    slug = "wissen"


class ArticlePageFactory(wagtail_factories.PageFactory):
    """Pass `parent` (a KnowledgeIndexPage)."""

    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Wissensartikel {n}")
    teaser = "Das Wichtigste in Kürze."
    kind = ArticlePage.Kind.ARTICLE


class HandbookPageFactory(wagtail_factories.PageFactory):
    """Pass `parent` (a KnowledgeIndexPage)."""

    class Meta:
        model = HandbookPage

    title = "Handbuch Vereinsarbeit"
    intro = "Alles für den Vereinsalltag."


class HandbookChapterPageFactory(wagtail_factories.PageFactory):
    """Pass `parent` (a HandbookPage); chapters follow each other in the order of creation."""

    class Meta:
        model = HandbookChapterPage

    title = factory.Sequence(lambda n: f"Kapitel {n}")
    summary = "Worum es in diesem Kapitel geht."


class DocumentFactory(factory.django.DjangoModelFactory):
    """A small text document; pass `collection` for another collection than the root."""

    class Meta:
        model = get_document_model()
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Vorlage {n}")
    file = factory.django.FileField(filename="vorlage.txt", data=b"Vorlage\n" * 100)
    collection = factory.LazyFunction(Collection.get_first_root_node)

    @factory.post_generation
    def file_metadata(self, create, extracted, **kwargs):
        if create:
            self._set_document_file_metadata()
            self.save(update_fields=["file_size", "file_hash"])


# Events (models named by label, so that this section only appends to the file)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = "home.EventIndexPage"

    title = "Veranstaltungen"
    slug = "veranstaltungen"


def session_times(days_ahead, hours=(10, 16)):
    """(start, end) of a session `days_ahead` days from today, aware, local hours."""
    import datetime

    from django.utils import timezone

    day = timezone.localdate() + datetime.timedelta(days=days_ahead)
    return tuple(
        timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour))) for hour in hours
    )


class EventPageFactory(wagtail_factories.PageFactory):
    """Pass `parent` (an EventIndexPage). `sessions_in` lists the days from today on which its
    sessions (10:00–16:00) lie; default: one session in a week."""

    class Meta:
        model = "home.EventPage"

    class Params:
        sessions_in = (7,)

    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    kind = "workshop"
    teaser = "Ein Workshop für Vereine."
    venue = "Dorfgemeinschaftshaus"
    street = "Dorfstraße 1"
    postcode = "24999"
    town = "Lindau"

    @factory.lazy_attribute
    def sessions(self):
        from home.models import EventSession

        return [
            EventSession(start=start, end=end)
            for start, end in map(session_times, self.sessions_in)
        ]


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "home.Registration"

    event = None  # pass an EventPage in the default language
    status = "confirmed"
    name = factory.Sequence(lambda n: f"Teilnehmerin {n}")
    email = factory.Sequence(lambda n: f"teilnahme{n}@example.org")
    consent_text = "Ich bin einverstanden."


class BudgetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "workflows.Budget"

    name = factory.Sequence(lambda n: f"Qualifizierungsbudget {n}")
    year = 2026
    total = Decimal("5000.00")


class FundingApplicationFactory(factory.django.DjangoModelFactory):
    """A draft with one cost item worth the requested amount; pass club= and budget=."""

    class Meta:
        model = "workflows.FundingApplication"
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Schulung Kassenführung {n}")
    purpose = "Eine Schulung für die Vorstände unserer Vereine."
    measure_type = "qualification"
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + timezone.timedelta(days=30))
    ends_on = factory.LazyAttribute(lambda application: application.starts_on)
    participants = 12
    requested_amount = Decimal("800.00")

    @factory.post_generation
    def cost_items(self, create, extracted, **kwargs):
        if not create:
            return
        for position, (description, amount) in enumerate(
            extracted or [("Honorar der Referentin", self.requested_amount)]
        ):
            self.cost_items.create(
                description=description, amount=Decimal(amount), sort_order=position
            )


class CoachingRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "workflows.CoachingRequest"

    title = factory.Sequence(lambda n: f"Beratung Satzung {n}")
    format = "video"
    preferred_dates = "dienstags ab 18 Uhr"
    duration_minutes = 120
    questions = "Wie ändern wir unsere Satzung richtig?"


class HelpRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "workflows.HelpRequest"

    title = factory.Sequence(lambda n: f"Frage zur Gemeinnützigkeit {n}")
    need = "question"
    question_area = "tax"
    description = "Dürfen wir bei unserem Sommerfest Spenden sammeln?"


class RoutingRuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "workflows.RoutingRule"

    name = factory.Sequence(lambda n: f"Regel {n}")


# --- joining ---


class ClubApplicationFactory(factory.django.DjangoModelFactory):
    """A confirmed application waiting for a decision; pass `municipality` for the region."""

    class Meta:
        model = "clubs.ClubApplication"

    name = factory.Sequence(lambda n: f"Initiative {n}")
    kind = "initiative"
    municipality = factory.SubFactory(MunicipalityFactory)
    summary = "Wir treffen uns jeden Donnerstag."
    contact_name = "Frauke Jessen"
    contact_email = factory.Sequence(lambda n: f"antrag{n}@example.org")
    consent_text = "Einverstanden."
    language = "de"
    status = "pending"
    email_confirmed_at = factory.LazyFunction(timezone.now)


# Shifts (added by the shifts helpers; the same two factories in both branches)


class ShiftFactory(factory.django.DjangoModelFactory):
    """Pass `opportunity` (a one-off or short-term OpportunityPage). A week ahead, 14–17 h."""

    class Meta:
        model = "clubs.Shift"

    date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=7))
    starts_at = datetime.time(14, 0)
    ends_at = datetime.time(17, 0)
    helpers_needed = 4
    task = "Kuchenstand"


class ShiftSignupFactory(factory.django.DjangoModelFactory):
    """Pass `shift`."""

    class Meta:
        model = "clubs.ShiftSignup"

    name = factory.Sequence(lambda n: f"Helfende {n}")
    email = factory.Sequence(lambda n: f"helfende{n}@example.org")
    consent_text = "Einverstanden."
    language = "de"
