"""Coordinators act in the admin only within their own regions (home.region_scope).

The attack of the review: the coordinator of region north moves a south municipality into
north, or points a south expert at their own account, and then reads south's volunteer
messages and requests. Each test sends the requests by object id, as an attacker would, and
checks what a person would notice: what the pages show and what is stored afterwards.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from clubs.models import Expert, Interest
from home.models import Municipality
from home.roles import EXPERTS
from tests.factories import (
    ExpertFactory,
    InterestFactory,
    MunicipalityFactory,
    RoutingRuleFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SOUTH_SECRET = "Helferin aus dem Süden"


def municipality_form(municipality, **changes):
    data = {
        "region": municipality.region_id,
        "name": municipality.name,
        "slug": municipality.slug,
        "postcode": municipality.postcode,
        "latitude": str(municipality.latitude),
        "longitude": str(municipality.longitude),
    }
    return {**data, **changes}


def expert_form(expert, **changes):
    data = {
        "kind": expert.kind,
        "name": expert.name,
        "organisation": expert.organisation,
        "profile": expert.profile,
        "topics": [topic.pk for topic in expert.topics.all()],
        "regions": [region.pk for region in expert.regions.all()],
        "user": expert.user_id or "",
    }
    return {**data, **changes}


def modal(client, address):
    """The HTML of a chooser modal (sent as JSON)."""
    return client.get(address).json()["html"]


def url(name, *args):
    return reverse(name, args=args)


def municipality_state(municipality):
    return Municipality.objects.filter(pk=municipality.pk).values().get()


def expert_state(expert):
    expert = Expert.objects.get(pk=expert.pk)
    return expert.user_id, sorted(expert.regions.values_list("pk", flat=True)), expert.name


@pytest.fixture
def south_interest(club_b):
    return InterestFactory(club=club_b, name=SOUTH_SECRET)


@pytest.fixture
def south_expert(roles, club_b, topic):
    user = UserFactory(username="lotse.sued")
    user.groups.add(Group.objects.get(name=EXPERTS.group_name))
    expert = ExpertFactory(name="Lotse Süd", user=user)
    expert.regions.add(club_b.region)
    expert.topics.add(topic)
    return expert


def test_a_coordinator_neither_sees_nor_moves_another_regions_municipality(
    client, club_a, club_b, coordinator_a, south_interest
):
    south = club_b.municipality
    before = municipality_state(south)
    client.force_login(coordinator_a)

    listing = client.get(url("wagtailsnippets_home_municipality:list")).content.decode()
    assert club_a.municipality.name in listing
    assert south.name not in listing
    edit = url("wagtailsnippets_home_municipality:edit", south.pk)
    assert client.get(edit).status_code == 404
    for name in ("history", "usage", "copy"):
        other_view = url(f"wagtailsnippets_home_municipality:{name}", south.pk)
        assert client.get(other_view).status_code == 404, name
    moved = client.post(edit, municipality_form(south, region=club_a.region.pk))

    assert moved.status_code == 404
    assert municipality_state(south) == before
    interests = client.get(url("interests:index")).content.decode()
    assert SOUTH_SECRET not in interests
    assert not Interest.objects.visible_to(coordinator_a).filter(pk=south_interest.pk).exists()


def test_a_coordinator_edits_their_own_municipality_but_cannot_move_it(
    client, club_a, club_b, coordinator_a
):
    north = club_a.municipality
    edit = url("wagtailsnippets_home_municipality:edit", north.pk)
    client.force_login(coordinator_a)

    form = client.get(edit).context["form"]
    assert form.fields["region"].disabled
    moved = client.post(edit, municipality_form(north, region=club_b.region.pk, name="Nordhausen"))

    assert moved.status_code == 200
    [error] = moved.context["form"].non_field_errors()
    assert "Programmleitung" in error
    assert error in moved.content.decode()
    north.refresh_from_db()
    assert (north.region, north.name) == (club_a.region, club_a.municipality.name)

    renamed = client.post(edit, municipality_form(north, name="Nordhausen"))
    assert renamed.status_code == 302
    north.refresh_from_db()
    assert (north.region, north.name) == (club_a.region, "Nordhausen")


def test_administrators_and_programme_leads_still_move_municipalities(
    client, club_a, club_b, superuser, programme_lead
):
    north = club_a.municipality
    edit = url("wagtailsnippets_home_municipality:edit", north.pk)
    for user, region in ((programme_lead, club_b.region), (superuser, club_a.region)):
        client.force_login(user)
        assert not client.get(edit).context["form"].fields["region"].disabled
        assert client.post(edit, municipality_form(north, region=region.pk)).status_code == 302
        north.refresh_from_db()
        assert north.region == region


def test_a_coordinator_cannot_point_an_expert_at_another_account(
    client, coordinator_a, expert_user, south_expert, club_b
):
    own = expert_user.expert
    own_before, south_before = expert_state(own), expert_state(south_expert)
    client.force_login(coordinator_a)

    assert "Lotse Süd" not in client.get(url("wagtailsnippets_clubs_expert:list")).content.decode()
    south_edit = url("wagtailsnippets_clubs_expert:edit", south_expert.pk)
    assert client.get(south_edit).status_code == 404
    taken = client.post(south_edit, expert_form(south_expert, user=coordinator_a.pk))
    assert taken.status_code == 404

    own_edit = url("wagtailsnippets_clubs_expert:edit", own.pk)
    form = client.get(own_edit).context["form"]
    assert form.fields["user"].disabled
    assert form.fields["regions"].disabled
    repointed = client.post(own_edit, expert_form(own, user=coordinator_a.pk))
    widened = client.post(own_edit, expert_form(own, regions=[club_b.region.pk]))

    assert repointed.status_code == widened.status_code == 200
    assert expert_state(own) == own_before
    assert expert_state(south_expert) == south_before


def test_a_coordinators_new_expert_serves_only_their_regions_and_has_no_account_yet(
    client, club_a, club_b, coordinator_a, topic
):
    add = url("wagtailsnippets_clubs_expert:add")
    client.force_login(coordinator_a)
    form = client.get(add).context["form"]
    assert list(form.fields["regions"].queryset) == [club_a.region]
    data = {"kind": "person", "name": "Neue Lotsin", "topics": [topic.pk], "profile": ""}

    other_region = client.post(add, {**data, "regions": [club_b.region.pk]})
    own_account = client.post(
        add, {**data, "regions": [club_a.region.pk], "user": coordinator_a.pk}
    )
    assert other_region.status_code == own_account.status_code == 200
    assert not Expert.objects.filter(name="Neue Lotsin").exists()

    created = client.post(add, {**data, "regions": [club_a.region.pk]})
    assert created.status_code == 302
    expert = Expert.objects.get(name="Neue Lotsin")
    assert expert.user is None
    assert list(expert.regions.all()) == [club_a.region]


def test_a_coordinators_choosers_offer_only_their_regions(
    client, club_a, club_b, coordinator_a, programme_lead
):
    choose = url("wagtailsnippetchoosers_home_municipality:choose")
    south_chosen = url("wagtailsnippetchoosers_home_municipality:chosen", club_b.municipality.pk)
    extra_south = MunicipalityFactory(region=club_b.region, name="Südheide")

    client.force_login(coordinator_a)
    offered = modal(client, choose)
    assert club_a.municipality.name in offered
    assert extra_south.name not in offered
    assert client.get(south_chosen).status_code == 404
    regions = modal(client, url("wagtailsnippetchoosers_home_region:choose"))
    assert club_a.region.name in regions
    assert club_b.region.name not in regions

    client.force_login(programme_lead)
    assert extra_south.name in modal(client, choose)
    assert client.get(south_chosen).status_code == 200


def test_a_coordinators_expert_and_routing_rule_choosers_offer_only_their_regions(
    client, club_a, club_b, coordinator_a, coordinator_b, expert_user, south_expert
):
    north_rule = RoutingRuleFactory(
        name="Nordregel", region=club_a.region, coordinator=coordinator_a
    )
    south_rule = RoutingRuleFactory(
        name="Südregel", region=club_b.region, coordinator=coordinator_b
    )
    client.force_login(coordinator_a)

    experts = modal(client, url("wagtailsnippetchoosers_clubs_expert:choose"))
    rules = modal(client, url("wagtailsnippetchoosers_workflows_routingrule:choose"))
    south_chosen = url("wagtailsnippetchoosers_clubs_expert:chosen", south_expert.pk)

    assert expert_user.expert.name in experts
    assert south_expert.name not in experts
    assert client.get(south_chosen).status_code == 404
    assert north_rule.name in rules
    assert south_rule.name not in rules


def test_a_coordinator_sees_only_the_routing_rules_of_their_regions(
    client, club_a, club_b, coordinator_a, coordinator_b
):
    north_rule = RoutingRuleFactory(
        name="Nordregel", region=club_a.region, coordinator=coordinator_a
    )
    south_rule = RoutingRuleFactory(
        name="Südregel", region=club_b.region, coordinator=coordinator_b
    )
    client.force_login(coordinator_a)

    listing = client.get(url("wagtailsnippets_workflows_routingrule:list")).content.decode()
    assert north_rule.name in listing
    assert south_rule.name not in listing
    south = url("wagtailsnippets_workflows_routingrule:edit", south_rule.pk)
    assert client.get(south).status_code in (403, 404)
