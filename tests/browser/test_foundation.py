"""The base every page stands on, checked in a real browser: keyboard, languages, small screens,
printing (the WCAG rules of axe on every page type: test_accessibility.py)."""

import pytest


@pytest.fixture
def demo_site(demo):
    """The demo content; the home page, legal pages and their English translations."""


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, demo_site):
    assert page.goto("/").ok

    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()
    assert skip_link.inner_text() == "Zum Inhalt springen"

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_language_switcher_leads_to_the_translated_page(page, demo_site):
    assert page.goto("/kontakt/").ok

    switcher = page.get_by_role("navigation", name="Sprache wählen")
    switcher.get_by_role("link", name="English").click()

    page.wait_for_url("**/en/kontakt/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Contact"


def test_small_screen_has_no_sideways_scrolling_and_a_working_menu(page, demo_site):
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.goto("/ueber-das-portal/").ok

    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    menu_button = page.get_by_role("button", name="Menü")
    menu = page.get_by_role("navigation", name="Hauptnavigation")
    assert menu_button.is_visible()
    assert not menu.get_by_role("link", name="Kontakt").is_visible()

    menu_button.click()

    assert menu_button.get_attribute("aria-expanded") == "true"
    menu.get_by_role("link", name="Kontakt").click()
    page.wait_for_url("**/kontakt/")


def test_print_shows_the_content_without_navigation(page, demo_site):
    assert page.goto("/ueber-das-portal/").ok
    menu = page.get_by_role("navigation", name="Hauptnavigation")
    assert menu.is_visible()

    page.emulate_media(media="print")

    assert not menu.is_visible()
    assert not page.get_by_role("search").first.is_visible()
    assert page.get_by_role("heading", level=1).is_visible()
    assert page.get_by_role("contentinfo").is_visible()
