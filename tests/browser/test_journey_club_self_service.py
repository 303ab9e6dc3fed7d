"""Issue 23 as the people do it, in Chromium from start to end: a new initiative applies, the
region's coordinator accepts it, the representative sets a password, completes the profile,
creates an offer with two shifts and submits both, the coordinator approves them, a citizen
signs up for a shift from a phone-sized window, and the club sees the sign-up and writes to its
helpers.

The steps save screenshots to var/screenshots/club-journey/; docs/clubs.md shows some of them
(docs/images/clubs/, copied from there after a run).
"""

import re
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from playwright.sync_api import expect

from clubs.models import ClubApplication, ClubPage, OpportunityPage, ShiftSignup
from tests.browser.helpers import DEMO_PASSWORD, log_in
from tests.browser.test_journeys_editorial import approve_on_dashboard

PHONE = {"width": 375, "height": 800}
SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots" / "club-journey"
INITIATIVE = "Dorfgarten-Initiative Grotenhusen"
CONTACT = "gaertnerin@example.org"
OFFER = "Beete anlegen beim Gartenfest"
VOLUNTEER = {"name": "Jonas Petersen", "email": "jonas.petersen@example.org"}


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)


def link_in_mail(mailoutbox, address, path_pattern):
    """The path of the one link to `path_pattern` in the newest mail to `address`."""
    mail = [message for message in mailoutbox if address in message.to][-1]
    match = re.search(rf"https?://[^/\s]+({path_pattern}\S*)", mail.body)
    assert match, mail.body
    return match.group(1)


def apply_as_initiative(page, mailoutbox):
    page.goto("/vereine/")
    page.get_by_role("link", name="Verein oder Initiative eintragen").first.click()
    page.fill("#id_name", INITIATIVE)
    page.locator("input[name=kind][value=initiative]").check()
    page.select_option("#id_municipality", label="Grotenhusen")
    page.fill("#id_summary", "Wir legen im Dorf Gemeinschaftsbeete an und ernten gemeinsam.")
    page.fill("#id_contact_name", "Frauke Gärtner")
    page.fill("#id_email", CONTACT)
    page.locator("#id_consent").check()
    shot(page, "01-application-form")
    page.locator("form.stacked-form button[type=submit]").click()
    page.wait_for_url("**/verein-eintragen/gesendet/")

    page.goto(link_in_mail(mailoutbox, CONTACT, "/verein-eintragen/bestaetigen/"))
    page.get_by_role("button", name="Eintrag bestätigen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Danke, Ihre Adresse ist bestätigt")
    assert ClubApplication.objects.get(name=INITIATIVE).status == "pending"


def accept_as_coordinator(page):
    log_in(page, "koordination.nord")
    page.goto("/admin/vereinseintraege/")
    page.get_by_role("link", name=INITIATIVE).click()
    accept = page.get_by_role("button", name="Eintrag annehmen")
    expect(accept).to_be_visible()
    shot(page, "02-coordinator-application")
    accept.click()
    expect(page.get_by_text("angenommen").first).to_be_visible()
    club = ClubPage.objects.get(title=INITIATIVE)
    assert not club.live
    return club


def set_password_from_invitation(page, mailoutbox, club):
    page.context.clear_cookies()
    page.goto(link_in_mail(mailoutbox, CONTACT, "/konto/einladung/"))
    page.get_by_label("Neues Passwort", exact=True).fill(DEMO_PASSWORD)
    page.get_by_label("Neues Passwort bestätigen").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Passwort speichern").click()
    page.wait_for_url(f"**/mein-bereich/vereine/{club.pk}/")
    shot(page, "03-club-overview")


