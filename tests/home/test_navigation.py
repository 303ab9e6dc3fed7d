import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from home.fragment_cache import fragment_cache_version
from home.models import PortalSettings
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def menu_titles(html):
    return [link.get_text(strip=True) for link in html.select("#main-navigation a")]


@pytest.fixture
def about(home_page):
    return StandardPageFactory(
        parent=home_page, title="Über uns", slug="ueber-uns", show_in_menus=True
    )


def test_main_menu_lists_live_pages_marked_for_menus(client, home_page, about):
    StandardPageFactory(parent=home_page, title="Nicht im Menü", slug="versteckt")
    StandardPageFactory(
        parent=home_page, title="Entwurf", slug="entwurf", show_in_menus=True, live=False
    )

    html = soup(client.get("/"))

    assert menu_titles(html) == ["Startseite", "Über uns"]


def test_unpublished_page_leaves_the_cached_menu(client, about, django_capture_on_commit_callbacks):
    assert "Über uns" in menu_titles(soup(client.get("/")))

    with django_capture_on_commit_callbacks(execute=True):
        about.unpublish()

    assert "Über uns" not in menu_titles(soup(client.get("/")))


def test_renamed_page_appears_in_the_cached_menu_after_publishing(
    client, about, django_capture_on_commit_callbacks
):
    assert "Über uns" in menu_titles(soup(client.get("/")))

    about.title = "Wer wir sind"
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()

    assert "Wer wir sind" in menu_titles(soup(client.get("/")))


def test_cached_menu_changes_only_once_the_change_is_committed(
    client, about, django_capture_on_commit_callbacks
):
    client.get("/")
    version = fragment_cache_version()

    with django_capture_on_commit_callbacks() as on_commit:
        about.unpublish()
        # A request before the commit must not store the old menu under a new version.
        assert fragment_cache_version() == version

    for callback in on_commit:
        callback()
    assert fragment_cache_version() != version


def test_menu_and_footer_are_cached_per_language(client, home_page, about):
    """Without an English home page both languages fall back to the German one."""
    english_menu = menu_titles(soup(client.get("/en/suche/")))
    german_html = soup(client.get("/"))

    assert english_menu[0] == "Home"
    assert menu_titles(german_html)[0] == "Startseite"
    assert german_html.select_one(".site-footer h2").get_text(strip=True) == "Kontakt"


def test_menu_marks_the_current_section(client, home_page, about):
    StandardPageFactory(parent=about, title="Team", slug="team")

    on_section = soup(client.get("/ueber-uns/")).select_one("#main-navigation a[aria-current]")
    below_section = soup(client.get("/ueber-uns/team/")).select_one(
        "#main-navigation a[aria-current]"
    )
    on_home = soup(client.get("/")).select_one("#main-navigation a[aria-current]")

    assert (on_section.get_text(strip=True), on_section["aria-current"]) == ("Über uns", "page")
    assert (below_section.get_text(strip=True), below_section["aria-current"]) == (
        "Über uns",
        "true",
    )
    assert (on_home.get_text(strip=True), on_home["aria-current"]) == ("Startseite", "page")


def test_breadcrumbs_start_at_the_home_page_of_the_requested_site(client, settings, about):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "nord.example.org"]
    region = StandardPageFactory(parent=about, title="Region Nord", slug="nord")
    StandardPageFactory(parent=region, title="Vereine im Norden", slug="vereine")
    Site.objects.create(hostname="nord.example.org", root_page=region, site_name="Nord")

    crumbs = soup(client.get("/vereine/", HTTP_HOST="nord.example.org")).select(".breadcrumbs li")

    assert [crumb.get_text(strip=True) for crumb in crumbs] == ["Startseite", "Vereine im Norden"]


def test_breadcrumbs_show_the_path_from_home(client, about):
    StandardPageFactory(parent=about, title="Team", slug="team")

    crumbs = soup(client.get("/ueber-uns/team/")).select(".breadcrumbs li")

    assert [crumb.get_text(strip=True) for crumb in crumbs] == ["Startseite", "Über uns", "Team"]
    assert crumbs[-1].select_one("[aria-current=page]")


def test_language_switcher_leads_to_the_translated_page(client, about, english, english_home_page):
    translation = about.copy_for_translation(english)
    translation.title = "About us"
    translation.save_revision().publish()

    german = soup(client.get("/ueber-uns/"))
    english_link = german.select_one('.language-switcher a[hreflang="en"]')
    english_html = soup(client.get(english_link["href"]))

    assert english_link["href"] == "/en/ueber-uns/"
    assert english_link["lang"] == "en"
    assert english_html.select_one("h1").get_text(strip=True) == "About us"
    german_link = english_html.select_one('.language-switcher a[hreflang="de"]')
    assert german_link["href"] == "/ueber-uns/"
    assert english_html.select_one(".language-switcher a[aria-current]")["hreflang"] == "en"
    alternates = {link["hreflang"]: link["href"] for link in german.select('link[rel="alternate"]')}
    assert alternates == {
        "de": "http://testserver/ueber-uns/",
        "en": "http://testserver/en/ueber-uns/",
    }


def test_language_switcher_falls_back_to_the_home_page_without_translation(
    client, about, english_home_page
):
    html = soup(client.get("/ueber-uns/"))

    assert html.select_one('.language-switcher a[hreflang="en"]')["href"] == "/en/"
    assert not html.select('link[rel="alternate"][hreflang="en"]')


def test_language_switcher_on_views_outside_the_page_tree(client, english_home_page):
    html = soup(client.get("/suche/?q=Verein"))

    assert html.select_one('.language-switcher a[hreflang="en"]')["href"] == "/en/suche/?q=Verein"


def test_language_links_never_lead_to_another_site(client, english_home_page):
    # As sent in a raw request line ("GET //evil.example/suche/ HTTP/1.1").
    response = client.get("/", PATH_INFO="//evil.example/suche/")
    html = BeautifulSoup(response.content, "html.parser")

    links = [a["href"] for a in html.select(".language-switcher a")]
    alternates = [link["href"] for link in html.select('link[rel="alternate"]')]
    assert len(links) == 2
    assert all(href.startswith("/") and not href.startswith("//") for href in links)
    assert alternates
    assert all(href.startswith("http://testserver/") for href in alternates)


def test_footer_shows_organisation_and_localized_legal_pages(
    client, site, home_page, english, english_home_page
):
    imprint = StandardPageFactory(parent=home_page, title="Impressum", slug="impressum")
    translation = imprint.copy_for_translation(english)
    translation.title = "Legal notice"
    translation.save_revision().publish()
    portal = PortalSettings.for_site(site)
    portal.organisation_name = "Amt Musterland"
    portal.phone = "0123 4567"
    portal.imprint_page = imprint
    portal.save()

    german = soup(client.get("/")).select_one(".site-footer")
    english_footer = soup(client.get("/en/")).select_one(".site-footer")

    assert "Amt Musterland" in german.get_text()
    assert german.select_one('a[href="tel:01234567"]')
    assert [a.get_text(strip=True) for a in german.select("nav a")] == ["Impressum"]
    assert [(a.get_text(strip=True), a["href"]) for a in english_footer.select("nav a")] == [
        ("Legal notice", "/en/impressum/")
    ]


def test_skip_link_targets_the_main_content(client, home_page):
    html = soup(client.get("/"))

    skip = html.select_one("body > a.skip-link")
    assert skip["href"] == "#main"
    assert html.select_one("main#main")
