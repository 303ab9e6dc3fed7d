"""Club directory, club profile, networks and contact points as visitors see them."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation

from clubs.contact_points.models import upcoming_office_hours
from clubs.models import ContactPointPage, NetworkMeeting, OfficeHours
from tests.factories import (
    CategoryFactory,
    ContactPointIndexPageFactory,
    ContactPointPageFactory,
    ExpertFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    OpportunityPageFactory,
    TopicFactory,
)
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def get(client, url):
    with translation.override("de"):
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def card_titles(html):
    soup = BeautifulSoup(html, "html.parser")
    return [
        link.get_text(strip=True) for link in soup.select(".result-list h3 a, .result-list h2 a")
    ]


class TestClubDirectory:
    def test_filters_by_village_category_competency_and_kind(
        self, client, directory, club_in, villages
    ):
        sport = CategoryFactory(name="Sport", slug="sport")
        law = TopicFactory(name="Recht", slug="recht")
        club_in(villages["lindau"], title="TSV Lindau", categories=[sport], competencies=[law])
        club_in(villages["lindau"], title="Chor Lindau")
        club_in(villages["weitdorf"], title="SV Weitdorf", categories=[sport])
        club_in(villages["weitdorf"], title="Gemeinde Weitdorf", kind="municipality")

        assert sorted(card_titles(get(client, directory.url + "?ort=lindau"))) == [
            "Chor Lindau",
            "TSV Lindau",
        ]
        assert card_titles(get(client, directory.url + "?bereich=sport&ort=weitdorf")) == [
            "SV Weitdorf"
        ]
        assert card_titles(get(client, directory.url + "?kompetenz=recht")) == ["TSV Lindau"]
        assert card_titles(get(client, directory.url + "?art=municipality")) == [
            "Gemeinde Weitdorf"
        ]
        html = get(client, directory.url + "?ort=fernort")
        assert "0 Vereine gefunden" in html
        assert "Kein Verein passt zu allen Filtern" in html

    def test_unknown_filter_values_do_not_break_the_page(
        self, client, directory, club_in, villages
    ):
        club_in(villages["lindau"], title="TSV Lindau")

        html = get(client, directory.url + "?ort=nirgendwo&art=%3Cb%3E&page=99")

        assert card_titles(html) == ["TSV Lindau"]
        assert "Bitte eine gültige Auswahl treffen" in html

        assert "TSV Lindau" not in card_titles(html) or "Auswahl" in html

    def test_query_count_does_not_grow_with_the_clubs(self, client, directory, club_in, villages):
        sport = CategoryFactory(name="Sport", slug="sport")

        url = directory.url + "?bereich=sport"
        for _ in range(5):
            club_in(villages["lindau"], categories=[sport])
        with_five = count_queries(client, url)
        for _ in range(45):
            club_in(villages["weitdorf"], categories=[sport])
        assert count_queries(client, url) == with_five
        assert "50 Vereine" in client.get(url).content.decode()


class TestClubPage:
    def test_shows_profile_open_opportunities_and_networks_never_the_email(
        self, client, home_page, club_in, villages
    ):
        club = club_in(
            villages["lindau"],
            title="TSV Lindau",
            contact_email="vorstand@tsv.example",
            meeting_times="Dienstags 18 Uhr",
        )
        OpportunityPageFactory(parent=club, title="Trainingshilfe")
        OpportunityPageFactory(
            parent=club,
            title="Vorbei",
            commitment="one_off",
            starts_on=TODAY - datetime.timedelta(days=1),
        )
        networks = NetworkIndexPageFactory(parent=home_page)
        NetworkPageFactory(parent=networks, title="Netzwerk Nord", member_clubs=[club])
        NetworkPageFactory(parent=networks, title="Netzwerk ohne TSV")

        html = get(client, club.url)

        assert "Dienstags 18 Uhr" in html
        assert "Trainingshilfe" in html
        assert "Vorbei" not in html
        assert "Netzwerk Nord" in html
        assert "Netzwerk ohne TSV" not in html
        assert "vorstand@tsv.example" not in html


class TestNetworks:
    def test_network_lists_members_and_only_future_dates(
        self, client, home_page, club_in, villages
    ):
        members = [
            club_in(villages["lindau"], title="TSV Lindau"),
            club_in(villages["weitdorf"], title="Chor Weitdorf"),
        ]
        networks = NetworkIndexPageFactory(parent=home_page)
        network = NetworkPageFactory(
            parent=networks,
            title="Netzwerk Nord",
            meeting_rhythm="jeden ersten Dienstag",
            member_clubs=members,
        )
        now = timezone.now()
        NetworkMeeting.objects.create(
            page=network, starts_at=now - datetime.timedelta(days=3), place="Alter Krug"
        )
        NetworkMeeting.objects.create(
            page=network, starts_at=now + datetime.timedelta(days=3), place="Dorfkrug"
        )

        html = get(client, network.url)

        assert "TSV Lindau" in html
        assert "Chor Weitdorf" in html
        assert "Dorfkrug" in html
        assert "Alter Krug" not in html
        assert "Netzwerk Nord" in get(client, networks.url)


@pytest.fixture
def contact_points(home_page, villages):
    index = ContactPointIndexPageFactory(parent=home_page)
    far = ContactPointPageFactory(
        parent=index, title="Anlaufstelle Weitdorf", municipality=villages["weitdorf"]
    )
    near = ContactPointPageFactory(
        parent=index, title="Anlaufstelle Nachbardorf", municipality=villages["nachbardorf"]
    )
    return index, near, far


class TestContactPoints:
    def test_upcoming_office_hours_start_now_and_mark_the_open_one(self):
        tuesday_10 = timezone.make_aware(datetime.datetime(2026, 11, 24, 10, 0))
        hours = [
            OfficeHours(weekday=1, opens_at=datetime.time(9), closes_at=datetime.time(12)),
            OfficeHours(
                weekday=1,
                opens_at=datetime.time(7),
                closes_at=datetime.time(8),
                place="Dorfgemeinschaftshaus",
            ),
            OfficeHours(weekday=3, opens_at=datetime.time(14), closes_at=datetime.time(16)),
        ]

        dates = upcoming_office_hours(hours, now=tuesday_10, limit=4)

        assert [(d.starts_at.day, d.starts_at.hour, d.is_open) for d in dates] == [
            (24, 9, True),  # Tuesday, open now
            (26, 14, False),  # Thursday
            (1, 7, False),  # next Tuesday: the early hours of today are over
            (1, 9, False),
        ]

    def test_page_says_whether_it_is_open_now(self, client, contact_points):
        _, near, _ = contact_points
        today = timezone.localdate().weekday()
        OfficeHours.objects.create(
            page=near,
            weekday=today,
            opens_at=datetime.time(0),
            closes_at=datetime.time(23, 59, 59),
            place="Rathaus",
        )
        OfficeHours.objects.create(
            page=near,
            weekday=(today + 1) % 7,
            opens_at=datetime.time(9),
            closes_at=datetime.time(11),
        )

        html = get(client, near.url)

        assert "Jetzt geöffnet bis 23:59 Uhr: Rathaus" in html
        assert "9:00 bis 11:00 Uhr" in html or "09:00 bis 11:00 Uhr" in html

    def test_index_sorts_by_distance_from_the_visitors_village(self, client, contact_points):
        index, _, _ = contact_points

        assert card_titles(get(client, index.url + "?ort=lindau")) == [
            "Anlaufstelle Nachbardorf",
            "Anlaufstelle Weitdorf",
        ]
        assert card_titles(get(client, index.url + "?ort=fernort")) == [
            "Anlaufstelle Weitdorf",
            "Anlaufstelle Nachbardorf",
        ]

    def test_lists_only_experts_of_the_region_who_agreed(
        self, client, contact_points, north, south
    ):
        _, near, _ = contact_points
        assert near.region == north
        listed = ExpertFactory(name="Frau Listig", listed_publicly=True)
        listed.regions.add(north)
        hidden = ExpertFactory(name="Herr Verborgen", listed_publicly=False)
        hidden.regions.add(north)
        elsewhere = ExpertFactory(name="Frau Anderswo", listed_publicly=True)
        elsewhere.regions.add(south)

        html = get(client, ContactPointPage.objects.get(pk=near.pk).url)

        assert "Frau Listig" in html
        assert "Herr Verborgen" not in html
        assert "Frau Anderswo" not in html


def test_an_opportunity_that_is_over_takes_no_more_messages(client, club_in, villages):
    club = club_in(villages["lindau"])
    over = OpportunityPageFactory(
        parent=club,
        commitment="one_off",
        starts_on=TODAY - datetime.timedelta(days=1),
    )

    html = get(client, over.url)
    with translation.override("de"):
        response = client.post(
            over.url,
            {"name": "Alex", "email": "alex@example.org", "message": "Hallo", "consent": "on"},
        )

    assert "nicht mehr aktuell" in html
    assert 'name="email"' not in html
    assert response.status_code == 200
    assert not over.interests.exists()


class TestIndexesQueryBudgets:
    def test_networks_cost_the_same_queries_for_2_and_20(
        self, client, home_page, club_in, villages
    ):
        networks = NetworkIndexPageFactory(parent=home_page)

        def add(count):
            for _ in range(count):
                network = NetworkPageFactory(
                    parent=networks, member_clubs=[club_in(villages["lindau"])]
                )
                NetworkMeeting.objects.create(
                    page=network,
                    starts_at=timezone.now() + datetime.timedelta(days=3),
                    place="Dorfkrug",
                )

        add(2)
        few = count_queries(client, networks.url)
        add(18)
        assert count_queries(client, networks.url) == few
        assert get(client, networks.url).count("Netzwerk ") >= 20

    def test_contact_points_cost_the_same_queries_for_2_and_20(self, client, home_page, villages):
        index = ContactPointIndexPageFactory(parent=home_page)

        def add(count):
            for _ in range(count):
                point = ContactPointPageFactory(parent=index, municipality=villages["weitdorf"])
                OfficeHours.objects.create(
                    page=point, weekday=2, opens_at=datetime.time(9), closes_at=datetime.time(12)
                )

        url = index.url + "?ort=nachbardorf"
        add(2)
        few = count_queries(client, url)
        add(18)
        assert count_queries(client, url) == few
        assert len(card_titles(get(client, url))) >= 10
