import datetime

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, Page, Revision

from clubs.demo import club_profiles
from clubs.models import (
    ClubDirectoryPage,
    ClubPage,
    ContactPointPage,
    Expert,
    NetworkPage,
    OpportunityPage,
)
from home.models import Category, Municipality, Region, Topic

pytestmark = pytest.mark.django_db


def german(model):
    return model.objects.filter(locale__language_code="de")


def english_locale():
    return Locale.objects.get(language_code="en")


def database_snapshot():
    counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
    pages = list(
        Page.objects.order_by("pk").values_list(
            "pk", "path", "title", "live", "latest_revision_id", "last_published_at"
        )
    )
    return counts, pages, Revision.objects.count()


def test_demo_creates_two_regions_with_their_villages(demo):
    regions = {region.slug: region for region in Region.objects.all()}

    assert set(regions) == {"amt-eiderheide", "landkreis-ohmtal"}
    assert regions["amt-eiderheide"].kind == Region.Kind.AMT
    assert regions["landkreis-ohmtal"].kind == Region.Kind.DISTRICT
    assert regions["amt-eiderheide"].municipalities.count() == 8
    assert regions["landkreis-ohmtal"].municipalities.count() == 6
    assert Municipality.objects.count() >= 14
    for municipality in Municipality.objects.all():
        assert municipality.has_location
        assert len(municipality.postcode) == 5


def test_demo_coordinators_coordinate_their_region(demo):
    coordinators = {
        region.slug: list(region.coordinators.values_list("username", flat=True))
        for region in Region.objects.all()
    }

    assert coordinators == {
        "amt-eiderheide": ["koordination.nord"],
        "landkreis-ohmtal": ["koordination.sued"],
    }


def test_demo_topics_and_categories_are_translated_with_the_same_slug(demo):
    english = english_locale()

    for model, expected in ((Topic, 9), (Category, 9)):
        terms = list(german(model))
        assert len(terms) == expected
        for term in terms:
            translation = term.get_translation(english)
            assert translation.slug == term.slug
            assert translation.name != term.name or term.slug == "sport"
    assert Topic.objects.get(locale=english, slug="oeffentlichkeitsarbeit").name == (
        "Public relations"
    )


def test_demo_creates_clubs_of_every_kind_in_many_villages(demo):
    clubs = german(ClubPage).live()

    assert clubs.count() == len(club_profiles.CLUBS)
    assert 18 <= clubs.count() <= 22
    assert set(clubs.values_list("kind", flat=True)) == set(ClubPage.Kind.values)
    assert clubs.values("municipality").distinct().count() >= 12
    assert not clubs.filter(categories__isnull=True).exists()
    for club in clubs:
        assert club.contact_email.endswith("@example.org")
        assert club.representatives_id


def test_demo_opportunities_mix_kinds_of_commitment(demo):
    opportunities = german(OpportunityPage).live()
    commitments = set(opportunities.values_list("commitment", flat=True))

    assert 28 <= opportunities.count() <= 36
    assert commitments == set(OpportunityPage.Commitment.values)
    assert opportunities.filter(remote_possible=True).count() >= 3
    assert opportunities.filter(police_certificate_required=True).count() >= 3
    assert opportunities.open().count() == opportunities.count()


def test_demo_one_off_opportunities_all_lie_ahead(demo):
    today = timezone.localdate()
    one_off = german(OpportunityPage).filter(commitment=OpportunityPage.Commitment.ONE_OFF)
    days_ahead = [(opportunity.starts_on - today).days for opportunity in one_off]

    assert len(days_ahead) >= 8
    assert min(days_ahead) > 0
    assert any(days <= 14 for days in days_ahead)
    assert any(30 <= days <= 92 for days in days_ahead)


def test_demo_networks_have_members_moderator_and_coming_stammtisch_dates(demo):
    now = timezone.now()
    networks = german(NetworkPage).live()

    assert networks.count() == 3
    assert set(networks.values_list("region__slug", flat=True)) == {
        "amt-eiderheide",
        "landkreis-ohmtal",
    }
    for network in networks:
        assert network.member_clubs.count() >= 5
        assert network.moderator
        assert network.meeting_rhythm
        meetings = list(network.meetings.all())
        assert len(meetings) >= 3
        assert all(meeting.starts_at > now for meeting in meetings)
        assert len(network.upcoming_meetings()) == 3


