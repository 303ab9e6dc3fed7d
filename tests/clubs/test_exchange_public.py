"""The public Tauschbörse: the list with its filters, an item's page, the club page's
section, the citizens' "Ich möchte helfen" answer to needs, and what stays private."""

from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from wagtail_factories import ImageFactory

from clubs.exchange.models import ExchangeItem
from clubs.interests.models import Interest
from tests.clubs.exchange_world import *  # noqa: F403 (the fixtures)
from tests.clubs.exchange_world import days, make_item
from tests.factories import CategoryFactory, MunicipalityFactory
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db

LIST = "/tauschboerse/"


def titles(response):
    return [item.title for item in response.context["page_obj"]]


def test_the_list_shows_only_current_entries_of_published_clubs(client, club_a, club_b):
    make_item(club_a, title="Festzelt")
    make_item(club_b, title="Vereinsheim", kind="room")
    make_item(club_a, title="Pausiert", state=ExchangeItem.State.PAUSED)
    make_item(club_a, title="Beendet", state=ExchangeItem.State.ENDED)
    make_item(club_a, title="Verborgen", hidden_at=timezone.now(), hidden_reason="x")
    make_item(club_a, title="Vorbei", available_until=days(-1))

    response = client.get(LIST)

    assert sorted(titles(response)) == ["Festzelt", "Vereinsheim"]
    assert response.context["page_obj"].paginator.count == 2

    club_b.unpublish()
    assert titles(client.get(LIST)) == ["Festzelt"]


@pytest.mark.parametrize(
    "state",
    [
        {"state": ExchangeItem.State.PAUSED},
        {"state": ExchangeItem.State.ENDED},
        {"hidden_at": timezone.now(), "hidden_reason": "Grund"},
        {"available_until": days(-3)},
    ],
)
def test_an_entry_that_is_not_current_has_no_page(client, club_a, representative, state):
    item = make_item(club_a, **state)

    assert client.get(reverse("exchange_item", args=[item.pk])).status_code == 404
    client.force_login(representative)
    assert client.get(reverse("exchange_item", args=[item.pk])).status_code == 404


def test_unknown_entries_have_no_page(client, db):
    assert client.get("/tauschboerse/987654/").status_code == 404


def test_the_filters_for_direction_kind_category_and_day(client, club_a):
    sport = CategoryFactory(name="Sport", slug="sport")
    make_item(club_a, title="Zelt", category=sport, available_until=days(10))
    make_item(club_a, title="Raum", kind="room", available_from=days(20))
    make_item(
        club_a,
        title="Helfende gesucht",
        kind="helpers",
        direction="need",
        available_from=days(5),
        available_until=days(5),
    )

    assert titles(client.get(LIST, {"richtung": "gesuch"})) == ["Helfende gesucht"]
    assert sorted(titles(client.get(LIST, {"richtung": "angebot"}))) == ["Raum", "Zelt"]
    assert titles(client.get(LIST, {"art": "room"})) == ["Raum"]
    assert sorted(titles(client.get(LIST, {"art": ["room", "helpers"]}))) == [
        "Helfende gesucht",
        "Raum",
    ]
    assert titles(client.get(LIST, {"kategorie": "sport"})) == ["Zelt"]
    assert sorted(titles(client.get(LIST, {"datum": days(5).isoformat()}))) == [
        "Helfende gesucht",
        "Zelt",
    ]
    assert titles(client.get(LIST, {"datum": days(25).isoformat()})) == ["Raum"]


def test_place_and_radius(client, club_a):
    lindau = MunicipalityFactory(
        name="Lindau",
        slug="lindau",
        postcode="24111",
        latitude=Decimal("54.5"),
        longitude=Decimal("9.5"),
        region=club_a.region,
    )
    near = MunicipalityFactory(
        name="Nachbardorf",
        slug="nachbardorf",
        postcode="24112",
        latitude=Decimal("54.527"),
        longitude=Decimal("9.5"),
        region=club_a.region,
    )
    far = MunicipalityFactory(
        name="Fernort",
        slug="fernort",
        postcode="24114",
        latitude=Decimal("54.86"),
        longitude=Decimal("9.5"),
        region=club_a.region,
    )
    make_item(club_a, title="In Lindau", municipality=lindau)
    make_item(club_a, title="Nebenan", municipality=near)
    make_item(club_a, title="Weit weg", municipality=far)

    assert titles(client.get(LIST, {"ort": "Lindau"})) == ["In Lindau"]
    assert titles(client.get(LIST, {"ort": "24111", "umkreis": "5"})) == ["In Lindau", "Nebenan"]


