"""iCal: one event as a download and the feed of all coming events, parsed back."""

import pytest
from django.utils import translation
from icalendar import Calendar

from home.events.ical import escape_text, fold
from tests.factories import EventIndexPageFactory, EventPageFactory, session_times

pytestmark = pytest.mark.django_db


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


def parse(response):
    return Calendar.from_ical(response.content)


def test_event_file_has_one_vevent_per_session(client, event_index):
    course = EventPageFactory(
        parent=event_index,
        title="Kurs; mit, Sonderzeichen \\ und Umlauten äöü",
        teaser="Zeile eins\nZeile zwei",
        sessions_in=(7, 14),
    )

    with translation.override("de"):
        response = client.get(f"{event_index.url}{course.slug}/kalender/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{course.slug}.ics"'
    assert b"\r\n" in response.content
    events = parse(response).walk("VEVENT")
    assert len(events) == 2
    first = events[0]
    assert str(first["SUMMARY"]) == "Kurs; mit, Sonderzeichen \\ und Umlauten äöü"
    assert "Zeile eins\nZeile zwei" in str(first["DESCRIPTION"])
    assert str(first["LOCATION"]) == "Dorfgemeinschaftshaus, Dorfstraße 1, 24999 Lindau"
    start, end = session_times(7)
    assert first["DTSTART"].dt == start
    assert first["DTEND"].dt == end
    assert first["DTSTAMP"]
    uids = {str(event["UID"]) for event in events}
    assert len(uids) == 2
    assert all(uid.startswith(str(course.translation_key)) for uid in uids)


def test_uids_stay_the_same_when_the_event_is_edited(client, event_index):
    event = EventPageFactory(parent=event_index)
    url = f"{event_index.url}{event.slug}/kalender/"
    before = str(parse(client.get(url)).walk("VEVENT")[0]["UID"])

    event.title = "Neuer Titel"
    event.save_revision().publish()

    assert str(parse(client.get(url)).walk("VEVENT")[0]["UID"]) == before


def test_feed_holds_the_coming_events_only(client, event_index):
    EventPageFactory(parent=event_index, title="Bald", sessions_in=(3,))
    EventPageFactory(parent=event_index, title="Kurs", sessions_in=(5, 12))
    EventPageFactory(parent=event_index, title="Vorbei", sessions_in=(-3,))
    EventPageFactory(parent=event_index, title="Entwurf", live=False)

    response = client.get(f"{event_index.url}kalender/")

    summaries = sorted(str(event["SUMMARY"]) for event in parse(response).walk("VEVENT"))
    assert summaries == ["Bald", "Kurs", "Kurs"]


def test_unknown_or_unpublished_event_is_404(client, event_index):
    draft = EventPageFactory(parent=event_index, live=False)

    assert client.get(f"{event_index.url}gibt-es-nicht/kalender/").status_code == 404
    assert client.get(f"{event_index.url}{draft.slug}/kalender/").status_code == 404


def test_long_lines_are_folded_at_75_octets_without_splitting_letters():
    line = "DESCRIPTION:" + "ä" * 100

    folded = fold(line)

    parts = folded.split("\r\n")
    assert all(len(part.encode()) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join(part[1:] if i else part for i, part in enumerate(parts)) == line


def test_text_escaping():
    assert escape_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"
