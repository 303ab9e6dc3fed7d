"""A club's support calls in "Mein Bereich": the form with its checks, the regional review,
updates and the closing note, and no way into another club's calls."""

from datetime import timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from clubs.self_service.moderation import State
from clubs.support_calls.forms import iban_checksum_ok
from clubs.support_calls.models import SupportCallPage, SupportCallUpdate
from tests.clubs.self_service_world import *  # noqa: F403 (the fixtures)
from tests.clubs.self_service_world import de, png_bytes
from tests.clubs.support_calls_world import *  # noqa: F403 (the fixtures)
from tests.clubs.support_calls_world import TODAY, call_data, published_call
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db


def calls(club):
    return SupportCallPage.objects.child_of(club).order_by("pk")


def url(name, club, call=None):
    return reverse(name, args=[club.pk, call.pk] if call else [club.pk])


def errors(response):
    return response.context["form"].errors


# The form


def test_a_new_call_is_an_unpublished_draft_below_the_club(logged_in, club_a):
    response = logged_in.post(url("club_support_call_create", club_a), call_data(club_a))

    call = calls(club_a).get()
    assert response["Location"] == url("club_support_call_edit", club_a, call)
    assert not call.live
    assert call.current_workflow_state is None
    draft = call.get_latest_revision_as_object()
    assert draft.iban == "DE02120300000000202051"
    assert draft.goal_amount == Decimal("5000")
    assert draft.story == "<p>Seit dem Sturm regnet es herein.</p><p>Helfen Sie uns.</p>"


def test_needs_are_stored_and_keep_their_numbers_when_edited(logged_in, club_a):
    data = call_data(
        club_a,
        goal_amount="",
        account_holder="",
        iban="",
        **{
            "needs-0-kind": "helpers",
            "needs-0-label": "Helfende beim Decken",
            "needs-0-quantity": "6",
            "needs-1-kind": "material",
            "needs-1-label": "Dachlatten",
            "needs-1-quantity": "40",
        },
    )
    logged_in.post(url("club_support_call_create", club_a), data)
    call = calls(club_a).get()
    first, second = call.needs.order_by("pk")
    assert (first.kind, first.label, first.quantity) == ("helpers", "Helfende beim Decken", 6)

    edit = {
        **data,
        "needs-INITIAL_FORMS": "2",
        "needs-0-need_id": str(first.pk),
        "needs-0-quantity": "8",
        "needs-1-need_id": str(second.pk),
        "needs-1-DELETE": "on",
    }
    logged_in.post(url("club_support_call_edit", club_a, call), edit)

    call.refresh_from_db()
    needs = list(call.get_latest_revision_as_object().needs.all())
    assert [(need.pk, need.quantity) for need in needs] == [(first.pk, 8)]


def test_a_call_needs_money_or_a_need(logged_in, club_a):
    data = call_data(club_a, goal_amount="", account_holder="", iban="")

    response = logged_in.post(url("club_support_call_create", club_a), data)

    assert response.status_code == 200
    assert errors(response)["__all__"] == [
        de(
            "Please say what the project needs: a goal in euros, or at least one line "
            "of helpers or material."
        )
    ]
    assert not calls(club_a).exists()


def test_a_money_goal_needs_a_way_for_the_money(logged_in, club_a):
    data = call_data(club_a, account_holder="", iban="")

    response = logged_in.post(url("club_support_call_create", club_a), data)

    assert "goal_amount" in errors(response)
    assert not calls(club_a).exists()


def test_an_external_donation_page_is_a_way_for_the_money(logged_in, club_a):
    data = call_data(
        club_a, account_holder="", iban="", donation_url="https://spenden.example.org/dach"
    )

    logged_in.post(url("club_support_call_create", club_a), data)

    draft = calls(club_a).get().get_latest_revision_as_object()
    assert draft.donation_url == "https://spenden.example.org/dach"


def test_a_donation_page_must_be_https(logged_in, club_a):
    data = call_data(club_a, donation_url="http://spenden.example.org/dach")

    response = logged_in.post(url("club_support_call_create", club_a), data)

    assert errors(response)["donation_url"] == [
        de("Please enter a secure address that starts with https://.")
    ]


