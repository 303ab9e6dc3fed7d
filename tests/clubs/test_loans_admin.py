"""Loans in the admin for coordinators: only the loans of their regions, filters, CSV/XLSX,
the monthly report "Was wurde verliehen?", and never the clubs' messages."""

import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from clubs.exchange.models import ExchangeItem, Loan, LoanMessage
from home.roles import PROGRAMME_LEADS
from tests.clubs.exchange_factories import item_of
from tests.clubs.loan_world import *  # noqa: F403 (the fixtures)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
LAST_MONTH = (TODAY.replace(day=1) - timedelta(days=1)).replace(day=1)


def loan(item, borrower, starts_on, days=2, state=Loan.State.ACCEPTED):
    return Loan.objects.create(
        item=item,
        borrower=borrower,
        starts_on=starts_on,
        ends_on=starts_on + timedelta(days=days),
        state=state,
    )


@pytest.fixture
def north_and_south(club_a, club_b, club_c, item_of_b):
    """Two loans of items in Amt Nord, one of Amt Süd (club B's tent)."""
    beamer = item_of(club_a, title="Beamer", kind=ExchangeItem.Kind.EQUIPMENT)
    room = item_of(club_c, title="Vereinsraum", kind=ExchangeItem.Kind.ROOM)
    return {
        "beamer": loan(beamer, club_b, LAST_MONTH + timedelta(days=3)),
        "room": loan(room, club_a, LAST_MONTH + timedelta(days=10), state=Loan.State.RETURNED),
        "requested": loan(room, club_b, LAST_MONTH + timedelta(days=20), state="requested"),
        "tent": loan(item_of_b, club_a, LAST_MONTH + timedelta(days=5)),
    }


def listed(response):
    return {loan.pk for loan in response.context["page_obj"].object_list}


class TestList:
    def test_a_coordinator_sees_the_loans_of_their_region_only(
        self, client, coordinator_a, north_and_south
    ):
        client.force_login(coordinator_a)

        response = client.get(reverse("loans_admin:list"))

        assert listed(response) == {
            north_and_south[name].pk for name in ("beamer", "room", "requested")
        }

    def test_administrators_see_every_loan(self, client, roles, north_and_south):
        client.force_login(UserFactory(is_superuser=True, is_staff=True))

        response = client.get(reverse("loans_admin:list"))

        assert listed(response) == {loan.pk for loan in north_and_south.values()}

    def test_filters_by_state_kind_and_month(self, client, coordinator_a, north_and_south):
        client.force_login(coordinator_a)
        address = reverse("loans_admin:list")

        by_state = client.get(address, {"status": "returned"})
        by_kind = client.get(address, {"art": "room"})
        by_month = client.get(address, {"monat": f"{TODAY:%Y-%m}"})

        assert listed(by_state) == {north_and_south["room"].pk}
        assert listed(by_kind) == {north_and_south["room"].pk, north_and_south["requested"].pk}
        assert listed(by_month) == set()

    @pytest.mark.parametrize(
        "query", [{"status": "x"}, {"art": "<script>"}, {"monat": "2027-13"}, {"page": "zz"}]
    )
    def test_junk_filters_answer_without_error(self, client, coordinator_a, north_and_south, query):
        client.force_login(coordinator_a)

        assert client.get(reverse("loans_admin:list"), query).status_code == 200

    def test_messages_of_the_clubs_are_not_shown(self, client, coordinator_a, north_and_south):
        LoanMessage.objects.create(
            loan=north_and_south["beamer"],
            club_id=north_and_south["beamer"].borrower_id,
            text="Vertrauliche Absprache",
        )
        client.force_login(coordinator_a)

        page = client.get(reverse("loans_admin:list")).content.decode()
        export = client.get(reverse("loans_admin:export", args=["csv"])).content.decode()

        assert "Vertrauliche Absprache" not in page + export

    def test_club_accounts_and_editors_are_refused(self, client, representative):
        client.force_login(representative)

        assert client.get(reverse("loans_admin:list")).status_code in (302, 403)
        assert client.get(reverse("loans_admin:report")).status_code in (302, 403)

    def test_programme_leads_see_the_loans_and_the_report_of_all_regions(
        self, client, roles, north_and_south
    ):
        lead = UserFactory(username="programmleitung")
        lead.groups.add(Group.objects.get(name=PROGRAMME_LEADS.group_name))
        client.force_login(lead)

        listing = client.get(reverse("loans_admin:list"))

        assert listing.status_code == 200
        assert set(listing.context["page_obj"].object_list) >= set(north_and_south.values())
        assert client.get(reverse("loans_admin:report")).status_code == 200

    def test_the_list_needs_the_same_queries_for_few_and_many_loans(
        self, client, coordinator_a, club_a, club_b
    ):
        client.force_login(coordinator_a)
        beamer = item_of(club_a, title="Beamer")

        def queries():
            client.get(reverse("loans_admin:list"))
            with CaptureQueriesContext(connection) as captured:
                client.get(reverse("loans_admin:list"))
            return len(captured)

        loan(beamer, club_b, TODAY)
        few = queries()
        for number in range(1, 20):
            loan(beamer, club_b, TODAY + timedelta(days=5 * number))
        assert queries() == few


