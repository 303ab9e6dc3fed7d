"""Browser tests: Debian's Chromium driven by Playwright against a live server.

Locally the tests skip when Chromium is missing; with `CI` set they fail instead, so a CI run can
never pass without them. Screenshots of every page a test visits go to var/screenshots/ for a
person to look at.
"""

import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(items):
    """Every browser test talks to a live server, so it needs real transactions; the rows that
    migrations created (the home page, the default site) are restored after each test."""
    for item in items:
        if "tests/browser/" in str(item.path):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


def keep_the_test_run_connections(original_connections):
    """Playwright's synchronous API leaves its event loop marked as running in this thread.

    Django then keeps database connections per async context and would open a second set,
    one that lacks the snapshot pytest-django restores migration data from (the home page,
    the default site) and, on PostgreSQL, stays open beside the first. The tests' ORM calls are
    synchronous and run in this one thread, so they keep using the connections the test run
    set up, and Django's guard against ORM calls inside an event loop is switched off.
    """
    for alias, connection in original_connections.items():
        connections[alias] = connection
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.fixture(scope="session")
def browser(django_db_setup):
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM} (install Debian's package 'chromium')"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    original_connections = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        keep_the_test_run_connections(original_connections)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, request):
    """A fresh browser tab at desktop size; `page.goto("/path")` is relative to the live server."""
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP, locale="de-DE")
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.nodeid.split("::", 1)[1])
    tab.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
    context.close()


@pytest.fixture
def demo(transactional_db):
    """The demo content, committed for the live server; the flush after each browser test
    removes it again, so the module-wide shared load of tests/conftest.py does not fit here."""
    from home.demo import load_demo_content

    load_demo_content(log=lambda message: None)