@pytest.mark.parametrize(
    "iban",
    ["DE02 1203 0000 0000 2020 52", "DE02120300000000202", "XX", "DE0212030000000020205100"],
)
def test_a_wrong_iban_is_refused_with_a_message(logged_in, club_a, iban):
    response = logged_in.post(url("club_support_call_create", club_a), call_data(club_a, iban=iban))

    assert response.status_code == 200
    assert len(errors(response)["iban"]) == 1
    assert not calls(club_a).exists()


def test_the_iban_checksum_is_mod_97():
    assert iban_checksum_ok("DE89370400440532013000")
    assert iban_checksum_ok("GB82WEST12345698765432")
    assert not iban_checksum_ok("DE89370400440532013001")


def test_an_iban_needs_a_holder_and_a_bic_its_form(logged_in, club_a):
    data = call_data(club_a, account_holder="", bic="GENO")

    response = logged_in.post(url("club_support_call_create", club_a), data)

    assert set(errors(response)) >= {"account_holder", "bic"}


def test_the_last_day_cannot_be_before_the_first_or_in_the_past(logged_in, club_a):
    before = call_data(
        club_a,
        starts_on=(TODAY + timedelta(days=5)).isoformat(),
        ends_on=(TODAY + timedelta(days=4)).isoformat(),
    )
    past = call_data(club_a, ends_on=(TODAY - timedelta(days=1)).isoformat())

    assert "ends_on" in errors(logged_in.post(url("club_support_call_create", club_a), before))
    assert "ends_on" in errors(logged_in.post(url("club_support_call_create", club_a), past))
    assert not calls(club_a).exists()


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("starts_on", {"starts_on": "9999-12-01", "ends_on": "9999-12-31"}),
        ("ends_on", {"ends_on": (TODAY + timedelta(days=400)).isoformat()}),
    ],
)
def test_a_call_starts_within_a_year_and_runs_at_most_a_year(logged_in, club_a, field, changes):
    response = logged_in.post(url("club_support_call_create", club_a), call_data(club_a, **changes))

    assert field in errors(response)
    assert not calls(club_a).exists()


def test_an_ended_call_can_still_be_corrected_without_a_new_last_day(logged_in, club_a):
    data = call_data(club_a, ends_on=(TODAY + timedelta(days=5)).isoformat())
    logged_in.post(url("club_support_call_create", club_a), data)
    call = calls(club_a).get()

    with time_machine.travel(TODAY + timedelta(days=10)):
        response = logged_in.post(
            url("club_support_call_edit", club_a, call), {**data, "summary": "Korrigiert."}
        )

    assert response.status_code == 302
    call.refresh_from_db()
    assert call.get_latest_revision_as_object().summary == "Korrigiert."


def test_a_started_need_line_must_be_complete(logged_in, club_a):
    data = call_data(club_a, **{"needs-0-label": "Zement", "needs-0-quantity": "0"})

    response = logged_in.post(url("club_support_call_create", club_a), data)

    row = response.context["needs"].forms[0]
    assert set(row.errors) == {"kind", "quantity"}
    assert not calls(club_a).exists()


@pytest.mark.parametrize(
    "junk",
    [
        {"goal_amount": "viel"},
        {"goal_amount": "99999999999"},
        {"goal_amount": "-5"},
        {"starts_on": "31.02.2026"},
        {"municipality": "999999"},
        {"municipality": "abc"},
        {"title": "x" * 300},
        {"needs-TOTAL_FORMS": "5000"},
        {"needs-TOTAL_FORMS": "abc"},
        {"needs-0-kind": "money", "needs-0-label": "Geld", "needs-0-quantity": "1"},
        {"needs-0-kind": "helpers", "needs-0-label": "Hilfe", "needs-0-quantity": "1e9"},
        {"needs-0-need_id": "abc"},
        {"iban": "D" * 60},
        {"donation_url": "javascript:alert(1)"},
        {"image": SimpleUploadedFile("bild.png", b"not an image", content_type="image/png")},
    ],
)
def test_junk_input_gets_a_message_and_stores_nothing(logged_in, club_a, junk):
    response = logged_in.post(url("club_support_call_create", club_a), call_data(club_a, **junk))

    assert response.status_code == 200
    assert response.context["form"].errors or response.context["needs"].total_error_count()
    assert not calls(club_a).exists()


