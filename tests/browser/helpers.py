"""What the browser tests share: logging in like a person and the axe check."""

import re

from axe_playwright_python.sync_playwright import Axe

DEMO_PASSWORD = "engagement-demo"
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def log_in(page, username):
    """Log in on the site's form and wait until the portal has taken the visitor onwards."""
    page.context.clear_cookies()
    page.goto("/konto/anmelden/")
    page.get_by_label("E-Mail-Adresse oder Benutzername").fill(username)
    page.get_by_label("Passwort", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    page.wait_for_url(lambda url: "/konto/anmelden/" not in url)


def found(page):
    """The number of results that a listing's status line announces."""
    status = page.locator(".listing-page__results [role=status]").inner_text()
    return int(re.match(r"\d+", status.strip()).group())


def axe_violations(page):
    """The WCAG 2.0/2.1 A and AA violations on the page as a readable report, or ''."""
    results = Axe().run(page, options=WCAG_AA)
    return results.generate_report() if results.violations_count else ""


def assert_accessible(page):
    report = axe_violations(page)
    assert not report, f"{page.url}\n{report}"
