"""The personal calendar feed: made on request, read by calendar programs without a session,
renewed so that the old address stops working, never kept by a cache."""

import datetime

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from clubs.volunteer_area.models import CalendarFeed
from tests.clubs.test_volunteer_area_setup import OTHER, PERSON, TODAY, AreaWorld, open_area
from tests.factories import RegistrationFactory, ShiftFactory, ShiftSignupFactory


@pytest.fixture
def area(client):
    open_area(client)
    return client


def feed_path(area):
    """Subscribe (POST) and read the address shown on the overview."""
    area.post("/mein-engagement/kalender/")
    soup = BeautifulSoup(area.get("/mein-engagement/").content, "html.parser")
    url = soup.select_one("input#feed-url")["value"]
    return url.split("testserver", 1)[1]


def parsed(response):
    return icalendar.Calendar.from_ical(response.content)


@pytest.mark.django_db
class TestCalendarFeed(AreaWorld):
    def test_the_feed_holds_the_shifts_and_course_sessions_of_the_address(
        self, area, world, events
    ):
        world["waiting"].delete()
        RegistrationFactory(event=events["workshop"], email=PERSON.upper())
        long_ago = ShiftFactory(
            opportunity=world["coming"].shift.opportunity,
            task="Uralt",
            date=TODAY - datetime.timedelta(days=120),
        )
        ShiftSignupFactory(shift=long_ago, email=PERSON)

        response = Client().get(feed_path(area))

        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")
        summaries = sorted(str(event["SUMMARY"]) for event in parsed(response).walk("VEVENT"))
        assert summaries == sorted(
            [
                "Sommerfest: Kuchenstand",
                "Sommerfest: Aufbau",
                "Kassenworkshop",
                "Erste Hilfe im Verein",
                "Erste Hilfe im Verein",
            ]
        )
        coming = next(
            event
            for event in parsed(response).walk("VEVENT")
            if "Kuchenstand" in str(event["SUMMARY"])
        )
        start = timezone.localtime(coming.decoded("DTSTART"))
        assert (start.date(), start.hour) == (world["coming"].shift.date, 14)

    def test_uids_stay_the_same_between_fetches(self, area, world):
        path = feed_path(area)

        first = [str(event["UID"]) for event in parsed(Client().get(path)).walk("VEVENT")]
        second = [str(event["UID"]) for event in parsed(Client().get(path)).walk("VEVENT")]

        assert first == second
        assert len(set(first)) == len(first)

    def test_no_cache_may_keep_it(self, area, shifts):
        response = Client().get(feed_path(area))

        assert response["Cache-Control"] == "private, no-store"

    def test_a_cancelled_shift_leaves_the_feed(self, area, shifts):
        path = feed_path(area)
        area.post(f"/mein-engagement/schichten/{shifts['coming'].pk}/absagen/")

        summaries = [str(e["SUMMARY"]) for e in parsed(Client().get(path)).walk("VEVENT")]

        assert "Sommerfest: Kuchenstand" not in summaries

    def test_asking_twice_keeps_one_feed(self, area, shifts):
        first = feed_path(area)
        second = feed_path(area)

        assert first == second
        assert CalendarFeed.objects.filter(email=PERSON).count() == 1

    def test_a_new_address_makes_the_old_one_invalid(self, area, shifts):
        old = feed_path(area)

        area.post("/mein-engagement/kalender/neu/")

        soup = BeautifulSoup(area.get("/mein-engagement/").content, "html.parser")
        new = soup.select_one("input#feed-url")["value"].split("testserver", 1)[1]
        assert new != old
        assert Client().get(old).status_code == 404
        assert Client().get(new).status_code == 200

    def test_a_wrong_token_or_another_feed_number_is_not_found(self, area, shifts):
        path = feed_path(area)
        other = Client()
        open_area(other, OTHER)
        other_path = feed_path(other)
        mine = CalendarFeed.objects.get(email=PERSON)
        my_token = path.rsplit("/", 1)[1]
        theirs = CalendarFeed.objects.get(email=OTHER)

        assert Client().get(path.replace(my_token, "0" * 64 + ".ics")).status_code == 404
        assert Client().get(other_path.replace(f"/{theirs.pk}/", f"/{mine.pk}/")).status_code == (
            404
        )
        assert Client().get(path.replace(f"/{mine.pk}/", f"/{theirs.pk}/")).status_code == 404

    def test_the_overview_offers_a_webcal_link(self, area, shifts):
        feed_path(area)

        soup = BeautifulSoup(area.get("/mein-engagement/").content, "html.parser")

        assert soup.select_one("section#calendar a[href^='webcal://']")

    def test_a_place_on_the_waiting_list_is_not_in_the_feed(self, area, places):
        summaries = [
            str(event["SUMMARY"]) for event in parsed(Client().get(feed_path(area))).walk("VEVENT")
        ]

        assert "Kassenworkshop" not in summaries
        assert "Erste Hilfe im Verein" in summaries
