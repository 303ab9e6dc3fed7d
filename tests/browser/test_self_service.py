"""A club board runs its club from "Mein Bereich" on a phone: edits the profile, creates an
offer and submits both for review; and every self-service page passes axe in both languages
at both widths."""

from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import expect

from clubs.models import ClubPage, OpportunityPage
from tests.browser.helpers import log_in
from tests.browser.test_accessibility import violations_on

PHONE = {"width": 375, "height": 800}


def sports_club():
    return ClubPage.objects.get(
        representatives__user__username="verein.sport", locale__language_code="de"
    )


def test_a_representative_edits_the_profile_and_submits_an_offer_on_a_phone(page, demo):
    club = sports_club()
    page.set_viewport_size(PHONE)
    log_in(page, "verein.sport")

    page.locator(f'a[href="/mein-bereich/vereine/{club.pk}/"]').click()
    page.locator(f'a[href="/mein-bereich/vereine/{club.pk}/profil/"]').click()
    page.locator("#id_meeting_times").fill("Dienstags und donnerstags ab 18 Uhr")
    page.locator('button[name="action"][value="submit"]').click()
    page.wait_for_url(f"**/mein-bereich/vereine/{club.pk}/profil/")

    club.refresh_from_db()
    assert club.workflow_in_progress
    assert club.meeting_times != "Dienstags und donnerstags ab 18 Uhr"  # live until approved
    draft = club.get_latest_revision_as_object()
    assert draft.meeting_times == "Dienstags und donnerstags ab 18 Uhr"

    page.goto(f"/mein-bereich/vereine/{club.pk}/angebote/neu/")
    page.locator("#id_title").fill("Aufbau für den Flohmarkt")
    page.locator("#id_summary").fill("Wir bauen Tische und Stände auf.")
    page.locator("#id_description").fill(
        "Treffpunkt am Vereinsheim.\n\nBitte Handschuhe mitbringen."
    )
    date = timezone.localdate() + timedelta(days=20)
    page.locator("#id_starts_on").fill(date.isoformat())
    page.locator('button[name="action"][value="submit"]').click()
    page.wait_for_url("**/bearbeiten/")

    offer = OpportunityPage.objects.get(draft_title="Aufbau für den Flohmarkt")
    assert offer.get_parent().pk == club.pk
    assert not offer.live
    assert offer.workflow_in_progress
    assert page.locator(".self-service-state").is_visible()


def test_the_self_service_pages_have_no_wcag_aa_violations(page, demo):
    club = sports_club()
    offer = OpportunityPage.objects.child_of(club).first()
    log_in(page, "verein.sport")
    base = f"/mein-bereich/vereine/{club.pk}"
    paths = {}
    for prefix in ("", "/en"):
        paths.update(
            {
                f"{prefix} club overview": f"{prefix}{base}/",
                f"{prefix} profile form": f"{prefix}{base}/profil/",
                f"{prefix} offers": f"{prefix}{base}/angebote/",
                f"{prefix} new offer": f"{prefix}{base}/angebote/neu/",
                f"{prefix} offer form": f"{prefix}{base}/angebote/{offer.pk}/bearbeiten/",
                f"{prefix} end offer": f"{prefix}{base}/angebote/{offer.pk}/beenden/",
            }
        )

    failures = violations_on(page, paths)

    assert not failures, "\n\n".join(failures)


def test_refused_entries_are_announced_on_the_offer_form(page, demo):
    club = sports_club()
    page.set_viewport_size(PHONE)
    log_in(page, "verein.sport")

    page.goto(f"/mein-bereich/vereine/{club.pk}/angebote/neu/")
    page.locator('button[name="action"][value="save"]').click()

    expect(page.locator(".error-summary")).to_be_visible()
    assert page.locator("#id_title").get_attribute("aria-invalid") == "true"
    assert not OpportunityPage.objects.filter(draft_title="").exists()
