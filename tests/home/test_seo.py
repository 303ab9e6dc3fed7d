"""What search engines see: a sitemap with both languages, and a robots.txt."""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    tree = ElementTree.fromstring(response.content)  # noqa: S314 (our own response)
    return {loc.text for loc in tree.findall("s:url/s:loc", namespace)}


def test_sitemap_lists_the_pages_of_both_languages(client, home_page, english_home_page):
    about = StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    about_en = about.copy_for_translation(english_home_page.locale)
    about_en.title, about_en.slug = "About us", "about-us"
    about_en.save_revision().publish()

    locations = sitemap_locations(client)

    assert "http://localhost/ueber-uns/" in locations
    assert "http://localhost/en/about-us/" in locations
    assert "http://localhost/en/" in locations


def test_sitemap_leaves_out_drafts_private_and_unpublished_pages(client, home_page):
    public = StandardPageFactory(parent=home_page, slug="oeffentlich")
    draft = StandardPageFactory(parent=home_page, slug="entwurf", live=False)
    private = StandardPageFactory(parent=home_page, slug="intern")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    withdrawn = StandardPageFactory(parent=home_page, slug="zurueckgezogen")
    withdrawn.unpublish()

    locations = sitemap_locations(client)

    assert f"http://localhost{public.url}" in locations
    for page in (draft, private, withdrawn):
        assert not any(location.endswith(f"/{page.slug}/") for location in locations)


def test_scheduled_page_enters_the_sitemap_only_when_it_goes_live(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="bald", live=False)
    page.go_live_at = timezone.now() + timedelta(hours=1)
    page.save_revision().publish()

    assert "http://localhost/bald/" not in sitemap_locations(client)


def test_robots_txt_points_to_the_sitemap_and_keeps_personal_pages_out(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /mein-bereich/" in lines
    assert "Disallow: /en/mein-bereich/" in lines
    assert "Disallow: /en/suche/" in lines
    assert lines[-1] == "Sitemap: http://testserver/sitemap.xml"
