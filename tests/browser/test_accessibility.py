"""BITV 2.0 / WCAG 2.1 AA in a real browser: every page type of the portal against the A and AA
rules of axe, in German and English, at desktop width and at 375 px; and what axe cannot see:
keyboard use, visible focus and form errors that screen readers announce.

A screenshot of every page checked goes to var/screenshots/accessibility/ for a person to look
at.
"""

import re

import pytest
from django.apps import apps

from tests.browser.conftest import SCREENSHOTS
from tests.browser.helpers import axe_violations, log_in
from workflows.models import Request

PAGE_TYPES = (
    "home.HomePage",
    "home.StandardPage",
    "home.NewsIndexPage",
    "home.NewsPage",
    "home.EventIndexPage",
    "home.EventPage",  # with the registration form
    "clubs.ClubDirectoryPage",
    "clubs.ClubPage",
    "clubs.OpportunityFinderPage",
    "clubs.OpportunityPage",  # with the "Ich möchte helfen" form
    "clubs.SupportCallPage",  # with the pledge form
    "clubs.NetworkIndexPage",
    "clubs.NetworkPage",
    "clubs.ContactPointIndexPage",
    "clubs.ContactPointPage",
    "home.KnowledgeIndexPage",
    "home.ArticlePage",
    "home.HandbookPage",
    "home.HandbookChapterPage",
    "home.FormPage",
)
# The demo's handbook exists in German only.
GERMAN_ONLY = {"HandbookPage", "HandbookChapterPage"}
WIDTHS = (1280, 375)


def example_pages(language):
    """{name: path}: the first live page of each type in `language`, and the pages that are
    not pages of the tree (search, login, not found)."""
    prefix = "" if language == "de" else "/en"
    paths = {}
    for label in PAGE_TYPES:
        model = apps.get_model(label)
        example = (
            model.objects.live()
            .public()
            .filter(locale__language_code=language)
            .order_by("path")
            .first()
        )
        if example:
            paths[model.__name__] = example.url
    paths["search results"] = f"{prefix}/suche/?q=Verein"
    paths["search without results"] = f"{prefix}/suche/?q=Zzyzx"
    paths["login"] = f"{prefix}/konto/anmelden/"
    paths["not found"] = f"{prefix}/gibt-es-nicht/"
    return paths


def violations_on(page, paths):
    """Visit each path at each width; the axe reports of those with violations."""
    folder = SCREENSHOTS / "accessibility"
    folder.mkdir(parents=True, exist_ok=True)
    failures = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for name, path in paths.items():
            page.goto(path)
            slug = re.sub(r"[^\w]+", "-", path).strip("-") or "home"
            page.screenshot(path=folder / f"{slug}-{width}.png", full_page=True)
            report = axe_violations(page)
            if report:
                failures.append(f"{name} ({path}) at {width} px:\n{report}")
    return failures


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_public_page_type_has_no_wcag_aa_violations(page, demo, language):
    paths = example_pages(language)
    expected = {label.split(".")[1] for label in PAGE_TYPES}
    if language == "en":
        expected -= GERMAN_ONLY

    assert expected <= set(paths)
    failures = violations_on(page, paths)
    assert not failures, "\n\n".join(failures)


def test_pages_of_a_logged_in_club_have_no_wcag_aa_violations(page, demo):
    log_in(page, "verein.sport")
    own_request = Request.objects.filter(submitted_by__username="verein.sport").first()
    paths = {}
    for prefix in ("", "/en"):
        paths.update(
            {
                f"{prefix} Mein Bereich": f"{prefix}/mein-bereich/",
                f"{prefix} my requests": f"{prefix}/mein-bereich/antraege/",
                f"{prefix} funding form": f"{prefix}/mein-bereich/antraege/neu/foerderantrag/",
                f"{prefix} coaching form": f"{prefix}/mein-bereich/antraege/neu/coaching/",
                f"{prefix} help form": f"{prefix}/mein-bereich/antraege/neu/hilfe/",
                f"{prefix} request": f"{prefix}/mein-bereich/antraege/{own_request.pk}/",
            }
        )

    failures = violations_on(page, paths)

    assert not failures, "\n\n".join(failures)


def tab_to(page, target, presses=80):
    """Press Tab until `target` has the focus, as a keyboard user would; fail if it never
    does. Checks on the way that the focused control shows where it is."""
    handle = target.element_handle()
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("element => document.activeElement === element", handle):
            assert_focus_is_visible(page)
            return
    pytest.fail(f"{target} is not reachable with the Tab key")


