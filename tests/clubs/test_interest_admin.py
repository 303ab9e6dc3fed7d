"""Volunteers' messages in the Wagtail admin: each coordinator sees their own regions only."""

import csv
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from clubs.models import Interest
from home.roles import CLUB_REPRESENTATIVES, COORDINATORS, setup_roles
from tests.factories import (
    ClubDirectoryPageFactory,
    ClubPageFactory,
    InterestFactory,
    MunicipalityFactory,
    RegionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

INDEX = "/admin/interests/"


@pytest.fixture
def roles(db):
    return {role.group_name: group for role, group in setup_roles().items()}


@pytest.fixture
def regions(db):
    return RegionFactory(name="Region Eins", slug="eins"), RegionFactory(
        name="Region Zwei", slug="zwei"
    )


@pytest.fixture
def clubs(home_page, regions):
    directory = ClubDirectoryPageFactory(parent=home_page)
    return tuple(
        ClubPageFactory(
            parent=directory,
            title=f"Verein {region.name}",
            municipality=MunicipalityFactory(region=region),
        )
        for region in regions
    )


@pytest.fixture
def interests(clubs):
    """One interest per region: (region 1, region 2)."""
    return (
        InterestFactory(club=clubs[0], name="Person Eins", message="Nachricht eins"),
        InterestFactory(club=clubs[1], name="Person Zwei", message="Nachricht zwei"),
    )


@pytest.fixture
def coordinator(roles, regions):
    """The coordinator of region 2."""
    user = UserFactory(username="koordination.zwei")
    user.groups.add(roles[COORDINATORS.group_name])
    regions[1].coordinators.add(user)
    return user


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def export_rows(response):
    content = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(content)))


class TestCoordinatorOfAnotherRegion:
    """The coordinator of region 2 and the interest of region 1."""

    def test_list_shows_only_their_region(self, coordinator_client, interests):
        html = coordinator_client.get(INDEX).content.decode()

        assert "Person Zwei" in html
        assert "Person Eins" not in html

    @pytest.mark.parametrize("export_format", ["csv", "xlsx"])
    def test_export_holds_only_their_region(self, coordinator_client, interests, export_format):
        response = coordinator_client.get(INDEX, {"export": export_format})

        assert response.status_code == 200
        if export_format == "csv":
            rows = export_rows(response)
            assert response["Content-Disposition"] == (
                'attachment; filename="interessensbekundungen.csv"'
            )
        else:
            workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
            rows = [
                [cell or "" for cell in row] for row in workbook.active.iter_rows(values_only=True)
            ]
        names = [row[3] for row in rows[1:]]
        assert names == ["Person Zwei"]

    def test_filtering_by_the_other_regions_club_shows_none_of_its_interests(
        self, coordinator_client, interests, clubs
    ):
        # Not one of the choices: the filter is refused and the own list stays.
        response = coordinator_client.get(INDEX, {"club": clubs[0].pk, "export": "csv"})

        assert [row[3] for row in export_rows(response)[1:]] == ["Person Zwei"]

    @pytest.mark.parametrize("view", ["inspect", "edit", "history", "usage"])
    def test_views_of_a_single_interest_answer_404(self, coordinator_client, interests, view):
        foreign, own = interests

        assert coordinator_client.get(f"{INDEX}{view}/{foreign.pk}/").status_code == 404
        assert coordinator_client.get(f"{INDEX}{view}/{own.pk}/").status_code == 200

    def test_editing_by_post_answers_404_and_changes_nothing(self, coordinator_client, interests):
        foreign = interests[0]

        response = coordinator_client.post(f"{INDEX}edit/{foreign.pk}/", {"handled": "on"})

        assert response.status_code == 404
        foreign.refresh_from_db()
        assert foreign.handled_at is None

    def test_search_finds_nothing_of_the_other_region(self, coordinator_client, interests):
        html = coordinator_client.get(INDEX, {"q": "Person"}).content.decode()

        assert "Person Zwei" in html
        assert "Person Eins" not in html


