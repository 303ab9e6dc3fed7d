"""Two journeys of people without an account, in Chromium: a citizen finds an opportunity by
village and offers help, and the club's representative reads the message in "Mein Bereich"; a
full course puts the next person on its waiting list and moves them up when somebody cancels
with the link from their confirmation email.

The unit tests check each step on its own. These check that the steps meet: the filter form's
address, the redirects with their messages, the cancellation link as the email prints it, and the
login that leads to the messages, seen the way a person sees them.
"""

import re

from playwright.sync_api import expect

from clubs.models import Interest
from home.models import EventPage, Registration
from tests.browser.helpers import found, log_in

VOLUNTEER = {
    "name": "Maren Hansen",
    "email": "maren.hansen@example.org",
    "message": "Ich kann am Turniertag vormittags am Grill helfen.",
}
FIRST = {"name": "Anna Jessen", "email": "anna.jessen@example.org"}
SECOND = {"name": "Bernd Thomsen", "email": "bernd.thomsen@example.org"}
COURSE = "Workshop: Social Media für Vereine"
CANCEL_LINK = re.compile(r"https?://\S+/abmelden/\?token=\S+")


def mails_to(outbox, address):
    return [mail for mail in outbox if address in mail.to]


def test_a_citizen_offers_help_and_the_club_sees_it(page, demo, mailoutbox):
    page.goto("/engagement/")
    everywhere = found(page)
    page.get_by_label("Ort oder Postleitzahl").fill("Grotenhusen")
    page.get_by_role("button", name="Angebote anzeigen").click()
    page.wait_for_url("**/engagement/?*ort=Grotenhusen*")

    cards = page.locator(".result-card")
    assert 0 < found(page) < everywhere
    assert cards.count() == found(page)
    assert all("Grotenhusen" in text for text in cards.all_inner_texts())
    page.get_by_role("link", name="Helfende für das Sommerturnier").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Helfende für das Sommerturnier")

    form = page.get_by_role("region", name="Ich möchte helfen")
    form.get_by_label("Ihr Name").fill(VOLUNTEER["name"])
    form.get_by_label("Ihre E-Mail-Adresse").fill(VOLUNTEER["email"])
    form.get_by_label("Ihre Nachricht").fill(VOLUNTEER["message"])
    form.get_by_role("checkbox", name=re.compile("Ich bin einverstanden")).check()
    form.get_by_role("button", name="Nachricht senden").click()

    expect(
        page.get_by_text(
            "Vielen Dank! Wir haben Ihre Nachricht an TSV Grotenhusen von 1921 e. V. weitergegeben"
        )
    ).to_be_visible()
    interest = Interest.objects.select_related("club", "opportunity").get(email=VOLUNTEER["email"])
    assert (interest.name, interest.message) == (VOLUNTEER["name"], VOLUNTEER["message"])
    assert (interest.club.slug, interest.opportunity.slug) == (
        "tsv-grotenhusen",
        "helfende-sommerturnier",
    )
    assert "TSV Grotenhusen von 1921 e. V." in interest.consent_text
    assert interest.handled_at is None
    (notification,) = mails_to(mailoutbox, "verein.sport@example.org")
    assert notification.reply_to == [VOLUNTEER["email"]]
    assert len(mails_to(mailoutbox, VOLUNTEER["email"])) == 1

    log_in(page, "verein.sport")
    card = page.get_by_role("article", name=VOLUNTEER["name"])
    expect(card).to_contain_text(VOLUNTEER["message"])
    expect(card).to_contain_text(VOLUNTEER["email"])
    expect(card.get_by_role("link", name="Helfende für das Sommerturnier")).to_be_visible()
    expect(card.get_by_role("button", name="Als erledigt markieren")).to_be_visible()


def register(page, person, button):
    """A person without an account finds the course among the workshops and registers."""
    page.context.clear_cookies()
    page.goto("/veranstaltungen/")
    page.get_by_label("Art", exact=True).select_option(label="Workshop")
    page.get_by_role("button", name="Veranstaltungen anzeigen").click()
    page.wait_for_url("**/veranstaltungen/?*art=workshop*")
    page.get_by_role("link", name=COURSE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE)

    section = page.locator("#anmeldung")
    section.get_by_label("Ihr Name").fill(person["name"])
    section.get_by_label("Ihre E-Mail-Adresse").fill(person["email"])
    section.get_by_role("checkbox", name=re.compile("Ich bin einverstanden")).check()
    section.get_by_role("button", name=button, exact=True).click()


def test_a_full_course_puts_the_next_person_on_the_waiting_list_and_a_cancellation_moves_them_up(
    page, demo, mailoutbox
):
    course = EventPage.objects.get(slug="workshop-social-media", locale__language_code="de")
    taken = course.registrations.filter(status=Registration.Status.CONFIRMED).count()
    EventPage.objects.filter(pk=course.pk).update(capacity=taken + 1, waiting_list_enabled=True)

    register(page, FIRST, "Anmelden")
    expect(
        page.get_by_text("Vielen Dank! Ihr Platz ist bestätigt. Wir haben Ihnen eine E-Mail")
    ).to_be_visible()
    first = Registration.objects.get(email=FIRST["email"])
    assert (first.event_id, first.status) == (course.pk, Registration.Status.CONFIRMED)

    register(page, SECOND, "Auf die Warteliste setzen")
    expect(
        page.get_by_text("Alle Plätze sind vergeben: Sie stehen auf Platz 1 der Warteliste.")
    ).to_be_visible()
    second = Registration.objects.get(email=SECOND["email"])
    assert (second.status, second.confirmed_at) == (Registration.Status.WAITING, None)
    (waiting_mail,) = mails_to(mailoutbox, SECOND["email"])
    assert waiting_mail.subject == f"Warteliste: {COURSE}"

    (confirmation,) = mails_to(mailoutbox, FIRST["email"])
    assert confirmation.subject == f"Ihre Anmeldung: {COURSE}"
    page.context.clear_cookies()
    page.goto(CANCEL_LINK.search(confirmation.body).group())
    expect(page.get_by_text(f"Möchten Sie die Anmeldung von {FIRST['name']}")).to_be_visible()
    first.refresh_from_db()
    assert first.status == Registration.Status.CONFIRMED
    page.get_by_role("button", name="Ja, Anmeldung stornieren").click()
    expect(page.get_by_text("Ihre Anmeldung ist storniert.")).to_be_visible()

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Registration.Status.CANCELLED
    assert second.status == Registration.Status.CONFIRMED
    assert second.confirmed_at is not None
    confirmed = course.registrations.filter(status=Registration.Status.CONFIRMED)
    assert confirmed.count() == taken + 1
    moved_up = mails_to(mailoutbox, SECOND["email"])[-1]
    assert moved_up.subject == f"Ein Platz ist frei geworden: {COURSE}"
    assert CANCEL_LINK.search(moved_up.body)
    assert len(mails_to(mailoutbox, FIRST["email"])) == 2
