"""The demo: two published support calls in the two regions, one call waiting in review."""

import pytest

from clubs.demo.support_calls import GARDEN, IN_REVIEW, ROOF, load_support_calls_demo
from clubs.support_calls.models import SupportCallPage

pytestmark = pytest.mark.django_db


def test_two_published_calls_in_two_regions_and_one_in_review(demo):
    roof = SupportCallPage.objects.get(slug=ROOF, locale__language_code="de")
    garden = SupportCallPage.objects.get(slug=GARDEN, locale__language_code="de")

    for call in (roof, garden):
        assert call.live
        assert call.is_running()
        assert call.goal_amount
    assert roof.municipality.region_id != garden.municipality.region_id
    assert {need.kind for need in roof.needs.all()} == {"material"}
    assert {need.kind for need in garden.needs.all()} == {"helpers"}
    in_review = SupportCallPage.objects.get(draft_title=IN_REVIEW["title"])
    assert not in_review.live
    assert in_review.workflow_in_progress


def test_the_roof_call_has_an_english_page(demo, client):
    english = SupportCallPage.objects.get(slug=ROOF, locale__language_code="en")

    assert english.live
    assert client.get("/en/unterstuetzen/").content.decode().count(english.title) == 1


def test_loading_again_changes_nothing(demo):
    before = SupportCallPage.objects.count()

    load_support_calls_demo(log=lambda message: None)

    assert SupportCallPage.objects.count() == before
