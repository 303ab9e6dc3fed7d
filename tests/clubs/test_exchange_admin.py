"""The Tauschbörse in the admin: coordinators see and hide the entries of their own regions
only, with the reason mailed to the club; exports are spreadsheet-safe; nobody else gets in."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from clubs.exchange.models import ExchangeItem
from home.roles import EDITORS
from tests.clubs.exchange_world import *  # noqa: F403 (the fixtures)
from tests.clubs.exchange_world import days, make_item
from tests.factories import UserFactory
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db

LIST = "/admin/tauschboerse/"


@pytest.fixture
def items(club_a, club_b):
    return {
        "north": make_item(club_a, title="Festzelt Nord"),
        "south": make_item(club_b, title="Anhänger Süd", kind="vehicle"),
    }


def detail(item):
    return reverse("exchange_admin:detail", args=[item.pk])


def hide(client, item, reason="Das ist ein Verkauf, kein Verleih."):
    return client.post(reverse("exchange_admin:hide", args=[item.pk]), {"reason": reason})


def test_a_coordinator_sees_the_entries_of_the_own_region_only(
    client, items, coordinator_a, coordinator_b
):
    client.force_login(coordinator_a)
    north = [item.title for item in client.get(LIST).context["page_obj"]]
    client.force_login(coordinator_b)
    south = [item.title for item in client.get(LIST).context["page_obj"]]

    assert north == ["Festzelt Nord"]
    assert south == ["Anhänger Süd"]


def test_another_regions_entry_answers_404(client, items, coordinator_a):
    client.force_login(coordinator_a)

    assert client.get(detail(items["south"])).status_code == 404
    assert hide(client, items["south"]).status_code == 404
    assert client.post(reverse("exchange_admin:show", args=[items["south"].pk])).status_code == 404
    items["south"].refresh_from_db()
    assert items["south"].hidden_at is None


def test_editors_and_representatives_get_no_access(client, items, roles, representative):
    editor = UserFactory(username="redaktion")
    editor.groups.add(Group.objects.get(name=EDITORS.group_name))

    for user in (editor, representative):
        client.force_login(user)
        for address in (LIST, detail(items["north"])):
            assert client.get(address).status_code in (302, 403)
        assert hide(client, items["north"]).status_code in (302, 403)
    items["north"].refresh_from_db()
    assert items["north"].hidden_at is None


def test_anonymous_visitors_are_sent_to_the_admin_login(client, items):
    response = client.get(LIST)

    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_the_menu_shows_the_exchange_to_coordinators_only(client, items, coordinator_a, roles):
    editor = UserFactory(username="redaktion")
    editor.groups.add(Group.objects.get(name=EDITORS.group_name))

    client.force_login(coordinator_a)
    assert LIST in client.get("/admin/").content.decode()
    client.force_login(editor)
    assert LIST not in client.get("/admin/").content.decode()


def test_hiding_takes_the_entry_off_the_site_and_tells_the_club_why(
    client, items, coordinator_a, representative, django_capture_on_commit_callbacks
):
    client.force_login(coordinator_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = hide(client, items["north"])

    item = items["north"]
    item.refresh_from_db()
    assert response.status_code == 302
    assert item.hidden_reason == "Das ist ein Verkauf, kein Verleih."
    assert item.hidden_by == coordinator_a
    assert client.get(reverse("exchange_item", args=[item.pk])).status_code == 404
    (message,) = mail.outbox
    assert message.to == [representative.email]
    assert "Das ist ein Verkauf, kein Verleih." in message.body
    assert reverse("club_exchange_items", args=[item.club_id]) in message.body


def test_hiding_twice_mails_once(
    client, items, coordinator_a, representative, django_capture_on_commit_callbacks
):
    client.force_login(coordinator_a)
    with django_capture_on_commit_callbacks(execute=True):
        hide(client, items["north"])
        hide(client, items["north"], reason="Noch einmal")

    items["north"].refresh_from_db()
    assert items["north"].hidden_reason == "Das ist ein Verkauf, kein Verleih."
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("reason", ["", "   ", "x" * 5000])
def test_hiding_needs_a_reason(client, items, coordinator_a, reason):
    client.force_login(coordinator_a)

    response = hide(client, items["north"], reason=reason)

    assert response.status_code == 200
    assert response.context["form"].errors
    items["north"].refresh_from_db()
    assert items["north"].hidden_at is None


def test_showing_again(client, items, coordinator_a):
    client.force_login(coordinator_a)
    hide(client, items["north"])

    client.post(reverse("exchange_admin:show", args=[items["north"].pk]))

    items["north"].refresh_from_db()
    assert items["north"].hidden_at is None
    assert items["north"].hidden_reason == ""
    assert client.get(reverse("exchange_item", args=[items["north"].pk])).status_code == 200


def test_the_filters(client, club_a, coordinator_a):
    make_item(club_a, title="Zelt")
    make_item(club_a, title="Gesuch", direction="need", kind="helpers")
    make_item(club_a, title="Pause", state=ExchangeItem.State.PAUSED)
    make_item(club_a, title="Abgelaufen", available_until=days(-2))
    hidden = make_item(club_a, title="Verborgen")
    client.force_login(coordinator_a)
    hide(client, hidden)

    def listed(**query):
        return sorted(item.title for item in client.get(LIST, query).context["page_obj"])

    assert listed(state="hidden") == ["Verborgen"]
    assert listed(state="expired") == ["Abgelaufen"]
    assert listed(state="active") == ["Gesuch", "Zelt"]
    assert listed(state="paused") == ["Pause"]
    assert listed(direction="need") == ["Gesuch"]
    assert listed(kind="helpers") == ["Gesuch"]
    assert len(listed(municipality=str(club_a.municipality_id))) == 5
    assert client.get(LIST, {"state": "x", "municipality": "abc", "p": "-3"}).status_code == 200


def test_exports_hold_the_filtered_entries_and_no_formulas(client, club_a, coordinator_a):
    make_item(club_a, title='=HYPERLINK("http://example.org")')
    make_item(club_a, title="Gesuch", direction="need")
    client.force_login(coordinator_a)

    with translation.override("de"):
        response = client.get(LIST, {"direction": "offer", "export": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    xlsx = client.get(LIST, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(xlsx.content)).active

    assert response["Content-Type"].startswith("text/csv")
    assert response.content.startswith("\ufeff".encode())  # Excel reads the umlauts right
    assert "no-store" in response["Cache-Control"]
    assert "no-store" in xlsx["Cache-Control"]
    assert len(rows) == 2
    assert rows[1][0].startswith("'=")
    assert sheet.max_row == 3
    assert all(cell.data_type == "s" for cell in sheet[2] if isinstance(cell.value, str))


def test_the_list_needs_the_same_queries_for_many_entries(client, club_a, coordinator_a):
    make_item(club_a, title="Eins")
    client.force_login(coordinator_a)
    few = count_queries(client, LIST)
    for number in range(10):
        make_item(club_a, title=f"Mehr {number}")

    assert count_queries(client, LIST) == few
