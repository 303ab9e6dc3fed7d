"""The demo: two clubs have submitted an offer from Mein Bereich that waits in the review."""

import pytest

from clubs.demo.self_service import OFFERS, load_self_service_demo
from clubs.models import OpportunityPage

pytestmark = pytest.mark.django_db


def test_two_demo_clubs_have_an_offer_in_review(demo):
    for spec in OFFERS:
        offer = OpportunityPage.objects.get(draft_title=spec["title"])
        assert not offer.live
        assert offer.workflow_in_progress
        assert (
            offer.get_parent()
            .specific.representatives.user_set.filter(username=spec["representative"])
            .exists()
        )


def test_loading_again_changes_nothing(demo):
    before = OpportunityPage.objects.count()

    load_self_service_demo(log=lambda message: None)

    assert OpportunityPage.objects.count() == before