class TestCoordinator:
    def test_inspect_shows_the_whole_message(self, coordinator_client, interests):
        own = interests[1]

        html = coordinator_client.get(f"{INDEX}inspect/{own.pk}/").content.decode()

        for text in ("Person Zwei", own.email, "Nachricht zwei", own.consent_text):
            assert text in html

    def test_list_links_the_name_to_the_whole_message(self, coordinator_client, interests):
        html = coordinator_client.get(INDEX).content.decode()

        assert f'href="{INDEX}inspect/{interests[1].pk}/"' in html

    def test_marks_as_handled_and_open_again(self, coordinator_client, coordinator, interests):
        own = interests[1]

        response = coordinator_client.post(f"{INDEX}edit/{own.pk}/", {"handled": "on"})

        assert response.status_code == 302
        own.refresh_from_db()
        assert own.handled_at is not None
        assert own.handled_by == coordinator
        assert (own.name, own.message) == ("Person Zwei", "Nachricht zwei")

        coordinator_client.post(f"{INDEX}edit/{own.pk}/", {})

        own.refresh_from_db()
        assert own.handled_at is None
        assert own.handled_by is None

    def test_leaves_no_log_entry_with_the_volunteers_name(self, coordinator_client, interests):
        # The site history report would show it to every coordinator, and keep it too long.
        coordinator_client.post(f"{INDEX}edit/{interests[1].pk}/", {"handled": "on"}, follow=True)

        assert not ModelLogEntry.objects.filter(label__contains="Person Zwei").exists()
        html = coordinator_client.get("/admin/reports/site-history/").content.decode()
        assert "Person Zwei" not in html

    def test_filters_by_handled(self, coordinator_client, clubs, interests):
        InterestFactory(club=clubs[1], name="Erledigt", handled_at=timezone.now())

        handled = export_rows(coordinator_client.get(INDEX, {"handled": "true", "export": "csv"}))
        open_ = export_rows(coordinator_client.get(INDEX, {"handled": "false", "export": "csv"}))

        assert [row[3] for row in handled[1:]] == ["Erledigt"]
        assert [row[3] for row in open_[1:]] == ["Person Zwei"]

    def test_may_neither_create_nor_delete(self, coordinator_client, interests):
        own = interests[1]

        assert coordinator_client.get(f"{INDEX}new/").status_code in (302, 403)
        assert coordinator_client.post(f"{INDEX}delete/{own.pk}/").status_code in (302, 403)
        assert Interest.objects.filter(pk=own.pk).exists()

    def test_list_has_no_add_button(self, coordinator_client, interests):
        assert f'href="{INDEX}new/"' not in coordinator_client.get(INDEX).content.decode()

    def test_menu_shows_the_interests(self, coordinator_client):
        assert f'"url": "{INDEX}"' in coordinator_client.get("/admin/").content.decode()


class TestOtherPeople:
    def test_representatives_do_not_get_the_admin_list(self, client, roles, clubs, interests):
        representative = UserFactory()
        representative.groups.add(roles[CLUB_REPRESENTATIVES.group_name], clubs[0].representatives)
        client.force_login(representative)

        response = client.get(INDEX)

        assert response.status_code in (302, 403)
        assert "Person Eins" not in response.content.decode()
        assert client.get(f"{INDEX}inspect/{interests[0].pk}/").status_code in (302, 403)
        assert client.get(INDEX, {"export": "csv"}).status_code in (302, 403)

    def test_superuser_sees_all_but_cannot_create(self, admin_client, interests):
        html = admin_client.get(INDEX).content.decode()

        assert "Person Eins" in html
        assert "Person Zwei" in html
        assert f'href="{INDEX}new/"' not in html
        assert admin_client.get(f"{INDEX}new/").status_code in (302, 403)

    def test_superuser_may_delete(self, admin_client, interests):
        response = admin_client.post(f"{INDEX}delete/{interests[0].pk}/")

        assert response.status_code == 302
        assert not Interest.objects.filter(pk=interests[0].pk).exists()
        assert not ModelLogEntry.objects.filter(label__contains="Person Eins").exists()

    def test_superuser_filters_by_club(self, admin_client, interests, clubs):
        rows = export_rows(admin_client.get(INDEX, {"club": clubs[0].pk, "export": "csv"}))

        assert [row[3] for row in rows[1:]] == ["Person Eins"]


class TestExport:
    def test_csv_neutralises_formulas(self, admin_client, clubs):
        InterestFactory(
            club=clubs[0],
            name='=HYPERLINK("http://evil.example","klick")',
            phone="+49 4321 1234",
            message="@SUM(A1)",
        )

        rows = export_rows(admin_client.get(INDEX, {"export": "csv"}))

        header, row = rows
        assert len(header) == 10
        assert row[3] == '\'=HYPERLINK("http://evil.example","klick")'
        assert row[5] == "'+49 4321 1234"
        assert row[6] == "'@SUM(A1)"

    def test_xlsx_keeps_formulas_as_text(self, admin_client, clubs):
        InterestFactory(club=clubs[0], name="=1+1")

        response = admin_client.get(INDEX, {"export": "xlsx"})

        workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        cell = workbook.active["D2"]
        assert cell.value == "=1+1"
        assert cell.data_type == "s"

    def test_dates_are_local_time(self, admin_client, clubs):
        interest = InterestFactory(club=clubs[0])

        row = export_rows(admin_client.get(INDEX, {"export": "csv"}))[1]

        assert row[0] == timezone.localtime(interest.created_at).strftime("%d.%m.%Y %H:%M")
