"""What citizens see of support calls: the call's page, the list /unterstuetzen/ with its
filters, and the home page's section; each list in a fixed number of queries."""

from datetime import timedelta
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from clubs.support_calls.models import Pledge, SupportCallUpdate
from tests.clubs.support_calls_world import TODAY, published_call
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db

LIST = "/en/unterstuetzen/"
YESTERDAY = TODAY - timedelta(days=1)


@pytest.fixture(autouse=True)
def _german_addresses():
    with translation.override("de"):
        yield


@pytest.fixture
def club(club_in, villages):
    return club_in(villages["lindau"], title="TSV Lindau")


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [card.h3.get_text(strip=True) for card in soup_of(response).select(".support-call-card")]


# The page of a call


def test_the_page_shows_the_call_and_how_money_reaches_the_club(client, club):
    call = published_call(club, bic="GENODEF1S10", donation_url="https://spenden.example.org/x")

    soup = soup_of(client.get("/en" + call.url))

    assert soup.h1.get_text(strip=True) == "Neues Dach"
    club_link = soup.find("a", string="TSV Lindau")
    assert club_link["href"] == "/en" + club.url or club_link["href"] == club.url
    text = soup.get_text(" ", strip=True)
    assert "Lindau" in text
    assert "DE02 1203 0000 0000 2020 51" in text
    assert "Sportverein Nord e.V." in text
    assert "GENODEF1S10" in text
    assert "No money flows through this portal" in text
    assert f"running until {call.ends_on:%m/%d/%Y}" in text
    donation = soup.find("a", href="https://spenden.example.org/x")
    assert set(donation["rel"]) == {"noopener", "external"}
    assert "external website" in donation.get_text()


def test_updates_show_newest_first(client, club):
    call = published_call(club)
    for text in ("Erstens", "Zweitens"):
        SupportCallUpdate.objects.create(call=call, text=text)

    soup = soup_of(client.get("/en" + call.url))

    updates = [item.find_all("p")[1].get_text() for item in soup.select(".support-call-updates li")]
    assert updates == ["Zweitens", "Erstens"]


def test_the_call_ends_by_itself_after_its_last_day(client, club):
    call = published_call(
        club, starts_on=TODAY - timedelta(days=30), ends_on=TODAY - timedelta(days=1)
    )
    SupportCallUpdate.objects.create(call=call, text="Das Dach ist dicht. Danke!", closing=True)

    soup = soup_of(client.get("/en" + call.url))

    text = soup.get_text(" ", strip=True)
    assert f"ended on {call.ends_on:%m/%d/%Y}" in text
    assert "Das Dach ist dicht. Danke!" in soup.select_one(".support-call-closing").get_text()
    assert "DE02 1203" not in text
    assert call.has_ended()


def test_a_call_without_money_shows_no_bank_section(client, club):
    call = published_call(
        club,
        goal_amount=None,
        account_holder="",
        iban="",
        needs=[("helpers", "Helfende", 5)],
    )

    soup = soup_of(client.get("/en" + call.url))

    assert soup.select_one(".support-call-money") is None


# The list


def test_the_list_shows_running_calls_by_default_with_a_count(client, club):
    published_call(club, title="Läuft")
    published_call(club, title="Vorbei", starts_on=TODAY - timedelta(10), ends_on=YESTERDAY)

    response = client.get(LIST)

    assert titles(response) == ["Läuft"]
    assert "1 support call found" in soup_of(response).get_text()
    assert titles(client.get(LIST + "?stand=beendet")) == ["Vorbei"]


def test_the_list_filters_by_what_is_needed(client, club):
    published_call(club, title="Geld")
    published_call(
        club,
        title="Hände",
        goal_amount=None,
        iban="",
        account_holder="",
        needs=[("helpers", "Helfende", 4)],
    )
    published_call(
        club,
        title="Zement",
        goal_amount=None,
        iban="",
        account_holder="",
        needs=[("material", "Zement", 4)],
    )

    assert titles(client.get(LIST + "?bedarf=geld")) == ["Geld"]
    assert titles(client.get(LIST + "?bedarf=helfende")) == ["Hände"]
    assert sorted(titles(client.get(LIST + "?bedarf=material&bedarf=geld"))) == ["Geld", "Zement"]


