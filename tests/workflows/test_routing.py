"""Routing rules: which coordinator gets which request. One table, one row per situation."""

import pytest
from django.contrib.auth.models import Group

from home.roles import COORDINATORS, PROGRAMME_LEADS
from tests.factories import (
    MunicipalityFactory,
    RegionFactory,
    RoutingRuleFactory,
    TopicFactory,
    UserFactory,
)
from workflows import routing


@pytest.fixture
def world(roles):
    """Two regions, two villages in the north, two topics, people and groups to route to."""
    north, south = RegionFactory(name="Amt Nord"), RegionFactory(name="Amt Süd")
    world = {
        "north": north,
        "south": south,
        "lindau": MunicipalityFactory(region=north, name="Lindau"),
        "dorf": MunicipalityFactory(region=north, name="Dorf"),
        "heide": MunicipalityFactory(region=south, name="Heide"),
        "tax": TopicFactory(name="Finanzen und Steuern"),
        "law": TopicFactory(name="Recht"),
        "anna": UserFactory(username="anna"),
        "ben": UserFactory(username="ben"),
        "carla": UserFactory(username="carla"),
        "dora": UserFactory(username="dora"),
        "inactive": UserFactory(username="weg", is_active=False),
        "tax_team": Group.objects.create(name="Steuerteam"),
        "leads": Group.objects.get(name=PROGRAMME_LEADS.group_name),
    }
    world["carla"].groups.add(Group.objects.get(name=COORDINATORS.group_name))
    north.coordinators.add(world["carla"])
    rules = [
        # name, kind, region, municipality, topic, coordinator, group, priority, active
        ("north funding", "funding", "north", None, None, "anna", None, 100, True),
        ("lindau all", "", None, "lindau", None, "ben", None, 100, True),
        ("tax anywhere", "", None, None, "tax", None, "tax_team", 100, True),
        ("urgent tax north", "help", "north", None, "tax", "dora", None, 200, True),
        ("switched off", "coaching", "north", None, None, "dora", None, 900, False),
        ("gone person", "coaching", "south", None, None, "inactive", None, 900, True),
    ]
    for name, kind, region, municipality, topic, person, group, priority, active in rules:
        RoutingRuleFactory(
            name=name,
            request_kind=kind,
            region=world.get(region),
            municipality=world.get(municipality),
            topic=world.get(topic),
            coordinator=world.get(person),
            coordinator_group=world.get(group),
            priority=priority,
            active=active,
        )
    return world


# kind, municipality, topic -> expected (person, group) and why
CASES = [
    ("funding", "dorf", None, ("anna", None)),  # the region's funding rule
    ("funding", "lindau", None, ("ben", None)),  # same priority: the village rule is more specific
    ("help", "lindau", None, ("ben", None)),  # the village rule takes every type
    ("coaching", "dorf", "tax", (None, "tax_team")),  # topic rule anywhere
    ("help", "dorf", "tax", ("dora", None)),  # higher priority beats everything
    ("help", "heide", "tax", (None, "tax_team")),  # the north-only rule does not reach the south
    ("coaching", "dorf", None, (None, None)),  # only a switched-off rule: region's coordinators
    ("coaching", "dorf", "law", (None, None)),  # the tax rule does not match another topic
    ("coaching", "heide", None, (None, "leads")),  # inactive person, no coordinator: leads
    ("funding", "heide", None, (None, "leads")),  # south has no rule and no coordinators
]


@pytest.mark.parametrize(("kind", "village", "topic", "expected"), CASES)
def test_routing_resolves_each_situation(world, kind, village, topic, expected):
    found = routing.resolve(kind, world[village], world.get(topic))
    person, group = expected
    assert found.coordinator == world.get(person)
    assert found.group == world.get(group)
    assert found.note  # staff can always read why


def test_a_new_coordinator_of_the_south_takes_over_from_the_programme_leads(world):
    world["south"].coordinators.add(world["dora"])
    found = routing.resolve("funding", world["heide"], None)
    assert (found.coordinator, found.group) == (None, None)
    assert "Amt Süd" in found.note
