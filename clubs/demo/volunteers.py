"""Demo of what volunteers keep: hours that the sports club confirmed for one of the summer
tournament's helpers, hours it recorded for another that wait for her confirmation, a saved
search and an Engagementnachweis, so that "Mein Engagement" and the club's hours pages have
something to show.

Open Mein Engagement at /mein-engagement/ with anke.jessen@example.org: the link appears in the
terminal that runs `make run` (development mails go to the console). Loading twice changes
nothing: the demo is skipped when the club has hours already.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from clubs.hours.certificates import issue
from clubs.hours.models import HoursRecord
from clubs.profiles.models import ClubPage
from clubs.saved_searches.models import SavedSearch

CLUB_SLUG = "tsv-grotenhusen"
CONFIRMED = "anke.jessen@example.org"
WAITING = "bernd.thomsen@example.org"


def load_volunteers_demo(log=print):
    club = ClubPage.objects.filter(slug=CLUB_SLUG, locale__language_code="de").first()
    if club is None or HoursRecord.objects.filter(club=club).exists():
        return
    now = timezone.now()
    year = timezone.localdate().year
    with transaction.atomic():
        for name, email, activity, months, hours, confirmed in (
            ("Anke Jessen", CONFIRMED, "Jugendtraining Fußball (E-Jugend)", (1, 3), 24, True),
            ("Anke Jessen", CONFIRMED, "Kuchentheke beim Frühjahrsturnier", (4, 4), 5, True),
            ("Bernd Thomsen", WAITING, "Platzpflege", (3, 5), 12, False),
        ):
            HoursRecord.objects.create(
                source=HoursRecord.Source.RECORDED,
                club=club,
                club_name=club.title,
                name=name,
                email=email,
                activity=activity,
                starts_on=datetime.date(year, months[0], 1),
                ends_on=datetime.date(year, months[1], 28),
                hours=hours,
                volunteer_confirmed_at=now if confirmed else None,
            )
        SavedSearch.objects.create(
            email=CONFIRMED,
            query="bereich=sport",
            frequency=SavedSearch.Frequency.WEEKLY,
            consent_text="Demo: Einverständnis mit dem Suchauftrag.",
            confirmed_at=now,
            last_digest_at=now,
        )
        issue(CONFIRMED, "Anke Jessen", year, "de")
    log("Created demo hours, a saved search and an Engagementnachweis for Mein Engagement")