def test_an_unknown_need_number_makes_a_new_need(logged_in, club_a, club_b):
    other = published_call(club_b, needs=[("material", "Farbe", 3)])
    foreign_need = other.needs.get()
    data = call_data(
        club_a,
        **{
            "needs-0-need_id": str(foreign_need.pk),
            "needs-0-kind": "material",
            "needs-0-label": "Zement",
            "needs-0-quantity": "3",
        },
    )

    logged_in.post(url("club_support_call_create", club_a), data)

    need = calls(club_a).get().needs.get()
    assert need.pk != foreign_need.pk
    foreign_need.refresh_from_db()
    assert foreign_need.label == "Farbe"


def test_an_image_needs_its_description_and_is_stored_with_it(logged_in, club_a):
    def upload():
        return SimpleUploadedFile("dach.png", png_bytes(), content_type="image/png")

    response = logged_in.post(
        url("club_support_call_create", club_a), call_data(club_a, image=upload())
    )
    assert "image_alt" in errors(response)

    logged_in.post(
        url("club_support_call_create", club_a),
        call_data(club_a, image=upload(), image_alt="Das Vereinsheim mit dem alten Dach"),
    )

    draft = calls(club_a).get().get_latest_revision_as_object()
    assert draft.image is not None
    assert draft.image_alt_text == "Das Vereinsheim mit dem alten Dach"
    assert draft.image.collection.name == "Unterstützungsaufrufe"  # not among the logos


def test_a_double_click_creates_one_call(logged_in, club_a):
    data = call_data(club_a, submission_token="abcdefghijklmnopqrstuvwx")

    first = logged_in.post(url("club_support_call_create", club_a), data)
    second = logged_in.post(url("club_support_call_create", club_a), data)

    assert calls(club_a).count() == 1
    assert second["Location"] == first["Location"]


# The regional review


def test_submitting_starts_the_clubs_review_and_its_coordinator_publishes(
    logged_in, club_a, coordinator_a
):
    logged_in.post(url("club_support_call_create", club_a), call_data(club_a, action="submit"))

    call = calls(club_a).get()
    task_state = call.current_workflow_task_state
    assert task_state is not None
    task = task_state.task.specific
    assert task.user_can_moderate(call, coordinator_a)
    task.on_action(task_state, coordinator_a, "approve")
    call.refresh_from_db()
    assert call.live
    assert call.iban == "DE02120300000000202051"


def test_a_coordinator_of_another_region_cannot_approve(
    logged_in, club_a, coordinator_b, coordinator_a
):
    logged_in.post(url("club_support_call_create", club_a), call_data(club_a, action="submit"))
    call = calls(club_a).get()
    task_state = call.current_workflow_task_state
    task = task_state.task.specific

    assert not task.user_can_moderate(call, coordinator_b)
    assert task.get_actions(call, coordinator_b) == []
    assert task_state in task.get_task_states_user_can_moderate(coordinator_a)
    assert task_state not in task.get_task_states_user_can_moderate(coordinator_b)
    with pytest.raises(PermissionDenied):
        task.on_action(task_state, coordinator_b, "approve")
    call.refresh_from_db()
    assert not call.live


def test_the_reviewing_coordinator_opens_the_call_in_the_page_editor(
    logged_in, client, club_a, coordinator_a
):
    logged_in.post(url("club_support_call_create", club_a), call_data(club_a, action="submit"))
    call = calls(club_a).get()
    client.force_login(coordinator_a)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[call.pk]))

    assert response.status_code == 200
    content = response.content.decode()
    for field in ("summary", "story", "iban", "donation_url", "needs-TOTAL_FORMS"):
        assert f'name="{field}"' in content


def test_the_list_shows_each_calls_state(logged_in, club_a):
    published_call(club_a, title="Läuft")
    logged_in.post(url("club_support_call_create", club_a), call_data(club_a, action="submit"))

    response = logged_in.get(url("club_support_calls", club_a))

    states = {row["call"].title: row["state"].state for row in response.context["rows"]}
    assert states == {"Läuft": State.PUBLISHED, "Neues Dach für das Vereinsheim": State.IN_REVIEW}


