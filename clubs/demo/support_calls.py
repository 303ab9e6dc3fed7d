"""Demo content of support calls: two published calls in the two regions (a new roof for the
sports club's house, with money and materials; a community garden, with helpers and money
through a donation page), and one call that the culture barn submitted from Mein Bereich and
that waits in the regional review.

The published calls are published like the clubs demo publishes its pages (a revision,
published); the one in review is created with the service of the form
(clubs.support_calls.saving). The pledges demo (clubs/demo/pledges.py) finds the published
calls by their slugs. Idempotent: a call whose slug or title exists under its club is left.
"""

from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from clubs.profiles.models import ClubPage
from clubs.self_service.access import represented_clubs
from clubs.support_calls.models import SupportCallPage, SupportNeed
from clubs.support_calls.saving import create_call

ROOF = "neues-dach-vereinsheim"
GARDEN = "gemeinschaftsgarten-kelterhaus"

PUBLISHED = [
    {
        "club": "tsv-grotenhusen",
        "slug": ROOF,
        "title": "Ein neues Dach für unser Vereinsheim",
        "summary": (
            "Der Herbststurm hat das Dach des Vereinsheims abgedeckt. Wir decken es in "
            "Eigenleistung neu und brauchen dafür Geld und Material."
        ),
        "story": (
            "<p>Seit dem Sturm im Oktober regnet es in die Umkleiden. Ein Dachdecker aus dem "
            "Dorf leitet uns an; die Arbeit machen Mitglieder an drei Wochenenden.</p>"
            "<p>Für die Ziegel und das Holz fehlen uns noch 12.000 Euro. Jede Spende hilft, "
            "und wer Dachlatten oder Schrauben übrig hat, bringt sie gern vorbei.</p>"
        ),
        "starts_ago": 10,
        "lasts": 60,
        "goal_amount": Decimal("12000"),
        "account_holder": "TSV Grotenhusen von 1921 e. V.",
        "iban": "DE89370400440532013000",
        "bic": "COBADEFFXXX",
        "donation_url": "",
        "needs": [
            (SupportNeed.Kind.MATERIAL, "Dachlatten, 4 m lang", 80),
            (SupportNeed.Kind.MATERIAL, "Pakete Holzschrauben", 10),
        ],
        "en": {
            "title": "A new roof for our club house",
            "summary": (
                "The autumn storm took the roof off our club house. Members will re-roof it "
                "themselves and need money and material for it."
            ),
            "story": (
                "<p>Since the October storm, rain has been coming into the changing rooms. A "
                "roofer from the village guides us; members do the work on three weekends.</p>"
            ),
        },
    },
    {
        "club": "obst-gartenbau-oberweiden",
        "slug": GARDEN,
        "title": "Gemeinschaftsgarten am Kelterhaus",
        "summary": (
            "Neben dem Kelterhaus entsteht ein Garten für alle im Dorf: Hochbeete, ein "
            "Zaun und eine Bank im Schatten."
        ),
        "story": (
            "<p>Die Gemeinde stellt uns die Wiese neben dem Kelterhaus zur Verfügung. Am "
            "Pflanztag bauen wir Hochbeete und setzen Beerensträucher.</p>"
            "<p>Für Holz, Erde und Pflanzen sammeln wir 2.500 Euro über unsere Spendenseite.</p>"
        ),
        "starts_ago": 5,
        "lasts": 45,
        "goal_amount": Decimal("2500"),
        "account_holder": "",
        "iban": "",
        "bic": "",
        "donation_url": "https://spenden.example.org/ogv-oberweiden-garten",
        "needs": [
            (SupportNeed.Kind.HELPERS, "Helfende am Pflanztag", 12),
            (SupportNeed.Kind.HELPERS, "Helfende beim Zaunbau", 4),
        ],
    },
]

IN_REVIEW = {
    "representative": "verein.kultur",
    "title": "Neue Stühle für die Kulturscheune",
    "summary": "Unsere alten Klappstühle sind durchgesessen. Für Konzerte brauchen wir neue.",
    "story": (
        "Seit zwanzig Jahren sitzt das Publikum auf Klappstühlen aus einer aufgelösten Schule.\n\n"
        "Mit 60 neuen, stapelbaren Stühlen wird die Scheune bequemer und schneller umgebaut."
    ),
    "goal_amount": Decimal("3600"),
    "account_holder": "Kulturscheune Lindenau e. V.",
    "iban": "DE02120300000000202051",
    "needs": [("helpers", "Helfende beim Aufbauen", 4)],
}


def _fields(spec, club, today):
    starts_on = today - timedelta(days=spec["starts_ago"])
    return {
        "title": spec["title"],
        "slug": spec["slug"],
        "summary": spec["summary"],
        "story": spec["story"],
        "municipality": club.municipality,
        "starts_on": starts_on,
        "ends_on": starts_on + timedelta(days=spec["lasts"]),
        "goal_amount": spec["goal_amount"],
        "account_holder": spec["account_holder"],
        "iban": spec["iban"],
        "bic": spec["bic"],
        "donation_url": spec["donation_url"],
    }


def _translate(call, club, fields, log):
    """An English translation where the club has one; the needs are copied with the page."""
    english = Locale.objects.filter(language_code="en").first()
    if english is None or not club.get_translation_or_none(english):
        return
    if call.get_translation_or_none(english):
        return
    translation = call.copy_for_translation(english)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    log(f"Published en: {translation.title}")


def _published_call(spec, today, log):
    club = ClubPage.objects.filter(slug=spec["club"], locale=Locale.get_default()).first()
    if club is None:
        log(f"No club {spec['club']}: skipped the support call {spec['title']}")
        return
    call = SupportCallPage.objects.child_of(club).filter(slug=spec["slug"]).first()
    if call is None:
        call = SupportCallPage(live=False, locale_id=club.locale_id, **_fields(spec, club, today))
        call.needs = [
            SupportNeed(kind=kind, label=label, quantity=quantity)
            for kind, label, quantity in spec["needs"]
        ]
        club.add_child(instance=call)
        call.save_revision().publish()
        log(f"Published the support call {call.title} of {club.title}")
    if "en" in spec:
        _translate(call, club, spec["en"], log)


def _call_in_review(today, log):
    spec = IN_REVIEW
    user = get_user_model().objects.filter(username=spec["representative"]).first()
    club = represented_clubs(user).first() if user else None
    if club is None:
        log(f"No club for {spec['representative']}: skipped the support call {spec['title']}")
        return
    if SupportCallPage.objects.child_of(club).filter(draft_title=spec["title"]).exists():
        return
    cleaned = {
        "title": spec["title"],
        "summary": spec["summary"],
        "story": spec["story"],
        "municipality": club.municipality,
        "starts_on": today + timedelta(days=7),
        "ends_on": today + timedelta(days=67),
        "goal_amount": spec["goal_amount"],
        "account_holder": spec["account_holder"],
        "iban": spec["iban"],
        "bic": "",
        "donation_url": "",
        "image_alt": "",
    }
    needs = [(None, kind, label, quantity) for kind, label, quantity in spec["needs"]]
    create_call(club, cleaned, needs, user, submit=True)
    log(f"Submitted the support call {spec['title']} of {club.title} for review")


def load_support_calls_demo(log=print, today=None):
    today = today or timezone.localdate()
    for spec in PUBLISHED:
        _published_call(spec, today, log)
    _call_in_review(today, log)
