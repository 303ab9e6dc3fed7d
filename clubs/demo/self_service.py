"""Demo content of the club self-service: the sports club and the culture barn have each put an
offer in through "Mein Bereich", which now waits in the regional review ("In Prüfung").

The offers are created with the same service the form uses (clubs.self_service.saving), in the
name of the clubs' demo accounts. Idempotent: an offer whose title exists under the club is
left as it is.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from clubs.opportunities.models import OpportunityPage
from clubs.self_service.access import represented_clubs
from clubs.self_service.forms import OfferForm
from clubs.self_service.saving import create_offer

OFFERS = [
    {
        "representative": "verein.sport",
        "title": "Kuchenbuffet beim Vereinsjubiläum",
        "summary": "Zum Jubiläum suchen wir Menschen, die einen Kuchen backen oder ausgeben.",
        "description": (
            "Wir feiern im Vereinsheim mit Nachbarn und Ehemaligen.\n\n"
            "Backen Sie einen Kuchen, oder geben Sie zwei Stunden lang Kuchen und Kaffee aus."
        ),
        "commitment": OpportunityPage.Commitment.ONE_OFF,
        "days_ahead": 40,
        "time_note": "14 bis 18 Uhr",
        "suitable_for_young_people": True,
        "suitable_without_experience": True,
    },
    {
        "representative": "verein.kultur",
        "title": "Abendkasse beim Herbstkabarett",
        "summary": "An drei Abenden im Herbst suchen wir Verstärkung an der Abendkasse.",
        "description": "Sie verkaufen Karten und begrüßen die Gäste. Wir weisen Sie ein.",
        "commitment": OpportunityPage.Commitment.SHORT_TERM,
        "days_ahead": 55,
        "days_long": 2,
        "time_note": "jeweils 18:30 bis 20 Uhr",
        "suitable_for_seniors": True,
        "suitable_without_experience": True,
    },
]


def _cleaned(spec, club, user, today):
    starts_on = today + timedelta(days=spec["days_ahead"])
    days_long = spec.get("days_long")
    booleans = {name: spec.get(name, False) for name in OfferForm.boolean_fields}
    return {
        "title": spec["title"],
        "summary": spec["summary"],
        "description": spec["description"],
        "municipality": club.municipality,
        "categories": list(club.categories.all()),
        "commitment": spec["commitment"],
        "hours_per_week": None,
        "starts_on": starts_on,
        "ends_on": starts_on + timedelta(days=days_long) if days_long else None,
        "time_note": spec["time_note"],
        "expires_on": None,
        "skills": "",
        "contact_name": user.get_full_name(),
        **booleans,
    }


def load_self_service_demo(log=print, today=None):
    today = today or timezone.localdate()
    users = get_user_model().objects
    for spec in OFFERS:
        user = users.filter(username=spec["representative"]).first()
        club = represented_clubs(user).first() if user else None
        if club is None:
            log(f"No club for {spec['representative']}: skipped the offer {spec['title']}")
            continue
        existing = OpportunityPage.objects.child_of(club).filter(draft_title=spec["title"])
        if existing.exists():
            continue
        create_offer(club, _cleaned(spec, club, user, today), user, submit=True)
        log(f"Submitted the offer {spec['title']} of {club.title} for review")
