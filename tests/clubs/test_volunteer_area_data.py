"""A person's own data in Mein Engagement: the download holds every record of the address, and
"Alles löschen" removes it all (what the clubs keep, as the registry says), closes the area
everywhere and is logged without the address. Links are deleted after their retention period."""

import datetime
import io
import json
import logging

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from clubs.models import Interest, ShiftSignup
from clubs.volunteer_area.access import create_link
from clubs.volunteer_area.models import CalendarFeed, VolunteerAreaLink
from home.models import Registration
from home.personal_data.registry import ANONYMISED_DOMAIN, ERASED_ACTION, EXPORTED_ACTION
from tests.clubs.test_volunteer_area_setup import (
    OTHER,
    PERSON,
    AreaWorld,
    de,
    open_area,
    page_text,
)
from tests.factories import UserFactory


@pytest.fixture
def area(client):
    open_area(client)
    return client


@pytest.mark.django_db
class TestDownload(AreaWorld):
    def test_the_download_holds_the_records_of_the_address_only(self, area, world, caplog):
        area.post("/mein-engagement/kalender/")

        with caplog.at_level(logging.INFO, logger="home.personal_data.registry"):
            response = area.post("/mein-engagement/daten/")

        assert response["Content-Type"].startswith("application/json")
        assert response["Content-Disposition"].startswith("attachment;")
        assert "no-store" in response["Cache-Control"]
        data = json.loads(response.content)
        assert data["email"] == PERSON
        assert len(data["shift_signups"]) == 2
        assert len(data["expressions_of_interest"]) == 2
        assert len(data["event_registrations"]) == 2
        assert len(data["volunteer_area_links"]) == 1
        assert "token_hash" not in data["volunteer_area_links"][0]
        assert data["calendar_feeds"][0]["email"] == PERSON
        assert OTHER not in response.content.decode()
        assert EXPORTED_ACTION in caplog.text
        assert PERSON not in caplog.text
        assert not ModelLogEntry.objects.filter(action=EXPORTED_ACTION).exists()

    def test_the_download_needs_a_post_and_an_open_area(self, area, shifts):
        assert area.get("/mein-engagement/daten/").status_code == 405
        assert Client().post("/mein-engagement/daten/")["Location"] == "/mein-engagement/"


@pytest.mark.django_db
class TestErase(AreaWorld):
    def test_the_confirmation_says_what_is_deleted_and_what_stays(self, area, world):
        with translation.override("de"):
            response = area.get("/mein-engagement/loeschen/")

        text = page_text(response)
        assert de("Deleted; the club no longer sees the person in its helper lists.") in text
        assert (
            de(
                "Places at events still to come are cancelled, so the waiting list moves up; all "
                "registrations keep only their status and attendance."
            )
            in text
        )
        assert ShiftSignup.objects.filter(email=PERSON).count() == 2  # a GET deletes nothing

    def test_erasing_removes_everything_and_closes_the_area_everywhere(
        self, area, world, django_capture_on_commit_callbacks, mailoutbox, caplog
    ):
        laptop = Client()
        laptop.get(f"/mein-engagement/zugang/{create_link(PERSON)}/")
        area.post("/mein-engagement/kalender/")

        with (
            django_capture_on_commit_callbacks(execute=True),
            caplog.at_level(logging.INFO, logger="home.personal_data.registry"),
            translation.override("de"),
        ):
            response = area.post("/mein-engagement/loeschen/", follow=True)

        assert de("Your data is deleted") in page_text(response)
        assert not ShiftSignup.objects.filter(email__iexact=PERSON).exists()
        assert not Interest.objects.filter(email__iexact=PERSON).exists()
        assert not Registration.objects.filter(email__iexact=PERSON).exists()
        assert not VolunteerAreaLink.objects.filter(email=PERSON).exists()
        assert not CalendarFeed.objects.filter(email=PERSON).exists()
        # What stays, as the registry's erase note says: the places, without the person.
        attended = Registration.objects.get(pk=world["attended"].pk)
        assert attended.email.endswith("@" + ANONYMISED_DOMAIN)
        assert attended.attended_sessions.count() == 2
        # Somebody else's records are untouched.
        assert ShiftSignup.objects.filter(email=OTHER).exists()
        assert Interest.objects.filter(email=OTHER).exists()
        for browser in (area, laptop):
            assert PERSON not in page_text(browser.get("/mein-engagement/"))
        assert ERASED_ACTION in caplog.text
        assert PERSON not in caplog.text
        assert not ModelLogEntry.objects.filter(action=ERASED_ACTION).exists()

    def test_an_account_erasing_its_own_data_is_logged_out(self, client, shifts):
        user = UserFactory(username="helga", email=PERSON)
        client.force_login(user)

        client.post("/mein-engagement/loeschen/")

        user.refresh_from_db()
        assert not user.is_active
        assert "_auth_user_id" not in client.session
        assert not ShiftSignup.objects.filter(email=PERSON).exists()


@pytest.mark.django_db
class TestRetention:
    def test_links_are_deleted_some_days_after_they_expired(self, settings, time_machine):
        time_machine.move_to(timezone.now(), tick=False)
        create_link(PERSON)
        time_machine.shift(datetime.timedelta(hours=settings.VOLUNTEER_AREA_LINK_HOURS))
        create_link(OTHER)
        time_machine.shift(
            datetime.timedelta(days=settings.VOLUNTEER_AREA_LINK_RETENTION_DAYS, seconds=1)
        )

        call_command("apply_retention", "--apply", stdout=io.StringIO())

        assert list(VolunteerAreaLink.objects.values_list("email", flat=True)) == [OTHER]