def test_the_list_filters_by_place_and_radius(client, club_in, villages):
    published_call(club_in(villages["lindau"]), title="Lindau")
    published_call(club_in(villages["weitdorf"]), title="Weitdorf")
    published_call(club_in(villages["fernort"]), title="Fernort")

    assert titles(client.get(LIST + "?ort=lindau")) == ["Lindau"]
    assert titles(client.get(LIST + "?ort=lindau&umkreis=25")) == ["Lindau", "Weitdorf"]


def test_junk_filters_get_messages_not_errors(client, club):
    published_call(club)

    for query in ("?ort=Atlantis", "?umkreis=99", "?stand=irgendwas", "?bedarf=alles", "?page=x"):
        response = client.get(LIST + query)
        assert response.status_code == 200


def test_an_empty_list_says_what_to_do(client, db, home_page):
    soup = soup_of(client.get(LIST))

    assert "No support call matches these filters." in soup.select_one(".empty-state").get_text()


def test_the_list_pages_through_many_calls(client, club):
    for number in range(12):
        published_call(club, title=f"Aufruf {number:02d}", ends_on=TODAY + timedelta(days=number))

    first, second = titles(client.get(LIST)), titles(client.get(LIST + "?page=2"))

    assert len(first) == 10
    assert second == ["Aufruf 10", "Aufruf 11"]


def test_drafts_and_private_calls_stay_off_the_list(client, club):
    call = published_call(club, title="Zurückgezogen")
    call.unpublish()

    assert titles(client.get(LIST)) == []


def test_the_english_list_shows_the_english_pages(client, club, english):
    call = published_call(club, title="Neues Dach")
    translation_page = call.copy_for_translation(english, copy_parents=True)
    translation_page.title = "A new roof"
    translation_page.save_revision().publish()

    assert titles(client.get(LIST)) == ["A new roof"]
    assert titles(client.get("/unterstuetzen/")) == ["Neues Dach"]


def test_the_english_page_shows_the_bank_account_the_review_approved_last(client, club, english):
    call = published_call(club, title="Neues Dach", iban="DE89370400440532013000")
    translation_page = call.copy_for_translation(english, copy_parents=True)
    translation_page.title = "A new roof"
    translation_page.save_revision().publish()
    call.iban = "DE02120300000000202051"
    call.save_revision().publish()

    english_page = client.get(translation_page.url).content.decode()

    assert "DE02 1203 0000 0000 2020 51" in english_page
    assert "DE89" not in english_page


def test_cards_show_the_progress_of_the_money(client, club):
    call = published_call(club, goal_amount=Decimal("1000"))
    Pledge.objects.create(
        call=call, kind="money", amount=Decimal("250"), name="A", email="a@example.org"
    )

    soup = soup_of(client.get(LIST))
    german_bar = soup_of(client.get("/unterstuetzen/")).select_one(".support-call-card progress")

    bar = soup.select_one(".support-call-card progress")
    assert (bar["value"], bar["max"]) == ("250.00", "1000.00")
    assert (german_bar["value"], german_bar["max"]) == ("250.00", "1000.00")
    assert soup.find("label", attrs={"for": bar["id"]}).get_text(strip=True) == "Money pledged"


def test_the_list_costs_the_same_for_more_calls(client, club, club_in, villages):
    published_call(club, title="Eins", needs=[("helpers", "Helfende", 3)])
    few = count_queries(client, LIST)
    for number in range(5):
        other = club_in(villages["weitdorf"])
        published_call(other, title=f"Aufruf {number}", needs=[("material", "Zement", 3)])

    assert count_queries(client, LIST) == few
    assert count_queries(client, LIST + "?ort=lindau&umkreis=25&bedarf=material") <= few + 1


# The home page


def test_the_home_page_shows_running_calls_only_when_there_are_some(client, club):
    soup = soup_of(client.get("/en/"))
    assert soup.select_one(".support-calls-section") is None

    published_call(club, title="Läuft")
    published_call(club, title="Vorbei", starts_on=TODAY - timedelta(9), ends_on=YESTERDAY)

    section = soup_of(client.get("/en/")).select_one(".support-calls-section")
    assert [card.h3.get_text(strip=True) for card in section.select(".support-call-card")] == [
        "Läuft"
    ]
    assert section.find("a", string="All support calls")["href"] == "/en/unterstuetzen/"


def test_the_home_section_costs_the_same_for_more_calls(client, club):
    published_call(club, title="Eins")
    few = count_queries(client, "/")
    for number in range(3):
        published_call(club, title=f"Aufruf {number}")

    assert count_queries(client, "/") == few
