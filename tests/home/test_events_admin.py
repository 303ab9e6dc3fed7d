"""Registrations in the admin: who sees them, attendance, CSV export and certificates."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from pypdf import PdfReader

from home.models import EventPage, Registration
from home.roles import COORDINATORS, EDITORS, setup_roles
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    RegistrationFactory,
    UserFactory,
)
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db

ADMIN = "/admin/anmeldungen/"


def de(text, params=None):
    with translation.override("de"):
        text = translation.gettext(text)
    return text % params if params else text


@pytest.fixture
def roles(db):
    return {role.group_name: group for role, group in setup_roles().items()}


@pytest.fixture
def editor(roles):
    user = UserFactory(username="redaktion.test")
    user.groups.add(roles[EDITORS.group_name])
    return user


@pytest.fixture
def coordinator(roles):
    user = UserFactory(username="koordination.test")
    user.groups.add(roles[COORDINATORS.group_name])
    return user


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def course(event_index):
    """A certificate course of four modules; three make the certificate."""
    return EventPageFactory(
        parent=event_index,
        title="Zertifikatskurs Vereinsmanagement",
        kind=EventPage.Kind.CERTIFICATE_COURSE,
        sessions_in=(7, 14, 21, 28),
        sessions_for_certificate=3,
        capacity=2,
    )


@pytest.fixture
def people(course):
    """Two confirmed, one waiting."""
    return (
        RegistrationFactory(event=course, name="Jürgen Müller", organisation="TSV Lindau"),
        RegistrationFactory(event=course, name='=HYPERLINK("http://evil")'),
        RegistrationFactory(event=course, name="Ayşe Yılmaz", status="waiting"),
    )


def sessions_of(course):
    return course.ordered_sessions()


def tick(client, course, pairs):
    data = {"attended": [f"{registration.pk}-{session.pk}" for registration, session in pairs]}
    return client.post(f"{ADMIN}{course.pk}/", data)


class TestAccess:
    def test_editor_sees_the_registrations_of_an_event(self, client, editor, course, people):
        client.force_login(editor)

        response = client.get(f"{ADMIN}{course.pk}/")

        assert response.status_code == 200
        text = BeautifulSoup(response.content, "html.parser").get_text()
        assert "Jürgen Müller" in text
        assert "Ayşe Yılmaz" in text

    @pytest.mark.parametrize("url", ["{id}/", "{id}/csv/", "{id}/{reg}/bescheinigung/", ""])
    def test_coordinator_and_anonymous_are_refused(self, client, coordinator, course, people, url):
        url = ADMIN + url.format(id=course.pk, reg=people[0].pk)

        assert client.get(url).status_code in (302, 403)
        client.force_login(coordinator)
        assert client.get(url).status_code in (302, 403)

    def test_a_registration_of_another_event_is_404(
        self, client, editor, course, event_index, people
    ):
        other = EventPageFactory(parent=event_index)
        client.force_login(editor)

        response = client.get(f"{ADMIN}{other.pk}/{people[0].pk}/bescheinigung/")

        assert response.status_code == 404

    def test_a_page_that_is_no_event_is_404(self, client, editor, event_index):
        client.force_login(editor)

        assert client.get(f"{ADMIN}{event_index.pk}/").status_code == 404

    def test_event_header_and_menu_link_to_the_registrations(self, client, editor, course):
        client.force_login(editor)

        edit = client.get(f"/admin/pages/{course.pk}/edit/").content.decode()
        home = client.get("/admin/").content.decode()

        assert f"{ADMIN}{course.pk}/" in edit
        assert ADMIN in home


class TestAttendanceAndCertificates:
    def test_attendance_is_saved_per_session(self, client, editor, course, people):
        first, second, waiting = people
        modules = sessions_of(course)
        client.force_login(editor)

        response = tick(
            client,
            course,
            [(first, modules[0]), (first, modules[2]), (second, modules[1]), (waiting, modules[0])],
        )

        assert response.status_code == 302
        assert {s.pk for s in first.attended_sessions.all()} == {modules[0].pk, modules[2].pk}
        assert [s.pk for s in second.attended_sessions.all()] == [modules[1].pk]
        assert waiting.attended_sessions.count() == 0  # only confirmed people attend

    def test_garbage_attendance_changes_nothing_and_causes_no_error(
        self, client, editor, course, people
    ):
        client.force_login(editor)

        response = client.post(f"{ADMIN}{course.pk}/", {"attended": ["x", "1-2-3", "\x00"]})

        assert response.status_code == 302
        assert people[0].attended_sessions.count() == 0

    def test_certificate_for_enough_modules(self, client, editor, course, people):
        first = people[0]
        modules = sessions_of(course)
        client.force_login(editor)
        tick(client, course, [(first, module) for module in modules[:3]])

        response = client.get(f"{ADMIN}{course.pk}/{first.pk}/bescheinigung/")

        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response.content.startswith(b"%PDF")
        text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
        assert "Jürgen Müller" in text
        assert "TSV Lindau" in text
        assert "Zertifikatskurs Vereinsmanagement" in text
        assert de("Participation certificate") in text

    def test_no_certificate_with_too_few_modules(self, client, editor, course, people):
        first = people[0]
        client.force_login(editor)
        tick(client, course, [(first, sessions_of(course)[0])])

        response = client.get(f"{ADMIN}{course.pk}/{first.pk}/bescheinigung/", follow=True)

        assert response["Content-Type"].startswith("text/html")
        message = de(
            "%(name)s attended %(attended)d of the %(required)d sessions needed, so there is "
            "no participation certificate.",
            {"name": "Jürgen Müller", "attended": 1, "required": 3},
        )
        assert message in response.content.decode()

    def test_names_outside_latin1_print_as_written(self, client, editor, course, people):
        waiting = people[2]
        waiting.status = "confirmed"
        waiting.save()
        client.force_login(editor)
        tick(client, course, [(waiting, module) for module in sessions_of(course)])

        response = client.get(f"{ADMIN}{course.pk}/{waiting.pk}/bescheinigung/")

        text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
        assert "Ayşe Yılmaz" in text


class TestExportAndCancel:
    def test_csv_lists_everybody_with_formulas_neutralised(self, client, editor, course, people):
        client.force_login(editor)
        tick(client, course, [(people[0], sessions_of(course)[0])])

        response = client.get(f"{ADMIN}{course.pk}/csv/")

        assert response["Content-Disposition"].endswith('.csv"')
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert len(rows) == 4
        names = [row[2] for row in rows[1:]]
        assert names == ["Jürgen Müller", '\'=HYPERLINK("http://evil")', "Ayşe Yılmaz"]
        assert rows[1][8:] == ["x", "", "", ""]

    def test_staff_cancellation_moves_the_waiting_list_up(
        self, client, editor, course, people, mailoutbox, django_capture_on_commit_callbacks
    ):
        client.force_login(editor)

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"{ADMIN}{course.pk}/{people[0].pk}/stornieren/")

        assert response.status_code == 302
        statuses = dict(Registration.objects.values_list("name", "status"))
        assert statuses["Jürgen Müller"] == "cancelled"
        assert statuses["Ayşe Yılmaz"] == "confirmed"
        assert len(mailoutbox) == 2


def test_the_registration_lists_cost_the_same_queries_for_2_and_20(
    client, editor, event_index, course
):
    client.force_login(editor)

    def add(count):
        for number in range(count):
            event = EventPageFactory(parent=event_index, capacity=50)
            RegistrationFactory(event=event, name=f"Teilnehmerin {number}")
            RegistrationFactory(event=course, name=f"Teilnehmer {number}")

    add(2)
    few = {url: count_queries(client, url) for url in (ADMIN, f"{ADMIN}{course.pk}/")}
    add(18)
    assert {url: count_queries(client, url) for url in few} == few
    assert "Teilnehmer 17" in client.get(f"{ADMIN}{course.pk}/").content.decode()
