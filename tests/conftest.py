import os

import pytest
from wagtail.models import Locale, Site

POSTGRES_REQUIRED = os.environ.get("PORTAL_REQUIRE_POSTGRES") == "1"


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` skip on SQLite, but never where CI asked for PostgreSQL."""
    database_url = os.environ.get("DATABASE_URL", "")
    on_postgres = database_url.startswith(("postgres://", "postgresql://"))
    if POSTGRES_REQUIRED and not on_postgres:
        raise pytest.UsageError("PORTAL_REQUIRE_POSTGRES=1 but DATABASE_URL is not PostgreSQL")
    if on_postgres:
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL=postgres://...)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Every test starts with an empty cache, so cached fragments never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(site):
    """The German home page that the migration creates."""
    return site.root_page.specific


@pytest.fixture
def english(db):
    locale, _ = Locale.objects.get_or_create(language_code="en")
    return locale


@pytest.fixture
def english_home_page(home_page, english):
    page = home_page.copy_for_translation(english)
    page.title = "Home"
    page.hero_heading = "Help where you live"
    page.save_revision().publish()
    return page


@pytest.fixture
def demo(db):
    from home.demo import load_demo_content

    load_demo_content(log=lambda message: None)
