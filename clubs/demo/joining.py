"""Demo content of joining: one application of a new initiative in the Amt Eiderheide, with
its address confirmed, waiting for the coordinator "koordination.nord" to decide."""

from django.utils import timezone

from clubs.demo.taxonomy import NORTH
from clubs.joining.models import ClubApplication
from clubs.profiles.models import ClubPage
from home.models import Category, Municipality

NAME = "Dorfladen-Initiative Norderbrook"


def load_joining(log):
    """Idempotent: the application is found by its name and left as it is."""
    if ClubApplication.objects.filter(name=NAME).exists():
        return
    municipality = Municipality.objects.filter(slug="norderbrook", region__slug=NORTH).first()
    if municipality is None:
        log("Joining demo skipped: the village Norderbrook is missing.")
        return
    application = ClubApplication.objects.create(
        name=NAME,
        kind=ClubPage.Kind.INITIATIVE,
        municipality=municipality,
        summary=(
            "Wir wollen im alten Kaufmannsladen einen Dorfladen mit Café gründen, den "
            "Ehrenamtliche betreiben."
        ),
        contact_name="Frauke Jessen",
        contact_email="frauke.jessen@example.org",
        consent_text="Ich bin einverstanden, dass meine Angaben gespeichert werden.",
        language="de",
        status=ClubApplication.Status.PENDING,
        email_confirmed_at=timezone.now(),
    )
    application.categories.set(Category.objects.filter(locale__language_code="de", slug="soziales"))
    log(f"Club application waiting for a decision: {NAME}")
