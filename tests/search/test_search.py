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
    for query in ["'\"; DROP TABLE", "<script>alert(1)</script>", "ä" * 5000, "\x00", "a OR b AND"]:
        response = client.get("/suche/", {"q": query, "page": "x"})
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Verein", "Beratung für Vereine", True),
        ("Vereine", "Hilfe für jeden Verein", True),
        ("Vereinen", "Der Vereinsvorstand lädt ein", True),
        ("Förderung", "Fördermittel für das Dorf", True),
        ("Förderungen", "Wir fördern die Förderung des Ehrenamts", True),
        ("Kurse", "Ein Kurs für Kassenwarte", True),
        ("Förderung", "Feuerwehrfest am Samstag", False),
        ("Verein", "Vorstand und Kasse", False),
    ],
)
def test_german_stemming_finds_other_word_forms(client, home_page, query, text, found):
    StandardPageFactory(parent=home_page, title="Aushang", slug="aushang", intro=text)

    html = client.get("/suche/", {"q": query}).content.decode()

    assert ("Aushang" in html) is found


@pytest.mark.postgres
def test_postgres_uses_the_german_search_configuration():
    from wagtail.search.backends import get_search_backend

    from search.backends.postgres import GermanPostgresSearchBackend

    backend = get_search_backend()

    assert isinstance(backend, GermanPostgresSearchBackend)
    assert backend.config == "german"


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Vereine", "Verein"),
        ("Vereinen", "Verein"),
        ("Förderung", "Förder"),
        ("Förderungen", "Förder"),
        ("Kinder", "Kind"),
        ("Kurs", "Kurs"),
        ("Sport", "Sport"),
        ("Feste", "Fest"),
        ("Verein", "Verein"),
        ("Termin", "Termin"),
        ("Vereins", "Verein"),
    ],
)
def test_light_stem_cuts_german_endings_for_sqlite(word, stem):
    from search.backends import light_stem

    assert light_stem(word) == stem


def test_word_forms_are_found_on_every_database(client, home_page):
    StandardPageFactory(
        parent=home_page, title="Aushang", slug="aushang", intro="Fördermittel für Vereine"
    )

    for query in ("Verein", "Vereine", "Förderung", "fördermittel"):
        assert "Aushang" in client.get("/suche/", {"q": query}).content.decode(), query
