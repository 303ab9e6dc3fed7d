import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Site

POSTGRES_REQUIRED = os.environ.get("PORTAL_REQUIRE_POSTGRES") == "1"


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` skip on SQLite, but never where CI asked for PostgreSQL."""
    database_url = os.environ.get("DATABASE_URL", "")
    on_postgres = database_url.startswith(("postgres://", "postgresql://"))
    if POSTGRES_REQUIRED and not on_postgres:
        raise pytest.UsageError("PORTAL_REQUIRE_POSTGRES=1 but DATABASE_URL is not PostgreSQL")
    _run_demo_tests_last_in_their_module(items)
    if on_postgres:
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL=postgres://...)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


def _run_demo_tests_last_in_their_module(items):
    """The demo stays loaded from the first test of a module that asks for it until the module
    ends (see `_demo_of_the_module`), so the other tests of that module run before it.

    Each module's tests only swap places among themselves: the order pytest-django gave (tests
    with real transactions last, as they empty the database) stays as it is.
    """
    positions = {}
    for position, item in enumerate(items):
        positions.setdefault(item.module.__name__, []).append(position)
    for module_positions in positions.values():
        module_items = [items[position] for position in module_positions]
        module_items.sort(key=lambda item: "_demo_of_the_module" in item.fixturenames)
        for position, item in zip(module_positions, module_items, strict=True):
            items[position] = item


@pytest.fixture(autouse=True)
def _empty_private_media():
    """Request ids repeat from test to test, so files one test uploaded must not be found in the
    folder of another test's request. Each xdist worker has its own temporary folder."""
    yield
    for entry in Path(settings.PRIVATE_MEDIA_ROOT).iterdir():
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink()


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the site's default language: a request to an /en/ address leaves
    English active in the test's thread (LocaleMiddleware activates it), and an address a
    later test reverses would then carry the prefix."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


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


@pytest.fixture(scope="module")
def _demo_of_the_module(django_db_setup, django_db_blocker):
    """The demo content, loaded once for all tests of a module inside a transaction that is
    rolled back when the module is done.

    Loading takes half a minute; each test still runs in its own savepoint (the `db` fixture
    nests inside this transaction), so what one test changes never reaches the next.
    """
    from home.demo import load_demo_content

    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        try:
            load_demo_content(log=lambda message: None)
            yield
        finally:
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)


@pytest.fixture
def demo(_demo_of_the_module, db):
    """The demo installation (see `_demo_of_the_module`)."""