def assert_focus_is_visible(page):
    outline, shadow = page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            return [style.outlineStyle + " " + style.outlineWidth, style.boxShadow];
        }"""
    )
    assert not outline.startswith("none") or shadow != "none", "focus is not visible"


def test_filters_work_with_the_keyboard_alone(page, demo):
    page.goto("/veranstaltungen/")
    kind = page.get_by_label("Art")
    tab_to(page, kind)
    page.keyboard.press("ArrowDown")
    chosen = kind.input_value()
    tab_to(page, page.get_by_role("button", name="Veranstaltungen anzeigen"))
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert f"art={chosen}" in page.url


def test_form_errors_are_announced_with_a_summary_and_tied_to_their_fields(page, demo):
    page.goto("/barrierefreiheit/barriere-melden/")
    tab_to(page, page.get_by_role("button", name="Absenden"))
    with page.expect_navigation():
        page.keyboard.press("Enter")

    summary = page.locator("[data-error-summary]")
    assert summary.get_attribute("role") == "alert"
    assert page.evaluate("() => document.activeElement.hasAttribute('data-error-summary')")
    field = page.get_by_label("Was ist Ihnen aufgefallen?")
    assert field.get_attribute("aria-invalid") == "true"
    described_by = field.get_attribute("aria-describedby").split()
    messages = " ".join(page.locator(f"#{name}").inner_text() for name in described_by)
    assert "Dieses Feld muss ausgefüllt werden." in messages
    summary.get_by_role("link", name=re.compile("Was ist Ihnen aufgefallen")).click()
    assert page.evaluate("() => document.activeElement.name") == field.get_attribute("name")


def test_cost_plan_rows_are_added_and_removed_with_the_keyboard(page, demo):
    log_in(page, "verein.sport")
    page.goto("/mein-bereich/antraege/neu/foerderantrag/")
    rows = page.locator("[data-cost-plan-rows] [data-cost-plan-row]:visible")
    before = rows.count()

    tab_to(page, page.get_by_role("button", name="Weitere Kostenposition"))
    page.keyboard.press("Enter")
    assert rows.count() == before + 1
    assert page.evaluate("() => document.activeElement.name") == f"costs-{before}-description"
    page.keyboard.type("Druckkosten")

    tab_to(page, page.get_by_role("button", name="Kostenposition entfernen").nth(before))
    page.keyboard.press("Space")
    assert rows.count() == before


WALK_THE_FOCUS = """() => {
    const element = document.activeElement;
    if (element === document.body) {
        return null;
    }
    if (element.dataset.tabbed) {
        // the parts of a date field keep the focus on one element; anything else is a loop
        return element.dataset.tabbed === "last" ? {visible: true, html: ""} : null;
    }
    document.querySelectorAll("[data-tabbed=last]").forEach(previous => {
        previous.dataset.tabbed = "yes";
    });
    element.dataset.tabbed = "last";
    const shows = style => (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
        || style.boxShadow !== "none";
    const visible = shows(getComputedStyle(element))
        || shows(getComputedStyle(element, "::after"));
    return {visible: visible, html: element.outerHTML.slice(0, 90)};
}"""
NOT_REACHED = """() => [...document.querySelectorAll(
    "a[href], button, input:not([type=hidden]), select, textarea, summary"
)].filter(element =>
    element.getClientRects().length && !element.disabled && element.tabIndex >= 0
    && getComputedStyle(element).visibility !== "hidden"
    && !element.dataset.tabbed
    && !(element.type === "radio" && document.querySelector(
        `input[type=radio][name="${element.name}"][data-tabbed]`))
).map(element => element.outerHTML.slice(0, 90))"""


def test_every_control_is_reached_by_tab_and_shows_the_focus(page, demo):
    from clubs.models import OpportunityPage
    from home.models import EventPage

    event = EventPage.objects.live().filter(locale__language_code="de").first()
    opportunity = OpportunityPage.objects.open().filter(locale__language_code="de").first()
    problems = []
    for path in ("/", "/engagement/", opportunity.url, event.url, "/konto/anmelden/"):
        page.goto(path)
        page.evaluate("() => document.activeElement.blur()")
        invisible = []
        for _ in range(400):
            page.keyboard.press("Tab")
            stop = page.evaluate(WALK_THE_FOCUS)
            if stop is None:
                break
            if not stop["visible"]:
                invisible.append(stop["html"])
        missed = page.evaluate(NOT_REACHED)
        if invisible or missed:
            problems.append(f"{path}: focus not visible on {invisible}, not reached: {missed}")

    assert not problems, "\n".join(problems)