def test_the_clubs_list_costs_the_same_for_more_calls(logged_in, club_a):
    published_call(club_a, title="Eins")
    few = count_queries(logged_in, url("club_support_calls", club_a))
    for number in range(4):
        published_call(club_a, title=f"Aufruf {number}")

    assert count_queries(logged_in, url("club_support_calls", club_a)) == few


# Updates and the closing note


def test_a_live_call_gets_updates_newest_first(logged_in, club_a, client):
    call = published_call(club_a)

    logged_in.post(url("club_support_call_update", club_a, call), {"text": "Die Latten sind da."})
    response = logged_in.post(
        url("club_support_call_update", club_a, call), {"text": "Der Dachdecker kommt."}
    )

    assert response.status_code == 302
    texts = list(call.updates.values_list("text", "closing"))
    assert texts == [("Der Dachdecker kommt.", False), ("Die Latten sind da.", False)]


def test_an_ended_call_gets_one_closing_note_that_can_be_changed(logged_in, club_a):
    call = published_call(
        club_a, starts_on=TODAY - timedelta(days=20), ends_on=TODAY - timedelta(days=1)
    )

    logged_in.post(url("club_support_call_update", club_a, call), {"text": "Das Dach ist dicht."})
    logged_in.post(url("club_support_call_update", club_a, call), {"text": "Danke an alle!"})

    assert list(call.updates.values_list("text", "closing")) == [("Danke an alle!", True)]
    response = logged_in.get(url("club_support_call_edit", club_a, call))
    assert response.context["update_form"].initial == {"text": "Danke an alle!"}


def test_a_draft_gets_no_updates(logged_in, club_a):
    logged_in.post(url("club_support_call_create", club_a), call_data(club_a))
    call = calls(club_a).get()

    response = logged_in.post(url("club_support_call_update", club_a, call), {"text": "Hallo"})

    assert response.status_code == 404
    assert not SupportCallUpdate.objects.exists()


def test_an_empty_or_too_long_update_gets_a_message(logged_in, club_a):
    call = published_call(club_a)

    for text in ("", "x" * 2001):
        response = logged_in.post(url("club_support_call_update", club_a, call), {"text": text})
        assert response.status_code == 200
        assert "text" in response.context["update_form"].errors
    assert not call.updates.exists()


def test_updates_are_posted_only_by_post(logged_in, club_a):
    call = published_call(club_a)

    assert logged_in.get(url("club_support_call_update", club_a, call)).status_code == 405


# Who may


def test_another_clubs_representative_gets_404_everywhere(client, club_a, other_representative):
    call = published_call(club_a)
    client.force_login(other_representative)

    for name in ("club_support_calls", "club_support_call_create"):
        assert client.get(url(name, club_a)).status_code == 404
    assert client.get(url("club_support_call_edit", club_a, call)).status_code == 404
    response = client.post(url("club_support_call_update", club_a, call), {"text": "Fremd"})
    assert response.status_code == 404
    assert not call.updates.exists()


def test_a_foreign_call_under_the_own_club_number_is_404(logged_in, club_a, club_b):
    foreign = published_call(club_b)

    assert logged_in.get(url("club_support_call_edit", club_a, foreign)).status_code == 404
    response = logged_in.post(url("club_support_call_update", club_a, foreign), {"text": "x"})
    assert response.status_code == 404
    response = logged_in.post(
        url("club_support_call_edit", club_a, foreign), call_data(club_a, title="Gekapert")
    )
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.get_latest_revision_as_object().title == "Neues Dach"


def test_anonymous_people_are_sent_to_the_login(client, club_a):
    call = published_call(club_a)

    for address in (
        url("club_support_calls", club_a),
        url("club_support_call_create", club_a),
        url("club_support_call_edit", club_a, call),
    ):
        response = client.get(address)
        assert response.status_code == 302
        assert "/konto/" in response["Location"]
    response = client.post(url("club_support_call_update", club_a, call), {"text": "x"})
    assert response.status_code == 302
    assert not call.updates.exists()


def test_a_coordinator_without_a_club_gets_404(client, club_a, coordinator_a):
    client.force_login(coordinator_a)

    assert client.get(url("club_support_calls", club_a)).status_code == 404