@pytest.mark.parametrize(
    "query",
    [
        {"ort": "Atlantis", "umkreis": "10"},
        {"umkreis": "5000"},
        {"umkreis": "10"},
        {"richtung": "alles", "art": "rakete", "kategorie": "<b>"},
        {"datum": "32.13.2027"},
        {"datum": "99999-01-01", "page": "abc", "seite": "-1"},
        {"ort": "\x00", "page": "99999"},
    ],
)
def test_junk_filters_answer_with_the_list(client, club_a, query):
    make_item(club_a)

    response = client.get(LIST, query)

    assert response.status_code == 200


def test_the_list_works_in_english(client, club_a):
    make_item(club_a, title="Festzelt")

    with translation.override("en"):
        response = client.get("/en/tauschboerse/", {"richtung": "angebot"})

    content = response.content.decode()
    assert response.status_code == 200
    assert "Festzelt" in content
    assert "1 entry found" in content
    assert "Offer" in content


def test_the_empty_list_says_how_to_find_more(client, db):
    with translation.override("en"):
        content = client.get("/en/tauschboerse/").content.decode()

    assert "No entry matches all of these filters." in content


def test_the_list_pages_through_many_entries(client, club_a):
    for number in range(15):
        make_item(club_a, title=f"Eintrag {number}")

    first, second = client.get(LIST), client.get(LIST, {"page": "2"})

    assert len(titles(first)) == 12
    assert len(titles(second)) == 3


def test_the_list_needs_the_same_queries_for_many_entries(client, club_a, club_b):
    for number in range(2):
        make_item(club_a, title=f"A{number}", image=ImageFactory(), image_alt_text="Foto")
    few = count_queries(client, LIST)
    few_english = count_queries(client, "/en/tauschboerse/", language="en")
    for number in range(10):
        make_item(
            club_b if number % 2 else club_a,
            title=f"B{number}",
            kind="room",
            image=ImageFactory(),
            image_alt_text="Foto",
        )

    assert count_queries(client, LIST) == few
    assert count_queries(client, "/en/tauschboerse/", language="en") == few_english


def test_the_page_shows_nothing_personal(client, club_a, representative):
    item = make_item(club_a, title="Festzelt", conditions="fee", conditions_note="50 Euro")

    content = client.get(reverse("exchange_item", args=[item.pk])).content.decode()
    listing = client.get(LIST).content.decode()

    assert "Festzelt" in content
    assert "50 Euro" in content
    assert club_a.title in content
    assert club_a.url in content
    for private in (representative.email, representative.last_name, club_a.contact_email):
        assert private not in content
        assert private not in listing


def test_anonymous_visitors_of_an_offer_are_told_to_log_in(client, club_a):
    item = make_item(club_a)

    with translation.override("en"):
        content = client.get(f"/en/tauschboerse/{item.pk}/").content.decode()

    assert "Clubs can ask for this offer after logging in." in content
    assert "/en/konto/anmelden/?next=" in content
    assert "interest-form" not in content


def test_the_owning_club_is_pointed_to_my_area(client, club_a, representative):
    item = make_item(club_a)
    client.force_login(representative)

    content = client.get(reverse("exchange_item", args=[item.pk])).content.decode()

    assert reverse("club_exchange_item_edit", args=[club_a.pk, item.pk]) in content


def test_another_clubs_representative_sees_no_login_hint(client, club_a, other_representative):
    item = make_item(club_a)
    client.force_login(other_representative)

    with translation.override("en"):
        response = client.get(f"/en/tauschboerse/{item.pk}/")

    assert response.status_code == 200
    assert response.context["asks_as_club"]
    assert "after logging in" not in response.content.decode()


