"""The Tauschbörse in a browser: a club board puts an entry in on a phone and pauses it, a
citizen answers a need for helpers, and the list, an entry's page and the club's forms pass axe
in both languages at both widths."""

from playwright.sync_api import expect

from clubs.exchange.models import ExchangeItem
from clubs.interests.models import Interest
from clubs.models import ClubPage
from tests.browser.helpers import log_in
from tests.browser.test_accessibility import violations_on

PHONE = {"width": 375, "height": 800}


def sports_club():
    return ClubPage.objects.get(
        representatives__user__username="verein.sport", locale__language_code="de"
    )


def test_a_club_board_offers_an_item_and_pauses_it_on_a_phone(page, demo):
    club = sports_club()
    page.set_viewport_size(PHONE)
    log_in(page, "verein.sport")

    page.goto(f"/mein-bereich/vereine/{club.pk}/tauschboerse/neu/")
    page.locator("#id_kind").select_option("equipment")
    page.locator("#id_title").fill("Zwei Tischtennisplatten")
    page.locator("#id_description").fill("Wetterfeste Platten mit Netz, auf Rollen.")
    page.locator("#id_conditions").select_option("free")
    page.locator("form.self-service-form button[type=submit]").click()
    page.wait_for_url(f"**/mein-bereich/vereine/{club.pk}/tauschboerse/")

    item = ExchangeItem.objects.get(title="Zwei Tischtennisplatten")
    assert item.club_id == club.pk
    page.goto("/tauschboerse/")
    expect(page.get_by_role("link", name="Zwei Tischtennisplatten")).to_be_visible()

    page.goto(f"/mein-bereich/vereine/{club.pk}/tauschboerse/")
    card = page.locator(f"#item-{item.pk}-heading").locator("xpath=ancestor::article")
    card.locator("form:has(input[name=action][value=pause]) button").click()
    expect(page.locator(".site-messages .kern-alert--success")).to_be_visible()
    expect(card.locator("form:has(input[name=action][value=resume]) button")).to_be_visible()
    item.refresh_from_db()
    assert item.state == ExchangeItem.State.PAUSED


def test_a_citizen_answers_a_need_for_helpers(page, demo):
    need = ExchangeItem.objects.current().filter(kind="helpers", direction="need").first()
    page.set_viewport_size(PHONE)

    page.goto(f"/tauschboerse/{need.pk}/")
    page.locator("#id_name").fill("Jana Beispiel")
    page.locator("#id_email").fill("jana.browser@example.org")
    page.locator("#id_consent").check()
    page.locator("form.interest-form button[type=submit]").click()

    expect(page.locator(".site-messages .kern-alert--success")).to_be_visible()
    expect(page.get_by_text("jana.browser@example.org")).to_have_count(0)
    assert Interest.objects.filter(exchange_item=need, email="jana.browser@example.org").exists()


def test_the_exchange_pages_have_no_wcag_aa_violations(page, demo):
    club = sports_club()
    offer = ExchangeItem.objects.current().filter(club=club, direction="offer").first()
    need = ExchangeItem.objects.current().filter(kind="helpers", direction="need").first()
    paths = {}
    for prefix in ("", "/en"):
        paths.update(
            {
                f"{prefix} list": f"{prefix}/tauschboerse/",
                f"{prefix} filtered list": f"{prefix}/tauschboerse/?richtung=gesuch&ort=Atlantis",
                f"{prefix} offer": f"{prefix}/tauschboerse/{offer.pk}/",
                f"{prefix} need with the form": f"{prefix}/tauschboerse/{need.pk}/",
            }
        )
    paths["club page"] = club.url
    public = violations_on(page, paths)

    log_in(page, "verein.sport")
    base = f"/mein-bereich/vereine/{club.pk}/tauschboerse"
    club_paths = {}
    for prefix in ("", "/en"):
        club_paths.update(
            {
                f"{prefix} club entries": f"{prefix}{base}/",
                f"{prefix} new entry": f"{prefix}{base}/neu/",
                f"{prefix} entry form": f"{prefix}{base}/{offer.pk}/bearbeiten/",
            }
        )
    mine = violations_on(page, club_paths)

    failures = public + mine
    assert not failures, "\n\n".join(failures)


def test_refused_entries_are_announced_on_the_entry_form(page, demo):
    club = sports_club()
    page.set_viewport_size(PHONE)
    log_in(page, "verein.sport")

    page.goto(f"/mein-bereich/vereine/{club.pk}/tauschboerse/neu/")
    page.locator("form.self-service-form button[type=submit]").click()

    expect(page.locator(".error-summary")).to_be_visible()
    assert page.locator("#id_title").get_attribute("aria-invalid") == "true"
