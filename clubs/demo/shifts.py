"""Demo shifts for three one-off offers of the demo clubs, so that "Wo fehlt noch jemand?" and
the sign-up have something to show: the summer tournament nearly full, the courtyard concert
full, the harvest festival with plenty of places. Helpers have made-up names at example.org.

The shifts lie on the offer's day, which the clubs' demo sets relative to the day of loading;
an offer that already has shifts is left alone, so loading twice changes nothing.
"""

import datetime

from django.db import transaction

from clubs.opportunities.models import OpportunityPage
from clubs.shifts.models import Shift, ShiftSignup

CONSENT = "Demo: Einverständnis mit der Weitergabe an den Verein."

# offer slug: [(from, to, helpers needed, signed up, task, where exactly)]
SHIFTS = {
    "helfende-sommerturnier": [
        (9, 12, 4, 3, "Aufbau und Grill", "Treffpunkt am Vereinsheim"),
        (12, 15, 4, 4, "Kuchentheke", "Zelt neben dem Hauptplatz"),
        (15, 18, 3, 2, "Turnierleitung und Abbau", "Turnierbüro im Vereinsheim"),
    ],
    "einlass-hofkonzert": [
        (17, 19, 2, 2, "Einlass und Kasse", "Hoftor"),
        (19, 22, 2, 2, "Getränkestand", "Scheune"),
    ],
    "erntefest-aufbau": [
        (9, 13, 8, 1, "Zelt aufbauen", "Festwiese am Dorfteich"),
        (14, 18, 8, 0, "Tische und Bänke stellen", "Festwiese am Dorfteich"),
    ],
}

HELPERS = [
    "Anke Jessen",
    "Bernd Thomsen",
    "Carla Hansen",
    "Deniz Yılmaz",
    "Eike Nissen",
    "Frauke Lorenzen",
    "Gerd Paulsen",
    "Hanna Brodersen",
    "Ilka Clausen",
    "Jannik Petersen",
]


def load_demo_shifts(log=print):
    created = 0
    with transaction.atomic():
        for slug, rows in SHIFTS.items():
            offer = OpportunityPage.objects.filter(slug=slug, locale__language_code="de").first()
            if offer is None or offer.starts_on is None or offer.shifts.exists():
                continue
            helpers = iter(HELPERS)
            for start, end, needed, taken, task, place in rows:
                shift = Shift.objects.create(
                    opportunity=offer,
                    date=offer.starts_on,
                    starts_at=datetime.time(start),
                    ends_at=datetime.time(end),
                    helpers_needed=needed,
                    task=task,
                    place_note=place,
                )
                for _ in range(taken):
                    name = next(helpers)
                    address = name.lower().replace(" ", ".").replace("ı", "i")
                    ShiftSignup.objects.create(
                        shift=shift,
                        name=name,
                        email=f"{address}@example.org",
                        consent_text=CONSENT,
                    )
                created += 1
    if created:
        log(f"Created {created} demo shifts")