VOLUNTEER = {
    "name": "Jana Beispiel",
    "email": "jana@example.org",
    "phone": "",
    "message": "Ich kann am Samstag beim Aufbau helfen.",
    "consent": "on",
}


@pytest.fixture
def helpers_needed(club_a, representative):
    return make_item(
        club_a,
        title="Helfende für das Dorffest",
        kind="helpers",
        direction="need",
        available_from=days(14),
        available_until=days(14),
    )


def test_a_citizen_answers_a_need_for_helpers(
    client, helpers_needed, club_a, representative, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("exchange_item", args=[helpers_needed.pk]), VOLUNTEER)

    interest = Interest.objects.get()
    assert response.status_code == 302
    assert (interest.club, interest.exchange_item, interest.opportunity) == (
        club_a,
        helpers_needed,
        None,
    )
    assert interest.name == "Jana Beispiel"
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert "jana@example.org" in recipients
    assert representative.email in recipients
    to_club = next(m for m in mail.outbox if representative.email in m.to)
    assert "Helfende für das Dorffest" in to_club.body
    assert to_club.reply_to == ["jana@example.org"]


def test_the_answer_is_stored_once_on_a_double_click(client, helpers_needed):
    data = {**VOLUNTEER, "submission_token": "a" * 32}
    address = reverse("exchange_item", args=[helpers_needed.pk])

    first, second = client.post(address, data), client.post(address, data)

    assert Interest.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_an_incomplete_answer_shows_the_errors(client, helpers_needed):
    response = client.post(
        reverse("exchange_item", args=[helpers_needed.pk]), {"name": "", "email": "kein"}
    )

    assert response.status_code == 200
    assert response.context["interest_form"].errors
    assert not Interest.objects.exists()


def test_bots_filling_the_honeypot_store_nothing(client, helpers_needed):
    response = client.post(
        reverse("exchange_item", args=[helpers_needed.pk]), {**VOLUNTEER, "website": "spam"}
    )

    assert response.status_code == 302
    assert not Interest.objects.exists()
    assert not mail.outbox


def test_the_rate_limit_stops_a_flood_of_answers(client, helpers_needed):
    address = reverse("exchange_item", args=[helpers_needed.pk])
    for number in range(3):
        client.post(address, {**VOLUNTEER, "message": f"Nachricht {number}"})

    response = client.post(address, {**VOLUNTEER, "message": "Noch eine"})

    assert response.status_code == 429
    assert Interest.objects.count() == 3


@pytest.mark.parametrize("kind", ["equipment", "skill"])
def test_offers_take_no_messages_as_clubs_ask_for_them_as_loans(client, club_a, kind):
    item = make_item(club_a, kind=kind, direction="offer")

    response = client.post(reverse("exchange_item", args=[item.pk]), VOLUNTEER)

    assert response.status_code == 405
    assert not Interest.objects.exists()


def test_a_need_for_equipment_is_answered_with_a_message_to_the_club(client, club_a):
    item = make_item(club_a, kind="equipment", direction="need")

    client.post(reverse("exchange_item", args=[item.pk]), VOLUNTEER)

    assert Interest.objects.get().exchange_item == item


def test_the_club_reads_the_answer_with_its_other_messages(client, helpers_needed, representative):
    client.post(reverse("exchange_item", args=[helpers_needed.pk]), VOLUNTEER)
    client.force_login(representative)

    content = client.get(reverse("my_area")).content.decode()

    assert "Jana Beispiel" in content
    assert "Helfende für das Dorffest" in content


def test_the_club_page_shows_its_current_entries(client, club_a):
    make_item(club_a, title="Festzelt")
    make_item(club_a, title="Pausiert", state=ExchangeItem.State.PAUSED)

    content = client.get(club_a.url).content.decode()

    assert "Festzelt" in content
    assert "Pausiert" not in content
    assert 'id="exchange-heading"' in content


def test_the_club_page_needs_the_same_queries_for_many_entries(client, club_a):
    make_item(club_a, title="Eins")
    few = count_queries(client, club_a.url)
    for number in range(10):
        make_item(club_a, title=f"Mehr {number}")

    assert count_queries(client, club_a.url) == few
    assert len(client.get(club_a.url).context["items"]) == 6
