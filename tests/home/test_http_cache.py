"""HTTP caching: what a shared cache (Varnish) may keep, and the PURGE requests that drop pages
when editors publish, unpublish, move or restrict them."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def cache_control(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def news_page(news_index):
    return NewsPageFactory(parent=news_index, title="Dorffest", slug="dorffest")


class TestWhatSharedCachesMayKeep:
    def test_a_public_page_may_be_kept_by_shared_caches_but_not_by_browsers(
        self, client, news_page
    ):
        response = client.get(news_page.url)
        assert response.status_code == 200
        assert cache_control(response) == {"public", "max-age=0", "s-maxage=600"}

    @override_settings(SHARED_CACHE_SECONDS=60)
    def test_the_shared_lifetime_is_a_setting(self, client, news_index):
        assert "s-maxage=60" in cache_control(client.get(news_index.url))

    def test_a_logged_in_visitor_gets_private_pages(self, client, news_page):
        client.force_login(UserFactory())
        response = client.get(news_page.url)
        assert "private" in cache_control(response)
        assert "no-store" in cache_control(response)

    def test_a_page_with_a_form_is_private_because_of_its_csrf_token(self, client, home_page):
        event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page))
        response = client.get(event.url)
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()
        assert "private" in cache_control(response)
        assert "s-maxage=600" not in response["Cache-Control"]

    def test_the_login_page_and_the_applicant_area_are_private(self, client):
        assert "private" in cache_control(client.get(reverse("login")))
        client.force_login(UserFactory())
        assert "private" in cache_control(client.get(reverse("my_area")))

    def test_search_results_are_never_stored(self, client, news_page):
        assert "no-store" in cache_control(client.get(reverse("search") + "?q=Dorffest"))

    def test_a_waiting_message_makes_the_page_private(self, client, news_page):
        client.cookies["messages"] = "anything"
        assert "private" in cache_control(client.get(news_page.url))

    def test_a_members_only_page_is_never_shared(self, client, news_page):
        PageViewRestriction.objects.create(
            page=news_page, restriction_type=PageViewRestriction.LOGIN
        )
        anonymous = client.get(news_page.url)
        assert anonymous.status_code == 302
        assert "private" in cache_control(anonymous)
        client.force_login(UserFactory())
        assert "private" in cache_control(client.get(news_page.url))

    def test_a_missing_page_is_not_kept(self, client, home_page):
        response = client.get("/gibt-es-nicht/")
        assert response.status_code == 404
        assert "s-maxage=600" not in response["Cache-Control"]


class PurgeRecorder(BaseHTTPRequestHandler):
    """A stand-in for Varnish that notes every PURGE request it gets."""

    def do_PURGE(self):
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def varnish():
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    location = f"http://127.0.0.1:{server.server_address[1]}"
    backend = {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend"}
    with override_settings(WAGTAILFRONTENDCACHE={"varnish": backend | {"LOCATION": location}}):
        yield server
    server.shutdown()
    server.server_close()


def purged_paths(varnish):
    assert {host for host, _path in varnish.purged} == {"localhost"}
    paths = sorted(path for _host, path in varnish.purged)
    varnish.purged.clear()
    return paths


NEWS_LISTING = ["/", "/neuigkeiten/", "/neuigkeiten/feed/atom/", "/neuigkeiten/feed/rss/"]


class TestPurgingTheSharedCache:
    def test_publishing_purges_the_page_and_the_listings_above_it(
        self, varnish, news_page, django_capture_on_commit_callbacks
    ):
        varnish.purged.clear()
        news_page.title = "Dorffest verschoben"
        with django_capture_on_commit_callbacks(execute=True):
            news_page.save_revision().publish()
        assert purged_paths(varnish) == sorted([*NEWS_LISTING, "/neuigkeiten/dorffest/"])

    def test_nothing_is_purged_before_the_change_is_committed(
        self, varnish, news_page, django_capture_on_commit_callbacks
    ):
        varnish.purged.clear()
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            news_page.save_revision().publish()
        assert varnish.purged == []
        for callback in callbacks:
            callback()
        assert "/neuigkeiten/dorffest/" in purged_paths(varnish)

    def test_unpublishing_purges_the_page_and_the_pages_below_it(
        self, varnish, home_page, django_capture_on_commit_callbacks
    ):
        section = StandardPageFactory(parent=home_page, title="Mitmachen", slug="mitmachen")
        StandardPageFactory(parent=section, title="Ablauf", slug="ablauf")
        varnish.purged.clear()
        with django_capture_on_commit_callbacks(execute=True):
            section.unpublish()
        assert purged_paths(varnish) == ["/", "/mitmachen/", "/mitmachen/ablauf/"]

    def test_moving_purges_the_old_and_the_new_urls_and_both_listings(
        self, varnish, home_page, news_page, django_capture_on_commit_callbacks
    ):
        archive = StandardPageFactory(parent=home_page, title="Archiv", slug="archiv")
        varnish.purged.clear()
        with django_capture_on_commit_callbacks(execute=True):
            news_page.move(archive, pos="last-child")
        assert set(purged_paths(varnish)) == {
            *NEWS_LISTING,
            "/neuigkeiten/dorffest/",
            "/archiv/",
            "/archiv/dorffest/",
        }

    def test_making_a_page_private_purges_it_in_every_language(
        self, varnish, news_page, english_home_page, django_capture_on_commit_callbacks
    ):
        news_page.get_parent().specific.copy_for_translation(
            english_home_page.locale
        ).save_revision().publish()
        news_page.copy_for_translation(english_home_page.locale).save_revision().publish()
        varnish.purged.clear()
        with django_capture_on_commit_callbacks(execute=True):
            PageViewRestriction.objects.create(
                page=news_page, restriction_type=PageViewRestriction.LOGIN
            )
        paths = purged_paths(varnish)
        assert "/neuigkeiten/dorffest/" in paths
        assert "/en/neuigkeiten/dorffest/" in paths

    def test_publishing_an_event_purges_its_calendar_file_and_the_calendar_feed(
        self, varnish, home_page, django_capture_on_commit_callbacks
    ):
        event = EventPageFactory(
            parent=EventIndexPageFactory(parent=home_page), title="Erste Hilfe", slug="erste-hilfe"
        )
        varnish.purged.clear()
        with django_capture_on_commit_callbacks(execute=True):
            event.save_revision().publish()
        assert purged_paths(varnish) == [
            "/",
            "/veranstaltungen/",
            "/veranstaltungen/erste-hilfe/",
            "/veranstaltungen/erste-hilfe/kalender/",
            "/veranstaltungen/kalender/",
        ]
        assert (
            event.get_parent().specific.reverse_subpage(
                "event_calendar", kwargs={"event_slug": event.slug}
            )
            == "erste-hilfe/kalender/"
        )
