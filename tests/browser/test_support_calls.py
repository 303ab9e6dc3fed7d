"""Support calls in Chromium: a club starts a call on a phone and submits it for review; axe
finds no WCAG 2.1 AA violation on the list, a call's page and the club's forms in Mein Bereich,
in German and English, at 1280 and 375 px."""

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from playwright.sync_api import expect

from clubs.demo.support_calls import ROOF
from clubs.models import ClubPage
from clubs.support_calls.models import SupportCallPage
from tests.browser.helpers import axe_violations, log_in
from tests.browser.test_accessibility import violations_on

PHONE = {"width": 375, "height": 800}
SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots" / "support-calls"
TITLE = "Flutlicht für den Trainingsplatz"


def sports_club():
    return ClubPage.objects.get(slug="tsv-grotenhusen", locale__language_code="de")


def test_a_club_starts_a_call_on_a_phone_and_submits_it(page, demo):
    club = sports_club()
    log_in(page, "verein.sport")
    page.set_viewport_size(PHONE)
    page.goto(f"/mein-bereich/vereine/{club.pk}/aufrufe/neu/")

    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "Im Winter trainieren die Kinder im Dunkeln.")
    page.fill("#id_story", "Wir brauchen zwei neue Strahler.\n\nDer Elektriker hilft uns.")
    ends_on = timezone.localdate() + timedelta(days=40)
    page.fill("#id_starts_on", timezone.localdate().isoformat())
    page.fill("#id_ends_on", ends_on.isoformat())
    page.fill("#id_goal_amount", "1.800")
    page.fill("#id_account_holder", "TSV Grotenhusen von 1921 e. V.")
    page.fill("#id_iban", "DE89 3704 0044 0532 0130 01")
    page.select_option("#id_needs-0-kind", "helpers")
    page.fill("#id_needs-0-label", "Helfende beim Aufstellen")
    page.fill("#id_needs-0-quantity", "4")
    page.locator("button[name=action][value=submit]").click()

    iban_error = page.locator("#id_iban_error")
    expect(iban_error).to_be_visible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "phone-iban-error.png", full_page=True)
    assert not SupportCallPage.objects.filter(draft_title=TITLE).exists()

    page.fill("#id_iban", "DE89 3704 0044 0532 0130 00")
    page.locator("button[name=action][value=submit]").click()

    expect(page.locator(".self-service-state")).to_be_visible()
    page.screenshot(path=SHOTS / "phone-submitted.png", full_page=True)
    call = SupportCallPage.objects.get(draft_title=TITLE)
    assert call.workflow_in_progress
    assert not call.live
    draft = call.get_latest_revision_as_object()
    assert draft.goal_amount == Decimal("1800")
    assert [need.label for need in draft.needs.all()] == ["Helfende beim Aufstellen"]


def test_support_call_pages_have_no_wcag_aa_violations(page, demo):
    club = sports_club()
    roof = SupportCallPage.objects.get(slug=ROOF, locale__language_code="de")
    english_roof = SupportCallPage.objects.get(slug=ROOF, locale__language_code="en")
    log_in(page, "verein.sport")
    paths = {}
    for prefix, call in (("", roof), ("/en", english_roof)):
        mine = f"{prefix}/mein-bereich/vereine/{club.pk}/aufrufe/"
        paths.update(
            {
                f"{prefix} list": f"{prefix}/unterstuetzen/",
                f"{prefix} list of ended calls": f"{prefix}/unterstuetzen/?stand=beendet",
                f"{prefix} list with errors": f"{prefix}/unterstuetzen/?ort=Atlantis&umkreis=10",
                f"{prefix} call page": call.url,
                f"{prefix} club's calls": mine,
                f"{prefix} new call": f"{mine}neu/",
                f"{prefix} edit a live call": f"{mine}{roof.pk}/bearbeiten/",
            }
        )

    failures = violations_on(page, paths)

    assert not failures, "\n\n".join(failures)


def test_the_form_with_errors_has_no_wcag_aa_violations(page, demo):
    club = sports_club()
    log_in(page, "verein.sport")
    for prefix in ("", "/en"):
        page.set_viewport_size(PHONE)
        page.goto(f"{prefix}/mein-bereich/vereine/{club.pk}/aufrufe/neu/")
        page.fill("#id_iban", "DE00 1234")
        page.fill("#id_needs-0-label", "Zement")
        page.locator("button[name=action][value=save]").click()
        expect(page.locator(".error-summary")).to_be_visible()
        assert not axe_violations(page), page.url
