"""The event listing at /veranstaltungen/ and the event pages: what visitors see."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from home.events.dates import format_session
from home.models import EventPage, EventSession, HomePage
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    MunicipalityFactory,
    RegionFactory,
    RegistrationFactory,
    TopicFactory,
    UserFactory,
    session_times,
)
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db


def de(text, params=None):
    with translation.override("de"):
        text = translation.gettext(text)
    return text % params if params else text


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


def get(client, url):
    with translation.override("de"):
        response = client.get(url)
    assert response.status_code == 200
    return response


def cards(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select(".listing-page__results .event-card")


def titles(response):
    return [card.select_one("h3 a").get_text(strip=True) for card in cards(response)]


def test_home_page_accepts_the_event_index():
    assert "home.EventIndexPage" in HomePage.subpage_types


def test_past_events_leave_the_listing_by_themselves(client, event_index):
    EventPageFactory(parent=event_index, title="Nächste Woche")
    EventPageFactory(parent=event_index, title="Vorbei", sessions_in=(-2,))
    EventPageFactory(parent=event_index, title="Kurs läuft noch", sessions_in=(-7, 7))
    EventPageFactory(parent=event_index, title="Entwurf", live=False)

    assert sorted(titles(get(client, event_index.url))) == ["Kurs läuft noch", "Nächste Woche"]


def test_listing_is_sorted_by_the_next_date(client, event_index):
    EventPageFactory(parent=event_index, title="In drei Wochen", sessions_in=(21,))
    EventPageFactory(parent=event_index, title="Morgen", sessions_in=(1,))
    EventPageFactory(
        parent=event_index, title="Begonnen, nächster Termin in zwei Wochen", sessions_in=(-7, 14)
    )

    assert titles(get(client, event_index.url)) == [
        "Morgen",
        "Begonnen, nächster Termin in zwei Wochen",
        "In drei Wochen",
    ]


def test_card_shows_kind_date_place_costs_and_places(client, event_index):
    event = EventPageFactory(
        parent=event_index, kind=EventPage.Kind.STAMMTISCH, capacity=5, sessions_in=(3, 10)
    )
    RegistrationFactory(event=event)
    EventPageFactory(parent=event_index, is_online=True, costs="15 €", sessions_in=(4,))

    first, second = cards(get(client, event_index.url))

    text = first.get_text(" ", strip=True)
    start, end = session_times(3)
    with translation.override("de"):
        assert format_session(start, end) in text
        assert str(EventPage.Kind.STAMMTISCH.label) in text
        assert de("free of charge") in text
        assert (
            translation.ngettext("%(counter)s place left", "%(counter)s places left", 4)
            % {"counter": 4}
            in text
        )
        assert "Lindau" in text
    other = second.get_text(" ", strip=True)
    assert de("online") in other
    assert "15 €" in other
    assert de("Registration open") in other


def test_german_date_format():
    start = timezone.make_aware(datetime.datetime(2026, 12, 5, 10, 0))
    end = timezone.make_aware(datetime.datetime(2026, 12, 5, 16, 0))

    with translation.override("de"):
        text = format_session(start, end)

    assert text.startswith("Sa, 05.12.2026, 10:00")
    assert "16:00" in text


@pytest.mark.parametrize(
    ("capacity", "confirmed", "waiting_list", "label"),
    [
        (2, 2, True, "Waiting list"),
        (2, 2, False, "Fully booked"),
        (None, 0, True, "Registration open"),
    ],
)
def test_card_says_when_full(client, event_index, capacity, confirmed, waiting_list, label):
    event = EventPageFactory(
        parent=event_index, capacity=capacity, waiting_list_enabled=waiting_list
    )
    for _ in range(confirmed):
        RegistrationFactory(event=event)

    (card,) = cards(get(client, event_index.url))

    assert card.select_one(".kern-badge").get_text(strip=True) == de(label)


def test_card_says_when_registration_is_closed(client, event_index):
    EventPageFactory(
        parent=event_index,
        registration_deadline=timezone.now() - datetime.timedelta(hours=1),
    )
    EventPageFactory(parent=event_index, registration_enabled=False, sessions_in=(8,))

    closed, none = cards(get(client, event_index.url))

    assert closed.select_one(".kern-badge").get_text(strip=True) == de("Registration closed")
    assert none.select_one(".kern-badge").get_text(strip=True) == de("No registration needed")


def test_filters_by_kind_topic_region_and_month(client, event_index):
    north = RegionFactory(name="Amt Nord", slug="nord")
    south = RegionFactory(name="Kreis Süd", slug="sued")
    law = TopicFactory(name="Recht", slug="recht")
    EventPageFactory(
        parent=event_index,
        title="Stammtisch Nord",
        kind="stammtisch",
        municipality=MunicipalityFactory(region=north),
        sessions_in=(3,),
    )
    EventPageFactory(
        parent=event_index,
        title="Recht im Süden",
        topics=[law],
        region=south,
        is_online=True,
        sessions_in=(70,),
    )
    month = timezone.localtime(session_times(70)[0])

    assert titles(get(client, event_index.url + "?art=stammtisch")) == ["Stammtisch Nord"]
    assert titles(get(client, event_index.url + "?thema=recht")) == ["Recht im Süden"]
    assert titles(get(client, event_index.url + "?region=nord")) == ["Stammtisch Nord"]
    assert titles(get(client, event_index.url + f"?monat={month:%Y-%m}")) == ["Recht im Süden"]


@pytest.mark.parametrize(
    "query",
    [
        "?art=nonsense",
        "?monat=2099-13",
        "?monat=abc",
        "?thema=%00",
        "?region=" + "x" * 5000,
        "?page=-1",
        "?page=abc",
        "?monat=<script>",
    ],
)
def test_bad_filter_values_are_answered_without_error(client, event_index, query):
    EventPageFactory(parent=event_index, title="Workshop")

    response = get(client, event_index.url + query)

    assert titles(response) == ["Workshop"]
    if "page" not in query:
        assert BeautifulSoup(response.content, "html.parser").select(".kern-error")


def test_paging_keeps_the_filters_and_empty_state_helps(client, event_index):
    for number in range(12):
        EventPageFactory(parent=event_index, kind="workshop", title=f"W {number:02d}")

    first = get(client, event_index.url + "?art=workshop")
    assert len(titles(first)) == 10
    next_link = BeautifulSoup(first.content, "html.parser").select_one("a[rel=next]")["href"]
    assert "art=workshop" in next_link
    assert len(titles(get(client, event_index.url + next_link))) == 2

    empty = get(client, event_index.url + "?art=stammtisch").content.decode()
    assert de("No coming event matches all of these filters.") in empty


@pytest.mark.parametrize("query", ["", "?art=workshop&thema=recht"])
def test_query_count_does_not_grow_with_the_events(client, event_index, query):
    law = TopicFactory(name="Recht", slug="recht")

    def add(count):
        for number in range(count):
            event = EventPageFactory(
                parent=event_index, topics=[law], capacity=5, sessions_in=(number % 9 + 1, 30)
            )
            RegistrationFactory(event=event)

    add(3)
    with_few = count_queries(client, event_index.url + query)
    add(27)
    with_many = count_queries(client, event_index.url + query)

    assert len(titles(get(client, event_index.url + query))) == 10
    assert with_many == with_few


def test_event_page_shows_sessions_place_organiser_and_form(client, event_index):
    course = EventPageFactory(
        parent=event_index,
        title="Vereinsmanagement",
        kind=EventPage.Kind.CERTIFICATE_COURSE,
        sessions_in=(7, 14, 21),
        sessions_for_certificate=2,
        costs="",
        target_group="Vorstände",
    )

    soup = BeautifulSoup(get(client, course.url).content, "html.parser")

    sessions = soup.select(".event-sessions__item")
    assert len(sessions) == 3
    assert soup.select_one("form.registration-form")
    text = soup.get_text(" ", strip=True)
    assert "Dorfgemeinschaftshaus, Dorfstraße 1, 24999 Lindau" in text
    assert "Vorstände" in text
    assert de("free of charge") in text
    ical = soup.select_one("a[download]")["href"]
    assert ical == f"{event_index.url}{course.slug}/kalender/"


def test_event_needs_a_place_or_online():
    event = EventPage(title="Ohne Ort", kind="workshop", teaser="x", venue="", town="")

    with pytest.raises(ValidationError, match="online"):
        event.full_clean(
            exclude=["path", "depth", "slug", "content_type", "translation_key", "locale"]
        )


def test_editors_preview_of_a_new_event_shows_the_form_but_cannot_send_it(event_index):
    event = EventPage(
        title="Neu",
        slug="neu",
        kind="workshop",
        teaser="Vorschau",
        venue="Saal",
        locale_id=event_index.locale_id,
    )
    start, end = session_times(3)
    event.sessions = [EventSession(start=start, end=end)]
    event.path, event.depth = event_index.path + "0001", event_index.depth + 1

    response = event.make_preview_request(
        extra_request_attrs={"user": UserFactory(is_superuser=True)}
    )

    soup = BeautifulSoup(response.render().content.decode(), "html.parser")
    assert soup.select_one("form.registration-form button[type=submit]").has_attr("disabled")
