"""Issue 24 as a volunteer lives it, in Chromium from start to end: a citizen signs up for a
shift and a course without an account, asks for the link to "Mein Engagement" and finds both
there, subscribes to the calendar, saves a search from the finder and confirms it from the mail,
gets a digest with an offer published afterwards and a reminder the day before the shift, is
confirmed by the club after the shift, downloads the Engagementnachweis and checks it by its
code.

The clock moves with time_machine (the live server runs in this process, so it moves there
too); every mail is read from the outbox as the person would read it. Screenshots go to
var/screenshots/volunteer-journey/.
"""

import datetime
import io
import re
from pathlib import Path

import time_machine
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect
from pypdf import PdfReader

from clubs.models import ClubPage, OpportunityPage, ShiftSignup
from home.events.registration import with_availability
from home.models import EventPage
from tests.browser.helpers import axe_violations, log_in
from tests.browser.test_journey_club_self_service import link_in_mail

SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots" / "volunteer-journey"
CITIZEN = {"name": "Ayşe Yıldız", "email": "ayse.yildiz@example.org"}
NEW_OFFER = "Kinderschminken beim Sommerturnier"


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)


def mails_to(mailoutbox, address):
    return [mail for mail in mailoutbox if address in mail.to]


def sign_up_for_the_last_shift(page):
    page.goto("/engagement/?schichten=on&sortierung=naechster-termin")
    page.get_by_role("link", name="Helfende für das Sommerturnier").click()
    shifts = page.get_by_role("region", name="Schichten")
    shifts.get_by_role("link", name=re.compile("Für diese Schicht eintragen")).last.click()
    form = page.locator("form.shift-signup-form")
    form.get_by_label("Ihr Name").fill(CITIZEN["name"])
    form.get_by_label("Ihre E-Mail-Adresse").fill(CITIZEN["email"])
    form.get_by_role("checkbox", name=re.compile("Ich bin einverstanden")).check()
    form.get_by_role("button", name="Eintragen").click()
    expect(page.get_by_text(re.compile("Vielen Dank! Sie sind für die Schicht am"))).to_be_visible()
    return ShiftSignup.objects.select_related("shift__opportunity").get(email=CITIZEN["email"])


def register_for_a_course(page):
    """The first coming course with free places, through its page's form."""
    courses = with_availability(
        EventPage.objects.live()
        .filter(locale__language_code="de", registration_enabled=True)
        .upcoming()
        .with_listing_data()
    )
    course = next(event for event in courses if event.availability.state == "open")
    page.goto(course.url)
    section = page.locator("#anmeldung")
    section.get_by_label("Ihr Name").fill(CITIZEN["name"])
    section.get_by_label("Ihre E-Mail-Adresse").fill(CITIZEN["email"])
    section.get_by_role("checkbox", name=re.compile("Ich bin einverstanden")).check()
    section.get_by_role("button", name="Anmelden", exact=True).click()
    expect(page.get_by_text("Vielen Dank! Ihr Platz ist bestätigt.")).to_be_visible()
    return course


