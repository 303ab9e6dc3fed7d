"""The demo: offers and needs of clubs in both regions, public on the list."""

import pytest

from clubs.demo.exchange import ITEMS, load_exchange_demo
from clubs.exchange.models import ExchangeItem

pytestmark = pytest.mark.django_db


def test_both_regions_have_offers_and_needs_on_the_list(demo, client):
    items = ExchangeItem.objects.current().select_related("municipality__region")
    by_region = {}
    for item in items:
        by_region.setdefault(item.municipality.region.name, set()).add(item.direction)

    assert len(by_region) >= 2
    assert all(directions == {"offer", "need"} for directions in by_region.values())
    response = client.get("/tauschboerse/")
    assert response.context["page_obj"].paginator.count == len(ITEMS)


def test_loading_again_changes_nothing(demo):
    before = ExchangeItem.objects.count()

    load_exchange_demo(log=lambda message: None)

    assert ExchangeItem.objects.count() == before
