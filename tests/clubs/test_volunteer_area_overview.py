"""The overview of Mein Engagement and what a person does there: every record of the address and
none of anybody else's; cancelling and withdrawing once, with one mail; certificates."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import translation

from clubs.models import Interest, ShiftSignup
from home.models import Registration
from tests.clubs.test_volunteer_area_setup import (
    OTHER,
    PERSON,
    AreaWorld,
    de,
    open_area,
    page_text,
)
from tests.factories import (
    EventPageFactory,
    InterestFactory,
    RegistrationFactory,
    ShiftFactory,
    ShiftSignupFactory,
    UserFactory,
)
from tests.query_budget import count_queries


@pytest.fixture
def area(client):
    open_area(client)
    return client


@pytest.fixture
def post(area, django_capture_on_commit_callbacks):
    def send(url):
        with django_capture_on_commit_callbacks(execute=True), translation.override("de"):
            return area.post(url, follow=True)

    return send


def section(response, section_id):
    found = BeautifulSoup(response.content, "html.parser").select_one(f"section#{section_id}")
    return " ".join(found.get_text(" ").split())


@pytest.mark.django_db
class TestOverview(AreaWorld):
    def test_it_lists_every_record_of_the_address(self, area, world):
        with translation.override("de"):
            response = area.get("/mein-engagement/")

        interests = section(response, "interests")
        assert interests.count("TSV Lindau") == 2
        assert "Sommerfest" in interests
        assert de("The club has handled your message") in interests
        assert de("Not yet handled by the club") in interests
        shifts = section(response, "shifts")
        assert "Kuchenstand" in shifts.split(de("Past"))[0]
        assert "Aufbau" in shifts.split(de("Past"))[1]
        events = section(response, "events")
        assert "Kassenworkshop" in events
        assert de("Waiting list, place %(position)s") % {"position": 2} in events
        assert "Erste Hilfe im Verein" in events.split(de("Past"))[1]
        assert "Erste Hilfe im Verein" in section(response, "certificates")

    def test_it_shows_nothing_of_other_addresses(self, area, world):
        response = area.get("/mein-engagement/")

        text = page_text(response)
        assert OTHER not in text
        assert "Otto Other" not in text
        assert "erste@example.org" not in text

    def test_empty_sections_say_so(self, client, db):
        client.force_login(UserFactory(username="neu", email="neu@example.org"))

        with translation.override("de"):
            response = client.get("/mein-engagement/")

        text = page_text(response)
        assert de("You are not signed up for any shift.") in text
        assert de("You are not registered for any course or event.") in text
        assert "empty-state" in section_classes(response, "interests")

    def test_confirmed_places_show_as_confirmed(self, area, events):
        RegistrationFactory(event=events["workshop"], email=PERSON)

        with translation.override("de"):
            response = area.get("/mein-engagement/")

        assert de("Place confirmed") in section(response, "events")

    def test_the_number_of_queries_does_not_grow_with_the_records(self, area, world, events):
        before = count_queries(area, "/mein-engagement/")
        offer = world["coming"].shift.opportunity
        for _ in range(5):
            ShiftSignupFactory(shift=ShiftFactory(opportunity=offer), email=PERSON)
            InterestFactory(club=world["open"].club, opportunity=offer, email=PERSON)
            course = EventPageFactory(parent=events["index"], sessions_in=(-9, -8))
            RegistrationFactory(event=course, email=PERSON).attended_sessions.set(
                course.sessions.all()
            )
            workshop = EventPageFactory(parent=events["index"], capacity=1)
            RegistrationFactory(event=workshop, email=PERSON, status="waiting")

        assert count_queries(area, "/mein-engagement/") == before


def section_classes(response, section_id):
    found = BeautifulSoup(response.content, "html.parser").select_one(f"section#{section_id}")
    return " ".join(" ".join(tag.get("class", [])) for tag in found.find_all(True))


@pytest.mark.django_db
class TestCancellingAShift(AreaWorld):
    def test_cancelling_frees_the_place_and_tells_the_club_once(self, post, shifts, mailoutbox):
        url = f"/mein-engagement/schichten/{shifts['coming'].pk}/absagen/"

        first = post(url)
        second = post(url)

        shifts["coming"].refresh_from_db()
        assert shifts["coming"].cancelled_at is not None
        assert de("Your sign-up is cancelled; your place is free again for others.") in (
            page_text(first)
        )
        assert de("This sign-up was already cancelled.") in page_text(second)
        (mail,) = mailoutbox
        assert mail.to == ["vorstand@tsv.example"]
        assert "Helga Hansen" in mail.body

    def test_the_cancelled_shift_leaves_the_overview(self, post, shifts):
        response = post(f"/mein-engagement/schichten/{shifts['coming'].pk}/absagen/")

        assert "Kuchenstand" not in section(response, "shifts")

    def test_a_shift_of_somebody_else_is_not_found(self, area, shifts, mailoutbox):
        response = area.post(f"/mein-engagement/schichten/{shifts['other'].pk}/absagen/")

        assert response.status_code == 404
        assert ShiftSignup.objects.get(pk=shifts["other"].pk).cancelled_at is None
        assert mailoutbox == []

    def test_a_started_shift_cannot_be_cancelled_here(self, post, shifts, mailoutbox):
        response = post(f"/mein-engagement/schichten/{shifts['past'].pk}/absagen/")

        assert ShiftSignup.objects.get(pk=shifts["past"].pk).cancelled_at is None
        started = de(
            "This shift has already started, so it can no longer be cancelled here. If you "
            "cannot come, please tell the club."
        )
        assert started in page_text(response)
        assert mailoutbox == []

    def test_without_an_open_area_nothing_happens(self, shifts, mailoutbox):
        response = Client().post(f"/mein-engagement/schichten/{shifts['coming'].pk}/absagen/")

        assert response.status_code == 302
        assert response["Location"] == "/mein-engagement/"
        assert ShiftSignup.objects.get(pk=shifts["coming"].pk).cancelled_at is None

    def test_the_action_needs_a_post(self, area, shifts):
        response = area.get(f"/mein-engagement/schichten/{shifts['coming'].pk}/absagen/")

        assert response.status_code == 405
        assert ShiftSignup.objects.get(pk=shifts["coming"].pk).cancelled_at is None


@pytest.mark.django_db
class TestCancellingARegistration(AreaWorld):
    def test_leaving_the_waiting_list_once(self, post, places, mailoutbox):
        url = f"/mein-engagement/anmeldungen/{places['waiting'].pk}/absagen/"

        post(url)
        second = post(url)

        places["waiting"].refresh_from_db()
        assert places["waiting"].status == Registration.Status.CANCELLED
        assert de("This registration was already cancelled.") in page_text(second)
        assert [mail.to for mail in mailoutbox] == [[PERSON]]

    def test_cancelling_a_confirmed_place_moves_the_waiting_list_up(
        self, post, events, places, mailoutbox
    ):
        places["waiting"].status = Registration.Status.CANCELLED
        places["waiting"].save()
        places["confirmed_other"].delete()
        mine = RegistrationFactory(event=events["workshop"], email=PERSON, status="confirmed")

        post(f"/mein-engagement/anmeldungen/{mine.pk}/absagen/")

        places["first_waiting"].refresh_from_db()
        assert places["first_waiting"].status == Registration.Status.CONFIRMED
        assert sorted(mail.to[0] for mail in mailoutbox) == sorted([OTHER, PERSON])

    def test_a_registration_of_somebody_else_is_not_found(self, area, places):
        response = area.post(f"/mein-engagement/anmeldungen/{places['first_waiting'].pk}/absagen/")

        assert response.status_code == 404
        places["first_waiting"].refresh_from_db()
        assert places["first_waiting"].status == Registration.Status.WAITING

    def test_a_past_event_cannot_be_cancelled(self, post, places, mailoutbox):
        post(f"/mein-engagement/anmeldungen/{places['attended'].pk}/absagen/")

        places["attended"].refresh_from_db()
        assert places["attended"].status == Registration.Status.CONFIRMED
        assert mailoutbox == []


@pytest.mark.django_db
class TestWithdrawingAMessage(AreaWorld):
    def test_withdrawing_deletes_it_and_tells_the_club_once(self, post, interests, mailoutbox):
        url = f"/mein-engagement/nachrichten/{interests['open'].pk}/zurueckziehen/"

        first = post(url)
        second = post(url)

        assert not Interest.objects.filter(pk=interests["open"].pk).exists()
        assert de("This message was already withdrawn.") in page_text(second)
        assert "TSV Lindau" in page_text(first)
        (mail,) = mailoutbox
        assert mail.to == ["vorstand@tsv.example"]
        assert "Helga Hansen" in mail.body

    def test_an_address_in_other_case_is_the_same_person(self, post, interests):
        post(f"/mein-engagement/nachrichten/{interests['handled'].pk}/zurueckziehen/")

        assert not Interest.objects.filter(pk=interests["handled"].pk).exists()

    def test_a_message_of_somebody_else_is_untouched_and_answers_as_a_missing_one(
        self, area, interests, mailoutbox
    ):
        others = area.post(f"/mein-engagement/nachrichten/{interests['other'].pk}/zurueckziehen/")
        missing = area.post("/mein-engagement/nachrichten/999999/zurueckziehen/")

        assert others.status_code == missing.status_code == 302
        assert others["Location"] == missing["Location"]
        assert Interest.objects.filter(pk=interests["other"].pk).exists()
        assert mailoutbox == []


@pytest.mark.django_db
class TestCertificates(AreaWorld):
    def test_a_qualifying_registration_gives_a_pdf(self, area, places):
        response = area.get(
            f"/mein-engagement/anmeldungen/{places['attended'].pk}/teilnahmebescheinigung/"
        )

        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response.content.startswith(b"%PDF")

    def test_no_certificate_without_attendance_or_for_somebody_else(self, area, events, places):
        stranger = RegistrationFactory(event=events["course"], email=OTHER)
        stranger.attended_sessions.set(events["course"].sessions.all())

        for registration in (places["waiting"], stranger):
            response = area.get(
                f"/mein-engagement/anmeldungen/{registration.pk}/teilnahmebescheinigung/"
            )
            assert response.status_code == 404
