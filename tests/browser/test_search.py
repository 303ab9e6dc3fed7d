"""The search in a real browser: suggestions under the header's search box by keyboard, the
facets, and the WCAG 2.1 A/AA rules of axe on the results pages."""

from tests.browser.helpers import assert_accessible, found


def test_suggestions_are_chosen_with_the_keyboard(page, demo):
    page.goto("/")
    box = page.get_by_role("combobox", name="Im Portal suchen")
    box.focus()
    page.keyboard.type("Vereinsr")
    listbox = page.get_by_role("listbox", name="Vorschläge")
    listbox.wait_for()
    options = listbox.get_by_role("option")

    assert box.get_attribute("aria-expanded") == "true"
    assert "Vereinsrecht kompakt" in options.all_inner_texts()
    assert_accessible(page)

    page.keyboard.press("ArrowDown")
    first = options.first
    assert first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert listbox.is_hidden()

    page.keyboard.type("e")  # "Vereinsre": the list opens again
    listbox.wait_for()
    page.keyboard.press("ArrowDown")
    title = options.first.inner_text()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", level=1).inner_text() == title

    box = page.get_by_role("combobox", name="Im Portal suchen")
    box.fill("Förderung")
    with page.expect_navigation():
        box.press("Enter")  # no suggestion chosen: the form searches
    assert "/suche/?q=F%C3%B6rderung" in page.url
    assert page.locator(".search-promotions").get_by_role("link").count() == 2


def test_facets_narrow_the_results_and_every_results_page_is_accessible(page, demo):
    page.goto("/suche/?q=Verein")
    total = found(page)
    page.locator(".search-facets").get_by_role("link", name="Neuigkeiten").click()

    assert "typ=neuigkeiten" in page.url
    kinds = page.locator(".search-hit__kind").all_inner_texts()
    assert kinds
    assert set(kinds) == {"Neuigkeit"}
    assert 0 < found(page) < total

    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        for path in ("/suche/?q=F%C3%B6rderung", "/suche/?q=Zzyzx", "/en/suche/?q=club"):
            page.goto(path)
            assert_accessible(page)
