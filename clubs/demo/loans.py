"""Demo content of loans between clubs: the sports club (account verein.sport) has borrowed the
culture barn's sound system (account verein.kultur) and has it right now, after a short
exchange of messages; the culture barn has asked for the sports club's marquee and waits for
the answer.

The items are the clubs' own Tauschbörse offers: taken by title when the exchange demo has
made them, else made here. Dates count from the day of loading. Idempotent: a loan of the same
item to the same club is left as it is.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from clubs.exchange.models import ExchangeItem, Loan, LoanMessage
from clubs.profiles.models import ClubPage

SPORT = "tsv-grotenhusen"
CULTURE = "kulturscheune-lindenau"
ACCOUNTS = {SPORT: "verein.sport", CULTURE: "verein.kultur"}

ITEMS = {
    "sound": {
        "club": CULTURE,
        "kind": ExchangeItem.Kind.EQUIPMENT,
        "title": "Bühnenpodeste und kleine Beschallungsanlage",
        "description": (
            "Zwei Aktivboxen mit Stativen, ein kleines Mischpult und zwei Funkmikrofone. "
            "Reicht für Feste bis etwa 150 Gäste. Wir zeigen Ihnen bei der Abholung, wie "
            "alles angeschlossen wird."
        ),
        "conditions": ExchangeItem.Conditions.PICK_UP,
        "conditions_note": "Abholung und Rückgabe an der Kulturscheune.",
    },
    "marquee": {
        "club": SPORT,
        "kind": ExchangeItem.Kind.EQUIPMENT,
        "title": "Festzelt 6 x 12 m mit Garnituren",
        "description": (
            "Unser Festzelt für bis zu 80 Personen, mit zehn Bierzeltgarnituren. Aufbau mit "
            "sechs Personen in etwa zwei Stunden; wir helfen beim ersten Mal."
        ),
        "conditions": ExchangeItem.Conditions.DEPOSIT,
        "conditions_note": "100 € Kaution, in bar bei der Abholung.",
    },
}

# item, borrower, representative who asks, first day from today, days, state, thread
LOANS = [
    (
        "sound",
        SPORT,
        "verein.sport",
        -2,
        5,
        Loan.State.ACCEPTED,
        [
            (
                SPORT,
                "verein.sport",
                "Für unser Sommerturnier bräuchten wir eine Lautsprecheranlage für die "
                "Siegerehrung. Könnten wir Ihre ausleihen?",
            ),
            (
                CULTURE,
                "verein.kultur",
                "Sehr gern! Abholung ab Donnerstag, 17 Uhr, an der Scheune.",
            ),
            (SPORT, "verein.sport", "Danke, wir kommen mit zwei Leuten vorbei."),
        ],
    ),
    (
        "marquee",
        CULTURE,
        "verein.kultur",
        24,
        3,
        Loan.State.REQUESTED,
        [
            (
                CULTURE,
                "verein.kultur",
                "Für unser Hoffest suchen wir ein Zelt als Regenschutz. Wäre Ihr Festzelt an "
                "diesem Wochenende frei?",
            )
        ],
    ),
]


def _club(slug):
    return ClubPage.objects.filter(slug=slug, locale__language_code="de").first()


def _item(spec, club, user, today):
    item = ExchangeItem.objects.filter(club=club, title=spec["title"]).first()
    if item is not None:
        return item
    fields = {key: value for key, value in spec.items() if key != "club"}
    return ExchangeItem.objects.create(
        club=club,
        direction=ExchangeItem.Direction.OFFER,
        municipality=club.municipality,
        available_from=today - timedelta(days=30),
        available_until=today + timedelta(days=365),
        created_by=user,
        **fields,
    )


def load_loans_demo(log):
    today = timezone.localdate()
    users = {
        user.username: user
        for user in get_user_model().objects.filter(username__in=ACCOUNTS.values())
    }
    clubs = {slug: _club(slug) for slug in (SPORT, CULTURE)}
    if not all(clubs.values()):
        log("Loans demo: the demo clubs are missing; nothing loaded.")
        return
    created = 0
    with transaction.atomic():
        for key, borrower_slug, asker, first_day, days, state, thread in LOANS:
            spec = ITEMS[key]
            owner = spec["club"]
            item = _item(spec, clubs[owner], users.get(ACCOUNTS[owner]), today)
            borrower = clubs[borrower_slug]
            if Loan.objects.filter(item=item, borrower=borrower).exists():
                continue
            starts_on = today + timedelta(days=first_day)
            loan = Loan.objects.create(
                item=item,
                borrower=borrower,
                starts_on=starts_on,
                ends_on=starts_on + timedelta(days=days),
                state=state,
                requested_by=users.get(asker),
                decided_at=timezone.now() if state == Loan.State.ACCEPTED else None,
            )
            for club_slug, author, text in thread:
                LoanMessage.objects.create(
                    loan=loan, club=clubs[club_slug], author=users.get(author), text=text
                )
            created += 1
    log(f"Loans demo: {created} loans between clubs.")
