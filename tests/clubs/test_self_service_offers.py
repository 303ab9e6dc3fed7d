"""A club's offers in "Mein Bereich": create, edit, duplicate, end and reopen, each through the
regional review; the list with its states; and no way into another club's offers."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from clubs.models import OpportunityPage
from clubs.self_service.moderation import State
from tests.clubs.self_service_world import *  # noqa: F403 (the fixtures)
from tests.clubs.self_service_world import de, state_label
from tests.factories import OpportunityPageFactory
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def offer_data(club, **changes):
    return {
        "title": "Kuchenstand beim Sommerfest",
        "summary": "Wir suchen Menschen, die Kuchen verkaufen.",
        "description": "Zwei Stunden am Stand.",
        "municipality": str(club.municipality_id),
        "commitment": "one_off",
        "starts_on": (TODAY + timedelta(days=30)).isoformat(),
        "ends_on": "",
        "expires_on": "",
        "hours_per_week": "",
        "time_note": "14 bis 16 Uhr",
        "skills": "",
        "contact_name": "Lena Petersen",
        "action": "save",
        **changes,
    }


def offers(club):
    return OpportunityPage.objects.child_of(club).order_by("pk")


def url(name, club, offer=None):
    return reverse(name, args=[club.pk, offer.pk] if offer else [club.pk])


def test_the_new_offer_form_has_the_clubs_defaults(logged_in, club_a):
    response = logged_in.get(url("club_offer_create", club_a))

    form = response.context["form"]
    assert form.initial["municipality"] == club_a.municipality
    assert form.initial["commitment"] == "one_off"
    assert form.initial["contact_name"] == "Lena Petersen"


def test_a_new_offer_is_an_unpublished_draft_of_the_club(logged_in, club_a):
    response = logged_in.post(url("club_offer_create", club_a), offer_data(club_a))

    offer = offers(club_a).get()
    assert response["Location"] == url("club_offer_edit", club_a, offer)
    assert not offer.live
    assert offer.latest_revision is not None
    assert offer.current_workflow_state is None
    assert offer.get_latest_revision_as_object().description == "<p>Zwei Stunden am Stand.</p>"


def test_submitting_a_new_offer_starts_the_review_and_approval_publishes_it(
    logged_in, club_a, coordinator_a
):
    logged_in.post(url("club_offer_create", club_a), offer_data(club_a, action="submit"))

    offer = offers(club_a).get()
    task_state = offer.current_workflow_task_state
    assert task_state is not None
    task_state.task.specific.on_action(task_state, coordinator_a, "approve")
    offer.refresh_from_db()
    assert offer.live
    assert offer.time_note == "14 bis 16 Uhr"


def test_a_double_click_creates_one_offer(logged_in, club_a):
    data = offer_data(club_a, submission_token="abcdefghijklmnopqrstuvwx")

    first = logged_in.post(url("club_offer_create", club_a), data)
    second = logged_in.post(url("club_offer_create", club_a), data)

    assert offers(club_a).count() == 1
    assert second["Location"] == first["Location"]


def test_a_one_off_offer_needs_a_date_on_the_date_field(logged_in, club_a):
    response = logged_in.post(url("club_offer_create", club_a), offer_data(club_a, starts_on=""))

    assert response.status_code == 200
    assert response.context["form"].errors["starts_on"] == [
        de("Enter the date of the one-off help.")
    ]
    assert not offers(club_a).exists()


def test_the_last_day_cannot_be_before_the_first(logged_in, club_a):
    data = offer_data(
        club_a,
        commitment="short_term",
        starts_on=(TODAY + timedelta(days=5)).isoformat(),
        ends_on=(TODAY + timedelta(days=4)).isoformat(),
    )

    response = logged_in.post(url("club_offer_create", club_a), data)

    assert "ends_on" in response.context["form"].errors
    assert not offers(club_a).exists()


def test_editing_a_live_offer_keeps_the_live_version(logged_in, club_a):
    offer = OpportunityPageFactory(parent=club_a, title="Alt")
    offer.save_revision().publish()

    logged_in.post(url("club_offer_edit", club_a, offer), offer_data(club_a, title="Neu"))

    offer.refresh_from_db()
    assert offer.title == "Alt"
    assert offer.get_latest_revision_as_object().title == "Neu"


def test_duplicating_makes_a_draft_copy_without_dates(logged_in, club_a):
    offer = OpportunityPageFactory(
        parent=club_a, title="Sommerfest", starts_on=TODAY, commitment="one_off"
    )
    offer.save_revision().publish()

    response = logged_in.post(url("club_offer_duplicate", club_a, offer))

    copy = offers(club_a).last()
    assert copy.pk != offer.pk
    assert response["Location"] == url("club_offer_edit", club_a, copy)
    assert copy.title == de("%(title)s (copy)") % {"title": "Sommerfest"}
    assert not copy.live
    assert copy.starts_on is None


def test_a_double_click_on_duplicate_makes_one_copy(logged_in, club_a):
    offer = OpportunityPageFactory(parent=club_a)
    data = {"submission_token": "abcdefghijklmnopqrstuvwx"}

    logged_in.post(url("club_offer_duplicate", club_a, offer), data)
    logged_in.post(url("club_offer_duplicate", club_a, offer), data)

    assert offers(club_a).count() == 2


def test_ending_takes_the_offer_off_the_site_at_once(logged_in, club_a):
    offer = OpportunityPageFactory(parent=club_a)
    offer.save_revision().publish()

    assert logged_in.get(url("club_offer_end", club_a, offer)).status_code == 200
    logged_in.post(url("club_offer_end", club_a, offer))

    offer.refresh_from_db()
    assert not offer.live
    html = logged_in.get(url("club_offers", club_a)).content.decode()
    assert state_label(State.ENDED) in html


def test_ending_takes_the_translations_down_too(logged_in, club_a, english, english_home_page):
    offer = OpportunityPageFactory(parent=club_a)
    offer.save_revision().publish()
    club_a.copy_for_translation(english, copy_parents=True).save_revision().publish()
    offer_en = offer.copy_for_translation(english)
    offer_en.save_revision().publish()

    logged_in.post(url("club_offer_end", club_a, offer))

    offer_en.refresh_from_db()
    assert not offer_en.live


def test_reopening_submits_the_offer_for_review_again(logged_in, club_a):
    offer = OpportunityPageFactory(parent=club_a, expires_on=TODAY + timedelta(days=60))
    offer.save_revision().publish()
    logged_in.post(url("club_offer_end", club_a, offer))

    response = logged_in.post(url("club_offer_reopen", club_a, offer))

    offer.refresh_from_db()
    assert response["Location"] == url("club_offers", club_a)
    assert offer.workflow_in_progress
    assert not offer.live


def test_reopening_an_offer_whose_dates_are_over_asks_for_new_dates(logged_in, club_a):
    offer = OpportunityPageFactory(
        parent=club_a, commitment="one_off", starts_on=TODAY - timedelta(days=3)
    )
    offer.save_revision().publish()

    response = logged_in.post(url("club_offer_reopen", club_a, offer))

    assert response["Location"] == url("club_offer_edit", club_a, offer)
    assert not OpportunityPage.objects.get(pk=offer.pk).workflow_in_progress


def test_the_list_shows_each_state(logged_in, club_a, coordinator_a):
    OpportunityPageFactory(parent=club_a, title="Läuft").save_revision().publish()
    OpportunityPageFactory(parent=club_a, title="Entwurf", live=False).save_revision()
    in_review = OpportunityPageFactory(parent=club_a, title="Prüfung", live=False)
    in_review.save_revision()
    in_review.get_workflow().start(in_review, coordinator_a)
    over = OpportunityPageFactory(
        parent=club_a, title="Vorbei", commitment="one_off", starts_on=TODAY - timedelta(days=9)
    )
    over.save_revision().publish()

    response = logged_in.get(url("club_offers", club_a))

    states = {row["offer"].title: row["state"].state for row in response.context["rows"]}
    assert states == {
        "Läuft": "published",
        "Entwurf": "draft",
        "Prüfung": "in_review",
        "Vorbei": "ended",
    }


def test_the_list_shows_changes_requested(logged_in, club_a, coordinator_a):
    offer = OpportunityPageFactory(parent=club_a, live=False)
    offer.save_revision()
    offer.get_workflow().start(offer, coordinator_a)
    task_state = offer.current_workflow_task_state
    task_state.task.specific.on_action(task_state, coordinator_a, "reject", comment="Datum?")

    html = logged_in.get(url("club_offers", club_a)).content.decode()
    edit_html = logged_in.get(url("club_offer_edit", club_a, offer)).content.decode()

    assert state_label(State.CHANGES_REQUESTED) in html
    assert "Datum?" in edit_html


@pytest.mark.parametrize("items", [3])
def test_the_list_needs_the_same_queries_for_n_and_ten_n_offers(logged_in, club_a, items):
    def add(count):
        for _ in range(count):
            OpportunityPageFactory(parent=club_a, commitment="one_off", starts_on=TODAY)

    add(items)
    few = count_queries(logged_in, url("club_offers", club_a))
    add(9 * items)
    assert count_queries(logged_in, url("club_offers", club_a)) == few


def test_the_dashboard_needs_the_same_queries_for_n_and_ten_n_offers(logged_in, club_a):
    OpportunityPageFactory.create_batch(2, parent=club_a)
    few = count_queries(logged_in, url("club_dashboard", club_a))
    OpportunityPageFactory.create_batch(18, parent=club_a)
    assert count_queries(logged_in, url("club_dashboard", club_a)) == few


def all_urls(club, offer):
    return [
        url("club_dashboard", club),
        url("club_profile_edit", club),
        url("club_offers", club),
        url("club_offer_create", club),
        url("club_offer_edit", club, offer),
        url("club_offer_duplicate", club, offer),
        url("club_offer_end", club, offer),
        url("club_offer_reopen", club, offer),
    ]


def test_another_clubs_representative_gets_404_everywhere(
    client, club_workflow, club_a, club_b, other_representative
):
    offer = OpportunityPageFactory(parent=club_a)
    offer.save_revision().publish()
    client.force_login(other_representative)

    for address in all_urls(club_a, offer):
        assert client.get(address).status_code == 404, address
        assert client.post(address, offer_data(club_a)).status_code == 404, address
    offer.refresh_from_db()
    assert offer.live
    assert offers(club_a).count() == 1


def test_their_own_club_with_another_clubs_offer_gives_404(
    client, club_workflow, club_a, club_b, other_representative
):
    offer = OpportunityPageFactory(parent=club_a)
    client.force_login(other_representative)

    for address in all_urls(club_b, offer)[4:]:
        assert client.get(address).status_code == 404, address
        assert client.post(address, offer_data(club_b)).status_code == 404, address


def test_anonymous_visitors_are_sent_to_the_login(client, club_a):
    offer = OpportunityPageFactory(parent=club_a)

    for address in all_urls(club_a, offer):
        response = client.get(address)
        assert response.status_code == 302, address
        assert response["Location"].startswith("/konto/anmelden/"), address


@pytest.mark.parametrize(
    "junk",
    [
        {"commitment": "weekly", "hours_per_week": "-3", "starts_on": "31.02.2027"},
        {"municipality": "abc", "title": "x" * 300, "hours_per_week": "99999999"},
        {"categories": ["abc", "999999"], "expires_on": "morgen"},
    ],
)
def test_wrong_entries_come_back_with_messages_not_errors(logged_in, club_a, junk):
    response = logged_in.post(url("club_offer_create", club_a), offer_data(club_a, **junk))

    assert response.status_code == 200
    assert response.context["form"].errors
    assert not offers(club_a).exists()
