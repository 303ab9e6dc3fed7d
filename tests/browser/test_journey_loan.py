"""A loan between two demo clubs in the browser: the culture barn (verein.kultur) asks for the
sports club's marquee and writes a message, the sports club (verein.sport) accepts, both
calendars show the loan, and the sports club confirms the return. axe checks the loan pages in
German and English at 1280 and 375 px.

The journey runs on the English addresses, so that it finds buttons by their source texts
whatever the German catalogue says.
"""

from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import expect

from clubs.exchange.models import ExchangeItem, Loan
from clubs.profiles.models import ClubPage
from tests.browser.helpers import log_in
from tests.browser.test_accessibility import violations_on

MARQUEE = "Festzelt 6 x 12 m mit Garnituren"


def demo_club(slug):
    return ClubPage.objects.get(slug=slug, locale__language_code="de")


def test_two_demo_clubs_agree_on_a_loan_and_the_item_comes_back(page, demo, mailoutbox):
    sport, culture = demo_club("tsv-grotenhusen"), demo_club("kulturscheune-lindenau")
    marquee = ExchangeItem.objects.get(club=sport, title=MARQUEE)
    today = timezone.localdate()

    log_in(page, "verein.kultur")
    page.goto(f"/en/tauschboerse/{marquee.pk}/")
    page.get_by_role("link", name="Ask for it").click()
    page.get_by_label("From").fill(today.isoformat())
    page.get_by_label("Until").fill((today + timedelta(days=2)).isoformat())
    page.get_by_label("Message").fill("Wir brauchen das Zelt heute für das Hoffest.")
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_text("Your request has been sent")).to_be_visible()
    page.get_by_label("Your message").fill("Wir holen es mit dem Anhänger ab.")
    page.get_by_role("button", name="Send message").click()
    expect(page.get_by_text("Wir holen es mit dem Anhänger ab.")).to_be_visible()
    loan = Loan.objects.get(item=marquee, borrower=culture, starts_on=today)

    log_in(page, "verein.sport")
    page.goto(f"/en/mein-bereich/vereine/{sport.pk}/ausleihen/")
    page.locator(f"a[href$='/ausleihen/{loan.pk}/']").click()
    expect(page.get_by_text("Wir holen es mit dem Anhänger ab.")).to_be_visible()
    page.get_by_label("Accept the request").check()
    page.get_by_label("Message to the asking club").fill("Gern, Schlüssel liegt im Vereinsheim.")
    page.get_by_role("button", name="Send answer").click()
    expect(page.get_by_text("You have accepted the request.")).to_be_visible()
    page.goto(f"/en/mein-bereich/vereine/{sport.pk}/kalender/")
    expect(page.locator(".club-calendar__list").get_by_text(MARQUEE)).to_be_visible()
    expect(page.get_by_text(f"to {culture.title}")).to_be_visible()

    log_in(page, "verein.kultur")
    page.goto(f"/en/mein-bereich/vereine/{culture.pk}/kalender/")
    expect(page.get_by_text(f"from {sport.title}")).to_be_visible()
    page.goto(f"/en/mein-bereich/vereine/{culture.pk}/ausleihen/{loan.pk}/")
    expect(page.get_by_text("Gern, Schlüssel liegt im Vereinsheim.")).to_be_visible()

    log_in(page, "verein.sport")
    page.goto(f"/en/mein-bereich/vereine/{sport.pk}/ausleihen/{loan.pk}/")
    page.get_by_role("button", name="Confirm the return").click()
    expect(page.get_by_text("You have confirmed the return.")).to_be_visible()

    loan.refresh_from_db()
    assert loan.state == Loan.State.RETURNED
    subjects = [mail.subject for mail in mailoutbox]
    assert any(MARQUEE in subject for subject in subjects)
    assert len(mailoutbox) >= 4  # request, message, answer, return


def test_the_loan_pages_have_no_wcag_aa_violations(page, demo):
    sport, culture = demo_club("tsv-grotenhusen"), demo_club("kulturscheune-lindenau")
    in_progress = Loan.objects.get(item__club=culture, borrower=sport)
    open_request = Loan.objects.get(item__club=sport, borrower=culture)
    sound_system = in_progress.item

    log_in(page, "verein.sport")
    paths = {}
    for prefix in ("", "/en"):
        club = f"{prefix}/mein-bereich/vereine/{sport.pk}"
        paths.update(
            {
                f"{prefix} loans": f"{club}/ausleihen/",
                f"{prefix} borrowed loan": f"{club}/ausleihen/{in_progress.pk}/",
                f"{prefix} request to answer": f"{club}/ausleihen/{open_request.pk}/",
                f"{prefix} calendar": f"{club}/kalender/",
                f"{prefix} ask": f"{prefix}/mein-bereich/tauschboerse/{sound_system.pk}/anfragen/",
            }
        )

    failures = violations_on(page, paths)

    assert not failures, "\n\n".join(failures)