def test_demo_contact_points_have_coordinators_branch_offices_and_office_hours(demo):
    contact_points = german(ContactPointPage).live()

    assert contact_points.count() == 3
    for contact_point in contact_points:
        assert contact_point.coordinators.exists()
        assert contact_point.branch_offices.exists()
        assert contact_point.office_hours.exists()
        assert contact_point.upcoming_office_hours()


def test_demo_experts_one_unlisted_and_one_linked_to_the_expert_account(demo):
    experts = Expert.objects.all()

    assert experts.count() == 6
    assert experts.filter(listed_publicly=False).count() == 1
    assert set(experts.values_list("kind", flat=True)) == set(Expert.Kind.values)
    assert experts.get(user__username="lotse").name == "Hans-Peter Jensen"
    for expert in experts:
        assert expert.topics.exists()
        assert expert.regions.exists()


def test_demo_club_representatives_belong_to_one_club_each(demo):
    users = get_user_model().objects

    for username, category in (("verein.sport", "sport"), ("verein.kultur", "kultur")):
        club_groups = Group.objects.filter(user=users.get(username=username), clubs__isnull=False)
        clubs = german(ClubPage).filter(representatives__in=club_groups)
        assert clubs.count() == 1
        assert clubs.get().categories.filter(slug=category).exists()
        assert club_groups.distinct().count() == 1


def test_demo_sections_come_first_in_the_menu_in_both_languages(demo, home_page):
    english_home = home_page.get_translation(english_locale())

    for home in (home_page, english_home):
        menu = [page.slug for page in home.get_children().live().in_menu()]
        assert menu[:4] == ["engagement", "vereine", "netzwerke", "anlaufstellen"]
        assert "ueber-das-portal" in menu[4:]


def test_demo_translates_sections_and_a_few_clubs_and_opportunities(demo):
    english = english_locale()
    translated_clubs = [spec for spec in club_profiles.CLUBS if "en" in spec]

    directory = german(ClubDirectoryPage).get()
    assert directory.get_translation(english).live
    assert ClubPage.objects.filter(locale=english).count() == len(translated_clubs) >= 3
    for spec in translated_clubs:
        club = german(ClubPage).get(slug=spec["slug"])
        translation = club.get_translation(english)
        assert translation.title == spec["en"]["title"]
        assert translation.live
        assert translation.representatives_id == club.representatives_id
        assert {term.locale_id for term in translation.categories.all()} == {english.pk}
    english_opportunities = OpportunityPage.objects.filter(locale=english).live()
    assert english_opportunities.count() >= 4
    assert all(page.get_parent().locale_id == english.pk for page in english_opportunities)


def test_demo_section_pages_answer_in_both_languages(demo, client):
    for slug in ("engagement", "vereine", "netzwerke", "anlaufstellen"):
        assert client.get(f"/{slug}/").status_code == 200, slug
        assert client.get(f"/en/{slug}/").status_code == 200, slug


def test_demo_loads_twice_without_changing_anything(demo):
    from home.demo import load_demo_content

    first = database_snapshot()

    load_demo_content(log=lambda message: None)

    assert database_snapshot() == first


def test_demo_dates_follow_the_day_of_loading(demo):
    """Loaded on another day, the dates move along, so a fresh demo never shows the past."""
    from clubs.demo.loader import ClubsDemoLoader

    loader = ClubsDemoLoader(log=lambda message: None, today=datetime.date(2031, 12, 20))

    dates = loader._stammtisch_dates(weekday=1, nth=1, time="19:00")
    assert [date.date() for date in dates] == [
        datetime.date(2032, 1, 6),
        datetime.date(2032, 2, 3),
        datetime.date(2032, 3, 2),
        datetime.date(2032, 4, 6),
    ]
    assert loader._starts_on({"starts_in": 5, "on": 5}) == datetime.date(2031, 12, 27)
