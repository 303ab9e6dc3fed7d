"""The Content Security Policy forbids inline scripts, and neither the site nor the admin
needs any: nothing is refused, and the admin's widgets still start."""

import pytest
from playwright.sync_api import expect

from home.models import EventPage
from tests.browser.helpers import log_in


@pytest.fixture
def refusals(page):
    """What the browser refused under the policy, as its console reports it."""
    messages = []
    page.on(
        "console",
        lambda message: (
            messages.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return messages


def test_public_pages_run_under_the_policy_without_refusals(page, demo, refusals):
    for path in ["/", "/vereine/", "/veranstaltungen/", "/suche/?q=Verein"]:
        response = page.goto(path)
        assert "script-src 'self';" in response.headers["content-security-policy"]

    assert refusals == []


def test_admin_date_pickers_inline_panels_and_choosers_start_without_inline_scripts(
    page, demo, refusals
):
    event = EventPage.objects.filter(sessions__isnull=False).distinct().first()
    sessions_before = event.sessions.count()
    log_in(page, "admin")

    page.goto(f"/admin/pages/{event.pk}/edit/")
    page.locator("#id_sessions-ADD").click()
    new_start = page.locator(f"#id_sessions-{sessions_before}-start")
    new_start.click()
    expect(page.locator(".xdsoft_datetimepicker:visible").first).to_be_visible()
    page.keyboard.press("Escape")
    page.locator("button[data-chooser-action-choose]:visible").first.click()
    expect(page.locator(".modal-dialog")).to_be_visible()

    assert refusals == []