def complete_profile_and_offer(page, club):
    page.get_by_role("link", name="Profil").first.click()
    page.fill("#id_description", "Jeden Samstag ab 10 Uhr im Pfarrgarten.\n\nGeräte sind da.")
    page.fill("#id_meeting_times", "Samstags ab 10 Uhr im Pfarrgarten")
    shot(page, "04-profile-form")
    page.locator('button[name="action"][value="submit"]').click()
    expect(page.locator(".self-service-state")).to_contain_text("In Prüfung")

    page.goto(f"/mein-bereich/vereine/{club.pk}/angebote/neu/")
    page.fill("#id_title", OFFER)
    page.fill("#id_summary", "Wir legen drei neue Hochbeete an und brauchen Hände.")
    day = timezone.localdate() + timedelta(days=14)
    page.fill("#id_starts_on", day.isoformat())
    shot(page, "05-offer-form")
    page.locator('button[name="action"][value="submit"]').click()
    page.wait_for_url("**/bearbeiten/")

    page.goto(f"/mein-bereich/vereine/{club.pk}/angebote/")
    page.get_by_role("link", name=re.compile(f"^Schichten.*{OFFER}")).click()
    for starts, ends, helpers, task in (
        ("10:00", "13:00", "2", "Aufbau"),
        ("13:00", "16:00", "3", "Pflanzen"),
    ):
        page.locator("[name=shift-date]").fill(day.isoformat())
        page.locator("[name=shift-starts_at]").fill(starts)
        page.locator("[name=shift-ends_at]").fill(ends)
        page.locator("[name=shift-helpers_needed]").fill(helpers)
        page.locator("[name=shift-task]").fill(task)
        page.get_by_role("button", name="Schicht hinzufügen").click()
        expect(page.get_by_role("heading", name=re.compile(f"· {task}$"))).to_be_visible()
    shot(page, "06-offer-shifts")
    offer = OpportunityPage.objects.get(draft_title=OFFER)
    assert offer.shifts.count() == 2
    assert not offer.live
    return offer


def sign_up_as_citizen_on_a_phone(browser, live_server, offer):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE, locale="de-DE")
    phone = context.new_page()
    phone.set_default_timeout(10_000)
    phone.goto(offer.url)
    expect(phone.get_by_text("noch 2 von 2 Plätzen frei")).to_be_visible()
    phone.get_by_role("link", name="Für diese Schicht eintragen").first.click()
    phone.fill("#id_name", VOLUNTEER["name"])
    phone.fill("#id_email", VOLUNTEER["email"])
    phone.get_by_role("checkbox", name=re.compile("Ich bin einverstanden")).check()
    shot(phone, "07-citizen-signup-phone")
    phone.get_by_role("button", name="Eintragen", exact=True).click()
    expect(phone.get_by_role("status").first).to_contain_text("eingetragen")
    context.close()


def test_an_initiative_joins_offers_shifts_and_a_citizen_takes_one(
    page, demo, browser, live_server, mailoutbox
):
    apply_as_initiative(page, mailoutbox)
    club = accept_as_coordinator(page)
    set_password_from_invitation(page, mailoutbox, club)
    offer = complete_profile_and_offer(page, club)

    log_in(page, "koordination.nord")
    approve_on_dashboard(page, INITIATIVE)
    approve_on_dashboard(page, OFFER)
    offer.refresh_from_db()
    assert ClubPage.objects.get(pk=club.pk).live
    assert offer.live

    sign_up_as_citizen_on_a_phone(browser, live_server, offer)
    signup = ShiftSignup.objects.get(email=VOLUNTEER["email"])
    assert signup.shift.task == "Aufbau"

    log_in(page, CONTACT)
    page.goto(f"/mein-bereich/vereine/{club.pk}/angebote/{offer.pk}/schichten/")
    expect(page.get_by_text(VOLUNTEER["name"]).first).to_be_visible()
    shot(page, "08-club-sees-signup")
    page.get_by_role("link", name="Nachricht an alle Helfenden dieses Angebots").click()
    page.locator("[name=subject]").fill("Treffpunkt am Pfarrgarten")
    page.locator("[name=text]").fill("Bitte bringen Sie Handschuhe mit. Danke!")
    mails_before = len(mailoutbox)
    page.get_by_role("button", name=re.compile("senden", re.IGNORECASE)).click()
    expect(page.get_by_role("status").first).to_contain_text("1")
    (message,) = mailoutbox[mails_before:]
    assert message.to == [VOLUNTEER["email"]]
    assert "Handschuhe" in message.body
