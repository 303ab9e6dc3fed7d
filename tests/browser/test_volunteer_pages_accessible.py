"""The pages of saved searches, hours and Engagementnachweise pass axe at 1280 and 375 px in
German and English: the citizen's pages opened by their mailed links, the public verification
and the club's pages in Mein Bereich (Mein Engagement itself: test_volunteer_area.py)."""

import datetime

from django.utils import timezone

from clubs.hours.certificates import issue, revoke
from clubs.hours.models import HoursRecord
from clubs.hours.recording import confirm_token as hours_confirm_token
from clubs.models import ClubPage, Shift, ShiftSignup
from clubs.saved_searches.models import SavedSearch
from clubs.saved_searches.tokens import confirm_token, manage_token
from tests.browser.helpers import log_in
from tests.browser.test_accessibility import violations_on

LANGUAGES = ("", "/en")


def both_languages(name, path):
    return {f"{prefix or '/de'} {name}": f"{prefix}{path}" for prefix in LANGUAGES}


def test_the_citizens_pages_of_saved_searches_and_certificates_are_accessible(page, demo):
    search = SavedSearch.objects.create(
        email="merle@example.org", query="bereich=sport", consent_text="ok"
    )
    club = ClubPage.objects.get(slug="tsv-grotenhusen", locale__language_code="de")
    waiting = HoursRecord.objects.filter(club=club, volunteer_confirmed_at__isnull=True).first()
    genuine = issue("anke.jessen@example.org", "Anke Jessen", None, "de")
    revoked = issue("anke.jessen@example.org", "Anke Jessen", timezone.localdate().year, "de")
    if revoked.pk == genuine.pk:  # all the demo's hours are of this year: same statement
        revoked = issue("anke.jessen@example.org", "Anke J.", None, "de")
    revoke(revoked.pk, None, "Die Stunden waren falsch eingetragen.")

    paths = {
        **both_languages("saved search form", "/mein-engagement/suchauftrag/neu/?bereich=sport"),
        **both_languages(
            "saved search confirmation",
            f"/mein-engagement/suchauftrag/bestaetigen/{confirm_token(search)}/",
        ),
        **both_languages(
            "saved search change", f"/mein-engagement/suchauftrag/{manage_token(search)}/"
        ),
        **both_languages(
            "unsubscribe", f"/mein-engagement/suchauftrag/{manage_token(search)}/abbestellen/"
        ),
        **both_languages(
            "hours confirmation",
            f"/mein-engagement/stunden/bestaetigen/{hours_confirm_token(waiting)}/",
        ),
        **both_languages("verification form", "/nachweis/"),
        **both_languages("genuine certificate", f"/nachweis/{genuine.code}/"),
        **both_languages("revoked certificate", f"/nachweis/{revoked.code}/"),
        **both_languages("unknown code", "/nachweis/AAAA-BBBB-CCCC/"),
    }
    failures = violations_on(page, paths)
    assert not failures, "\n\n".join(failures)


def test_the_clubs_pages_of_hours_are_accessible(page, demo):
    club = ClubPage.objects.get(slug="tsv-grotenhusen", locale__language_code="de")
    signup = ShiftSignup.objects.filter(shift__opportunity__in=club.get_children()).first()
    past = Shift.objects.create(
        opportunity=signup.shift.opportunity,
        date=timezone.localdate() - datetime.timedelta(days=2),
        starts_at=datetime.time(9),
        ends_at=datetime.time(12),
        helpers_needed=2,
        task="Aufräumen",
    )
    ShiftSignup.objects.create(
        shift=past, name="Ayşe Yıldız", email="ayse@example.org", consent_text="ok"
    )
    log_in(page, "verein.sport")
    base = f"/mein-bereich/vereine/{club.pk}"
    paths = {
        "attendance": f"{base}/schichten/{past.pk}/anwesenheit/",
        "hours": f"{base}/stunden/",
        "record hours": f"{base}/stunden/neu/",
    }
    failures = violations_on(page, paths)
    assert not failures, "\n\n".join(failures)