def open_my_engagement(page, mailoutbox):
    """Ask for the link as a person who has no account, and open it from the mail."""
    page.context.clear_cookies()
    page.goto("/mein-engagement/")
    page.get_by_label("E-Mail-Adresse").fill(CITIZEN["email"])
    page.get_by_role("button", name="Link anfordern").click()
    expect(page.get_by_text("Wenn es zu dieser Adresse etwas gibt")).to_be_visible()
    page.goto(link_in_mail(mailoutbox, CITIZEN["email"], "/mein-engagement/zugang/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Mein Engagement")


def subscribe_to_the_calendar(page):
    page.get_by_role("button", name="Kalender abonnieren").click()
    feed_url = page.get_by_label("Kalenderadresse").input_value()
    response = page.request.get(re.sub(r"^webcal://", "http://", feed_url))
    assert response.ok
    calendar = Calendar.from_ical(response.body())
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


def save_a_search(page, mailoutbox, category):
    page.goto(f"/engagement/?bereich={category.slug}")
    page.get_by_role("link", name="Neue Angebote per E-Mail").click()
    page.get_by_role("textbox", name="Ihre E-Mail-Adresse").fill(CITIZEN["email"])
    page.get_by_label("täglich").check()
    page.get_by_role("checkbox", name=re.compile("Ich bin einverstanden")).check()
    shot(page, "05-saved-search-form")
    page.get_by_role("button", name="Suchauftrag speichern").click()
    page.goto(
        link_in_mail(mailoutbox, CITIZEN["email"], "/mein-engagement/suchauftrag/bestaetigen/")
    )
    page.get_by_role("button", name="Suchauftrag bestätigen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ihr Suchauftrag ist aktiv")


def publish_a_new_offer(club, category, municipality):
    offer = OpportunityPage(
        title=NEW_OFFER,
        slug="kinderschminken-sommerturnier",
        summary="Wir suchen zwei Menschen, die Kinder schminken mögen.",
        commitment=OpportunityPage.Commitment.ONE_OFF,
        starts_on=timezone.localdate() + datetime.timedelta(days=20),
        municipality=municipality,
    )
    club.add_child(instance=offer)
    offer.categories.add(category)
    offer.save_revision().publish()
    return offer


def confirm_attendance_as_the_club(page, signup):
    club = signup.shift.opportunity.get_parent().specific
    log_in(page, "verein.sport")
    page.goto(f"/mein-bereich/vereine/{club.pk}/schichten/{signup.shift.pk}/anwesenheit/")
    expect(page.get_by_role("rowheader", name=CITIZEN["name"])).to_be_visible()
    shot(page, "07-club-attendance")
    page.get_by_role("button", name="Anwesenheit bestätigen").click()
    expect(page.get_by_role("status").first).to_be_visible()


def test_a_volunteer_keeps_in_touch_from_sign_up_to_certificate(page, demo, mailoutbox):
    signup = sign_up_for_the_last_shift(page)
    course = register_for_a_course(page)
    offer = signup.shift.opportunity

    open_my_engagement(page, mailoutbox)
    area = page.locator("main")
    expect(area).to_contain_text(offer.title)
    expect(area).to_contain_text(course.title)
    shot(page, "01-my-engagement")
    assert axe_violations(page) == ""

    summaries = subscribe_to_the_calendar(page)
    assert offer.title in " ".join(summaries)
    assert course.title in " ".join(summaries)

    category = offer.categories.first()
    save_a_search(page, mailoutbox, category)

    # An offer published afterwards reaches the person in the next morning's digest, once.
    club = offer.get_parent().specific
    publish_a_new_offer(club, category, offer.municipality)
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1), tick=True):
        call_command("send_saved_search_digests")
        call_command("send_saved_search_digests")
    digests = [mail for mail in mails_to(mailoutbox, CITIZEN["email"]) if NEW_OFFER in mail.body]
    assert len(digests) == 1
    assert "List-Unsubscribe" in digests[0].extra_headers

    # The day before the shift, one reminder with the link to cancel.
    shift = signup.shift
    shift_start = timezone.make_aware(datetime.datetime.combine(shift.date, shift.starts_at))
    with time_machine.travel(shift_start - datetime.timedelta(hours=20), tick=True):
        call_command("send_reminders")
        call_command("send_reminders")
    reminders = [
        mail
        for mail in mails_to(mailoutbox, CITIZEN["email"])
        if offer.title in mail.body and "/schichten/absagen/" in mail.body and mail not in digests
    ]
    assert len([mail for mail in reminders if mail.subject.startswith("Erinnerung")]) == 1

    # After the shift: the club confirms who came; the person sees the hours and certifies them.
    shift_end = timezone.make_aware(datetime.datetime.combine(shift.date, shift.ends_at))
    with time_machine.travel(shift_end + datetime.timedelta(hours=2), tick=True):
        confirm_attendance_as_the_club(page, signup)
        open_my_engagement(page, mailoutbox)
        hours = page.locator("#volunteer-hours-heading").locator("xpath=..")
        expect(hours).to_contain_text(club.title)
        page.get_by_role("button", name="Engagementnachweis erstellen").click()
        shot(page, "08-certificate-created")
        with page.expect_download() as download:
            page.get_by_role("link", name=re.compile("PDF herunterladen")).first.click()
        pdf = PdfReader(io.BytesIO(Path(download.value.path()).read_bytes()))
        text = "\n".join(pdf_page.extract_text() for pdf_page in pdf.pages)
        assert CITIZEN["name"] in text
        assert club.title in text
        code = re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", text).group()

        page.context.clear_cookies()
        page.goto("/nachweis/")
        page.get_by_label("Code eingeben").fill(code.lower().replace("-", " "))
        page.get_by_role("button", name="Nachweis prüfen").click()
        expect(page.get_by_text("Dieser Engagementnachweis ist echt.")).to_be_visible()
        expect(page.locator("main")).to_contain_text(CITIZEN["name"])
        shot(page, "09-certificate-verified")
    assert ClubPage.objects.filter(pk=club.pk).exists()