class TestExport:
    def test_csv_has_the_visible_loans_and_neutralises_formulas(
        self, client, coordinator_a, club_a, club_b
    ):
        loan(item_of(club_a, title="=HYPERLINK(1)"), club_b, TODAY)
        client.force_login(coordinator_a)

        response = client.get(reverse("loans_admin:export", args=["csv"]))

        text = response.content.decode("utf-8-sig")
        assert response["Content-Type"].startswith("text/csv")
        assert "'=HYPERLINK(1)" in text
        assert club_b.title in text
        assert len(text.strip().splitlines()) == 2

    def test_xlsx_follows_the_filters(self, client, coordinator_a, north_and_south):
        client.force_login(coordinator_a)

        response = client.get(reverse("loans_admin:export", args=["xlsx"]), {"art": "room"})

        sheet = load_workbook(io.BytesIO(response.content)).active
        titles = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
        assert titles == ["Vereinsraum", "Vereinsraum"]

    def test_an_unknown_format_is_404(self, client, coordinator_a):
        client.force_login(coordinator_a)

        assert client.get(reverse("loans_admin:export", args=["pdf"])).status_code == 404


class TestReport:
    def test_last_month_by_default_with_counts_per_kind(
        self, client, coordinator_a, north_and_south
    ):
        client.force_login(coordinator_a)

        response = client.get(reverse("loans_admin:report"))

        [section] = response.context["sections"]
        assert section["region"] == north_and_south["beamer"].item.municipality.region
        assert {loan.pk for loan in section["loans"]} == {
            north_and_south["beamer"].pk,
            north_and_south["room"].pk,
        }
        assert sum(count for _kind, count in section["kinds"]) == 2
        page = response.content.decode()
        assert "Beamer" in page
        assert "Chor Süd" in page
        assert "Festzelt" not in page  # club B's tent lies in another region

    def test_another_month_can_be_chosen(self, client, coordinator_a, north_and_south):
        client.force_login(coordinator_a)

        response = client.get(reverse("loans_admin:report"), {"monat": f"{TODAY:%Y-%m}"})

        assert response.context["sections"] == []

    def test_the_csv_lists_what_went_from_which_club_to_which(
        self, client, coordinator_a, north_and_south
    ):
        client.force_login(coordinator_a)

        response = client.get(reverse("loans_admin:report"), {"format": "csv"})

        lines = response.content.decode("utf-8-sig").strip().splitlines()
        assert len(lines) == 3
        assert any("Beamer" in line and "Chor Süd" in line for line in lines)

    def test_a_region_outside_the_coordinators_is_refused(
        self, client, coordinator_a, club_b, north_and_south
    ):
        client.force_login(coordinator_a)

        response = client.get(reverse("loans_admin:report"), {"region": club_b.region.pk})

        assert response.status_code == 200
        assert response.context["form"].errors["region"]
        assert all(section["region"] != club_b.region for section in response.context["sections"])


def test_the_menu_shows_loans_to_coordinators_only(client, coordinator_a, roles):
    client.force_login(coordinator_a)
    assert reverse("loans_admin:list") in client.get(reverse("wagtailadmin_home")).content.decode()
    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(*_admin_access())
    client.force_login(editor)
    assert (
        reverse("loans_admin:list") not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def _admin_access():
    return Permission.objects.filter(codename="access_admin")
