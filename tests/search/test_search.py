import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_search_finds_live_pages_of_the_active_language(
    client, home_page, english, english_home_page
):
    page = StandardPageFactory(parent=home_page, title="Nachbarschaftshilfe im Dorf", slug="hilfe")
    translation = page.copy_for_translation(english)
    translation.title = "Neighbourly help in the village"
    translation.save_revision().publish()
    StandardPageFactory(
        parent=home_page, title="Nachbarschaftshilfe Entwurf", slug="entwurf", live=False
    )

    german = client.get("/suche/", {"q": "Nachbarschaftshilfe"}).content.decode()
    english_html = client.get("/en/suche/", {"q": "Neighbourly"}).content.decode()

    assert "Nachbarschaftshilfe im Dorf" in german
    assert "Entwurf" not in german
    assert "Neighbourly help in the village" in english_html
    assert "Nachbarschaftshilfe im Dorf" not in english_html


def test_search_results_are_not_indexed_or_cached(client, home_page):
    response = client.get("/suche/", {"q": "Verein"})

    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_empty_search_shows_the_form_without_results(client, home_page):
    response = client.get("/suche/")

    assert response.status_code == 200
    assert "search-results" not in response.content.decode()


def test_search_without_hits_suggests_what_to_do(client, home_page):
    html = client.get("/suche/", {"q": "Zzyzx"}).content.decode()

    assert "0 Ergebnisse" in html
    assert "empty-state" in html


def test_search_survives_odd_input(client, home_page):
    for query in ["'\"; DROP TABLE", "<script>alert(1)</script>", "ä" * 5000, "%00", "a OR b AND"]:
        response = client.get("/suche/", {"q": query, "page": "x"})
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.postgres
def test_german_stemming_finds_other_word_forms(client, home_page):
    StandardPageFactory(parent=home_page, title="Beratung für Vereine", slug="beratung")

    html = client.get("/suche/", {"q": "Verein"}).content.decode()

    assert "Beratung für Vereine" in html
