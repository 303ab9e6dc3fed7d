"""A club's Tauschbörse entries in Mein Bereich: the form (with photo and alt text), pause,
resume and end, what the coordination's hiding means for the club, and no way into another
club's entries."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from clubs.exchange.models import ExchangeItem
from tests.clubs.exchange_world import *  # noqa: F403 (the fixtures)
from tests.clubs.exchange_world import days, make_item
from tests.clubs.self_service_world import png_bytes
from tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db


def item_data(club, **changes):
    return {
        "direction": "offer",
        "kind": "equipment",
        "title": "Festzelt 6 x 12 m",
        "description": "Weißes Festzelt mit Seitenwänden, Aufbau mit 4 Personen.",
        "image_alt_text": "",
        "municipality": str(club.municipality_id),
        "category": "",
        "available_from": "",
        "available_until": days(60).isoformat(),
        "conditions": "deposit",
        "conditions_note": "100 Euro Kaution",
        **changes,
    }


def url(name, club, item=None):
    return reverse(name, args=[club.pk, item.pk] if item else [club.pk])


@pytest.fixture
def client_a(client, representative):
    client.force_login(representative)
    return client


def test_the_new_entry_form_starts_with_the_clubs_place(client_a, club_a):
    response = client_a.get(url("club_exchange_item_create", club_a))

    assert response.status_code == 200
    assert response.context["form"].initial["municipality"] == club_a.municipality


def test_a_saved_entry_belongs_to_the_club_and_is_public_at_once(client_a, club_a, representative):
    category = CategoryFactory(name="Sport", slug="sport")
    response = client_a.post(
        url("club_exchange_item_create", club_a), item_data(club_a, category=str(category.pk))
    )

    item = ExchangeItem.objects.get()
    assert response["Location"] == url("club_exchange_items", club_a)
    assert (item.club, item.created_by, item.category) == (club_a, representative, category)
    assert item.conditions_note == "100 Euro Kaution"
    assert client_a.get(reverse("exchange_item", args=[item.pk])).status_code == 200


def test_a_double_click_saves_one_entry(client_a, club_a):
    data = item_data(club_a, submission_token="t" * 32)

    first = client_a.post(url("club_exchange_item_create", club_a), data)
    second = client_a.post(url("club_exchange_item_create", club_a), data)

    assert ExchangeItem.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_a_photo_needs_its_description_and_is_stored_with_it(client_a, club_a):
    photo = SimpleUploadedFile("zelt.png", png_bytes(), content_type="image/png")
    refused = client_a.post(
        url("club_exchange_item_create", club_a), {**item_data(club_a), "photo": photo}
    )
    assert refused.status_code == 200
    assert "image_alt_text" in refused.context["form"].errors
    assert not ExchangeItem.objects.exists()

    photo = SimpleUploadedFile("zelt.png", png_bytes(), content_type="image/png")
    client_a.post(
        url("club_exchange_item_create", club_a),
        {**item_data(club_a, image_alt_text="Weißes Zelt auf einer Wiese"), "photo": photo},
    )

    item = ExchangeItem.objects.get()
    assert item.image.description == "Weißes Zelt auf einer Wiese"
    assert item.image.collection.name == "Tauschbörse"
    assert item.image_alt_text == "Weißes Zelt auf einer Wiese"


def test_removing_the_photo_drops_its_description(client_a, club_a):
    photo = SimpleUploadedFile("zelt.png", png_bytes(), content_type="image/png")
    client_a.post(
        url("club_exchange_item_create", club_a),
        {**item_data(club_a, image_alt_text="Zelt"), "photo": photo},
    )
    item = ExchangeItem.objects.get()

    client_a.post(
        url("club_exchange_item_edit", club_a, item),
        item_data(club_a, image_alt_text="Zelt", remove_photo="on"),
    )

    item.refresh_from_db()
    assert (item.image, item.image_alt_text) == (None, "")


@pytest.mark.parametrize(
    "changes",
    [
        {"title": "", "description": "", "kind": "", "direction": ""},
        {"kind": "spaceship", "direction": "both", "conditions": "<script>"},
        {"municipality": "999999", "category": "abc"},
        {"municipality": "'; DROP TABLE x; --", "category": "-1"},
        {"available_from": "31.02.2027", "available_until": "gestern"},
        {"available_from": days(10).isoformat(), "available_until": days(5).isoformat()},
        {"title": "x" * 5000, "description": "y" * 10000, "conditions_note": "z" * 500},
        {"available_from": "99999-01-01", "title": "\x00"},
    ],
)
def test_junk_input_shows_the_form_again_with_messages(client_a, club_a, changes):
    response = client_a.post(url("club_exchange_item_create", club_a), item_data(club_a, **changes))

    assert response.status_code == 200
    assert response.context["form"].errors
    assert not ExchangeItem.objects.exists()


def test_a_place_outside_the_clubs_region_is_refused(client_a, club_a, club_b):
    response = client_a.post(
        url("club_exchange_item_create", club_a),
        item_data(club_a, municipality=str(club_b.municipality_id)),
    )

    assert response.context["form"].errors["municipality"]
    assert not ExchangeItem.objects.exists()


def test_a_need_on_one_day_leaves_the_list_after_that_day(client_a, club_a):
    client_a.post(
        url("club_exchange_item_create", club_a),
        item_data(
            club_a,
            direction="need",
            available_from=days(3).isoformat(),
            available_until="",
        ),
    )

    assert ExchangeItem.objects.get().available_until == days(3)


def test_a_file_that_is_no_image_is_refused(client_a, club_a):
    junk = SimpleUploadedFile("zelt.png", b"\x89PNG\r\n\x1a\nnonsense", content_type="image/png")

    response = client_a.post(
        url("club_exchange_item_create", club_a),
        {**item_data(club_a, image_alt_text="Zelt"), "photo": junk},
    )

    assert response.status_code == 200
    assert "photo" in response.context["form"].errors


def state(client, club, item, action):
    return client.post(url("club_exchange_item_state", club, item), {"action": action})


def test_pausing_resuming_and_ending_an_entry(client_a, club_a):
    item = make_item(club_a)

    state(client_a, club_a, item, "pause")
    item.refresh_from_db()
    assert item.state == ExchangeItem.State.PAUSED
    assert client_a.get(reverse("exchange_item", args=[item.pk])).status_code == 404

    state(client_a, club_a, item, "resume")
    item.refresh_from_db()
    assert item.state == ExchangeItem.State.ACTIVE

    state(client_a, club_a, item, "end")
    item.refresh_from_db()
    assert item.state == ExchangeItem.State.ENDED
    state(client_a, club_a, item, "resume")
    item.refresh_from_db()
    assert item.state == ExchangeItem.State.ENDED


def test_junk_actions_and_gets_change_nothing(client_a, club_a):
    item = make_item(club_a)

    assert state(client_a, club_a, item, "delete").status_code == 302
    assert client_a.get(url("club_exchange_item_state", club_a, item)).status_code == 405
    item.refresh_from_db()
    assert item.state == ExchangeItem.State.ACTIVE


def test_a_hidden_entry_shows_the_reason_and_the_club_cannot_bring_it_back(client_a, club_a):
    item = make_item(
        club_a,
        state=ExchangeItem.State.PAUSED,
        hidden_at=timezone.now(),
        hidden_reason="Bitte keine Werbung für Ihren Verkauf.",
    )

    page = client_a.get(url("club_exchange_items", club_a))
    state(client_a, club_a, item, "resume")

    assert "Bitte keine Werbung für Ihren Verkauf." in page.content.decode()
    item.refresh_from_db()
    assert item.state == ExchangeItem.State.PAUSED
    assert item.hidden_at is not None


def test_saving_a_hidden_entry_keeps_it_hidden(client_a, club_a):
    item = make_item(club_a, hidden_at=timezone.now(), hidden_reason="Grund")

    client_a.post(url("club_exchange_item_edit", club_a, item), item_data(club_a))

    item.refresh_from_db()
    assert item.hidden_at is not None
    assert item.title == "Festzelt 6 x 12 m"


def test_an_expired_entry_leaves_the_public_list_by_itself(client_a, club_a):
    expired = make_item(club_a, title="Abgelaufen", available_until=days(-1))
    make_item(club_a, title="Heute noch", available_until=days(0))

    public = client_a.get(reverse("exchange_list")).content.decode()
    mine = client_a.get(url("club_exchange_items", club_a)).content.decode()

    assert "Heute noch" in public
    assert "Abgelaufen" not in public
    assert "Abgelaufen" in mine
    assert client_a.get(reverse("exchange_item", args=[expired.pk])).status_code == 404


def test_club_b_never_sees_or_changes_club_a_entries(client, club_a, club_b, other_representative):
    item = make_item(club_a)
    client.force_login(other_representative)

    assert client.get(url("club_exchange_items", club_a)).status_code == 404
    assert client.get(url("club_exchange_item_create", club_a)).status_code == 404
    assert client.get(url("club_exchange_item_edit", club_a, item)).status_code == 404
    assert client.get(url("club_exchange_item_edit", club_b, item)).status_code == 404
    assert state(client, club_b, item, "end").status_code == 404
    assert state(client, club_a, item, "end").status_code == 404
    assert (
        client.post(url("club_exchange_item_edit", club_b, item), item_data(club_b)).status_code
        == 404
    )
    item.refresh_from_db()
    assert item.state == ExchangeItem.State.ACTIVE
    assert item.club == club_a


def test_anonymous_visitors_are_sent_to_the_login(client, club_a):
    item = make_item(club_a)

    for address in (
        url("club_exchange_items", club_a),
        url("club_exchange_item_create", club_a),
        url("club_exchange_item_edit", club_a, item),
    ):
        response = client.get(address)
        assert response.status_code == 302
        assert reverse("login") in response["Location"]
    assert state(client, club_a, item, "end").status_code == 302


def test_the_list_in_my_area_shows_each_state(client_a, club_a):
    make_item(club_a, title="Aktiv")
    make_item(club_a, title="Pausiert", state=ExchangeItem.State.PAUSED)
    make_item(club_a, title="Beendet", state=ExchangeItem.State.ENDED)

    address = "/en" + url("club_exchange_items", club_a)
    with translation.override("en"):
        content = client_a.get(address).content.decode()

    for text in ("Aktiv", "Pausiert", "Beendet", "Shown", "Paused", "Ended"):
        assert text in content
