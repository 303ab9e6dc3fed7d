"""Demo content: Tauschbörse entries of clubs in both regions (a marquee, rooms, a trailer and a
van, know-how for the club's accounts, helpers for festivals), some offered, some needed.

Saved with the service the club's form uses (clubs.exchange.items.save_item), in the name of
the club's demo account where it has one. Idempotent: an entry whose title the club has already
is left as it is.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from clubs.exchange.items import save_item
from clubs.exchange.models import ExchangeItem
from clubs.profiles.models import ClubPage

Kind, Direction, Conditions = ExchangeItem.Kind, ExchangeItem.Direction, ExchangeItem.Conditions

ITEMS = [
    # The northern region
    {
        "club": "tsv-grotenhusen",
        "representative": "verein.sport",
        "kind": Kind.EQUIPMENT,
        "direction": Direction.OFFER,
        "title": "Festzelt 6 x 12 m mit Garnituren",
        "description": (
            "Unser weißes Festzelt mit Seitenwänden bietet Platz für etwa 80 Personen. "
            "Zwölf Bierzeltgarnituren leihen wir gern mit aus.\n\n"
            "Für den Aufbau brauchen Sie vier Personen und etwa zwei Stunden; beim ersten Mal "
            "hilft jemand von uns."
        ),
        "conditions": Conditions.DEPOSIT,
        "conditions_note": "150 Euro Kaution, Abholung am Sportplatz",
        "until": 180,
    },
    {
        "club": "tsv-grotenhusen",
        "representative": "verein.sport",
        "kind": Kind.HELPERS,
        "direction": Direction.NEED,
        "title": "Helfende für das Sportfest",
        "description": (
            "Beim Sportfest brauchen wir Hilfe beim Aufbau am Vormittag, am Grill und an der "
            "Kuchentheke. Schon zwei Stunden helfen uns sehr."
        ),
        "conditions": Conditions.FREE,
        "from": 30,
        "until": 30,
    },
    {
        "club": "feuerwehr-suederwarf",
        "kind": Kind.VEHICLE,
        "direction": Direction.OFFER,
        "title": "Kleinbus mit neun Sitzen",
        "description": (
            "Unser Mannschaftstransporter steht an Wochenenden ohne Einsatzdienst anderen "
            "Vereinen für Fahrten zu Turnieren und Ausflügen zur Verfügung. Fahren darf, wer "
            "seit mindestens zwei Jahren einen Führerschein Klasse B hat."
        ),
        "conditions": Conditions.FEE,
        "conditions_note": "30 Cent je Kilometer für den Kraftstoff",
    },
    {
        "club": "kulturkreis-norderbrook",
        "kind": Kind.SKILL,
        "direction": Direction.NEED,
        "title": "Unterstützung bei der Vereinsbuchhaltung",
        "description": (
            "Unsere Kassenwartin hört zum Jahresende auf. Wer kennt sich mit einfacher "
            "Buchführung und dem Jahresabschluss eines kleinen Vereins aus und zeigt uns an "
            "zwei oder drei Abenden, wie es geht?"
        ),
        "conditions": Conditions.FREE,
        "until": 90,
    },
    {
        "club": "landfrauen-westerkoog",
        "kind": Kind.ROOM,
        "direction": Direction.OFFER,
        "title": "Saal mit Küche im Landfrauenhaus",
        "description": (
            "Saal für bis zu 60 Personen mit einer voll ausgestatteten Küche, barrierefrei "
            "erreichbar. Geeignet für Versammlungen, Kurse und kleine Feiern."
        ),
        "conditions": Conditions.FEE,
        "conditions_note": "40 Euro je Abend für Strom und Reinigung",
    },
    # The southern region
    {
        "club": "kulturscheune-lindenau",
        "representative": "verein.kultur",
        "kind": Kind.EQUIPMENT,
        "direction": Direction.OFFER,
        "title": "Bühnenpodeste und kleine Beschallungsanlage",
        "description": (
            "Acht Bühnenpodeste (2 x 1 m) und eine Beschallungsanlage mit zwei Boxen, Mischpult "
            "und zwei Funkmikrofonen. Wir erklären die Anlage bei der Übergabe."
        ),
        "conditions": Conditions.PICK_UP,
        "conditions_note": "Abholung und Rückgabe in der Kulturscheune",
        "until": 150,
    },
    {
        "club": "kulturscheune-lindenau",
        "representative": "verein.kultur",
        "kind": Kind.HELPERS,
        "direction": Direction.NEED,
        "title": "Helfende für das Scheunenfest",
        "description": (
            "Für unser Scheunenfest suchen wir Menschen für den Einlass, den Getränkestand und "
            "den Abbau am Sonntagmorgen."
        ),
        "conditions": Conditions.FREE,
        "from": 45,
        "until": 46,
    },
    {
        "club": "sg-altenbrunn-hainbach",
        "kind": Kind.VEHICLE,
        "direction": Direction.OFFER,
        "title": "Pkw-Anhänger 750 kg mit Plane",
        "description": (
            "Ungebremster Anhänger, Ladefläche 2 x 1,2 m, mit Plane und Spanngurten. Passt an "
            "jede Anhängerkupplung mit 13-poligem Stecker."
        ),
        "conditions": Conditions.FREE,
    },
    {
        "club": "liederkranz-wiesental",
        "kind": Kind.SKILL,
        "direction": Direction.OFFER,
        "title": "Know-how: Kasse und Jahresabschluss im Verein",
        "description": (
            "Unser Kassenwart hat lange in einer Steuerkanzlei gearbeitet und erklärt gern, wie "
            "man die Vereinskasse führt, Spendenbescheinigungen ausstellt und den "
            "Jahresabschluss vorbereitet."
        ),
        "conditions": Conditions.FREE,
    },
    {
        "club": "gemeinde-oberweiden",
        "kind": Kind.EQUIPMENT,
        "direction": Direction.NEED,
        "title": "Pavillons für den Dorfflohmarkt gesucht",
        "description": (
            "Für den Dorfflohmarkt suchen wir drei bis vier Faltpavillons (3 x 3 m) für einen "
            "Tag. Wir holen sie ab und bringen sie gereinigt zurück."
        ),
        "conditions": Conditions.FREE,
        "from": 35,
        "until": 35,
    },
]


def _cleaned(spec, club, today):
    first = spec.get("from")
    last = spec.get("until")
    return {
        "kind": spec["kind"],
        "direction": spec["direction"],
        "title": spec["title"],
        "description": spec["description"],
        "municipality": club.municipality,
        "category": club.categories.first(),
        "available_from": today + timedelta(days=first) if first is not None else None,
        "available_until": today + timedelta(days=last) if last is not None else None,
        "conditions": spec["conditions"],
        "conditions_note": spec.get("conditions_note", ""),
        "image_alt_text": "",
    }


def load_exchange_demo(log=print, today=None):
    today = today or timezone.localdate()
    users = get_user_model().objects
    clubs = ClubPage.objects.filter(locale=Locale.get_default())
    for spec in ITEMS:
        club = clubs.filter(slug=spec["club"]).first()
        if club is None:
            log(f"No club {spec['club']}: skipped the exchange entry {spec['title']}")
            continue
        if ExchangeItem.objects.filter(club=club, title=spec["title"]).exists():
            continue
        user = users.filter(username=spec.get("representative", "")).first()
        save_item(club, ExchangeItem(), _cleaned(spec, club, today), user)
        log(f"Exchange entry of {club.title}: {spec['title']}")
