"""Pages that go live only after a second person approved them, clicked through the Wagtail admin
in Chromium: an editor's news item reviewed in the workflow "Redaktion", and a club's profile
change approved by the coordinator of the club's region (and by nobody from another region).

The non-browser tests post the forms directly; these check that the German buttons, the "more
actions" menu of the editor and the dashboard's review list really lead a person there."""

import re

from playwright.sync_api import expect
from wagtail.models import Locale

from clubs.models import ClubPage
from home.models import NewsIndexPage, NewsPage
from tests.browser.helpers import log_in

NEWS_TITLE = "Neues Repair-Treffen im Dorfgemeinschaftshaus"
NEWS_TEASER = "Jeden ersten Samstag im Monat reparieren Freiwillige Toaster und Fahrräder."
OLD_SUMMARY = (
    "Fußball, Turnen, Tischtennis und Walking für alle Altersgruppen – der größte "
    "Sportverein im Amt Eiderheide."
)
NEW_SUMMARY = "Fußball, Turnen, Tischtennis, Walking und ab sofort auch Boule am Dorfteich."
CLUB = "TSV Grotenhusen von 1921 e. V."
AWAITING_REVIEW = "Ihre Überprüfung steht aus"


def submit_to_workflow(page, label):
    """The editor's submit action sits in the menu beside "Entwurf speichern"."""
    page.get_by_role("button", name="Mehr Aktionen").click()
    page.get_by_role("button", name=label).click()
    expect(page.get_by_text(re.compile("zur Moderation eingereicht")).first).to_be_visible()


def approve_on_dashboard(page, title):
    """Approve from the dashboard's "Ihre Überprüfung steht aus" list; the dashboard reloads."""
    page.goto("/admin/")
    row = page.get_by_role("region", name=AWAITING_REVIEW).get_by_role("row").filter(has_text=title)
    row.get_by_role("button", name="Aktionen").click()
    row.get_by_role("button", name="Freigeben", exact=True).click()
    row.wait_for(state="detached")


def test_an_editor_writes_news_a_reviewer_approves_it_and_it_is_live(page, demo):
    news_index = NewsIndexPage.objects.get(locale=Locale.get_default())

    log_in(page, "redaktion")
    page.goto(f"/admin/pages/{news_index.pk}/")
    page.get_by_role("link", name="Unterseite hinzufügen").click()
    page.get_by_role("textbox", name="Titel*", exact=True).fill(NEWS_TITLE)
    page.get_by_role("textbox", name="Anreißer*", exact=True).fill(NEWS_TEASER)
    submit_to_workflow(page, "In Redaktion einreichen")

    news = NewsPage.objects.get(title=NEWS_TITLE)
    assert not news.live
    page.context.clear_cookies()
    assert page.goto(news.url).status == 404
    page.goto("/neuigkeiten/")
    expect(page.get_by_role("heading", level=1)).to_have_text(news_index.title)
    expect(page.get_by_text(NEWS_TITLE)).to_have_count(0)

    log_in(page, "lektorat")
    approve_on_dashboard(page, NEWS_TITLE)

    page.context.clear_cookies()
    page.goto("/neuigkeiten/")
    page.get_by_role("link", name=NEWS_TITLE).click()
    page.wait_for_url(f"**{news.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(NEWS_TITLE)
    expect(page.get_by_text(NEWS_TEASER)).to_be_visible()


def test_a_club_edits_its_profile_and_the_regions_coordinator_approves_it(page, demo):
    club = ClubPage.objects.get(title=CLUB)
    assert [user.username for user in club.municipality.region.coordinators.all()] == [
        "koordination.nord"
    ]

    # Power users still reach the admin's editor from "Mein Bereich" (the plain form there is
    # the main way, tests/browser/test_self_service.py).
    log_in(page, "verein.sport")
    edit_profile = re.compile(f"In der Verwaltung bearbeiten.*{re.escape(CLUB)}")
    page.get_by_role("link", name=edit_profile).click()
    summary = page.get_by_role("textbox", name="Kurzbeschreibung*", exact=True)
    expect(summary).to_have_value(OLD_SUMMARY)
    summary.fill(NEW_SUMMARY)
    submit_to_workflow(page, "In Freigabe von Vereinsprofilen einreichen")

    page.context.clear_cookies()
    page.goto(club.url)
    expect(page.get_by_text(OLD_SUMMARY)).to_be_visible()
    expect(page.get_by_text(NEW_SUMMARY)).to_have_count(0)

    # The other region's coordinator has nothing to review and no way into the editor.
    log_in(page, "koordination.sued")
    expect(page.get_by_text("Mehmet Yılmaz").first).to_be_visible()
    expect(page.get_by_role("region", name=AWAITING_REVIEW).filter(has_text=CLUB)).to_have_count(0)
    page.goto(f"/admin/pages/{club.pk}/edit/")
    expect(page.get_by_text("Sie haben leider keinen Zugang zu diesem Bereich.")).to_be_visible()
    assert page.url.endswith("/admin/")

    log_in(page, "koordination.nord")
    approve_on_dashboard(page, CLUB)

    page.context.clear_cookies()
    page.goto(club.url)
    expect(page.get_by_text(NEW_SUMMARY)).to_be_visible()
    expect(page.get_by_text(OLD_SUMMARY)).to_have_count(0)
