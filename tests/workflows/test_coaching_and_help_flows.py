"""The coaching and help flows, step by step, and who may do which step."""

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from clubs.models import OpportunityPage
from tests.factories import CoachingRequestFactory, ExpertFactory, HelpRequestFactory
from workflows import actions
from workflows.models import RequestStatus


@pytest.fixture
def coaching(club_a, representative, coordinator_a, topic):
    return actions.submit(representative, CoachingRequestFactory(club=club_a, topic=topic))


@pytest.fixture
def help_request(club_a, representative, coordinator_a):
    return actions.submit(representative, HelpRequestFactory(club=club_a))


def task(request, name):
    found = actions.open_task(request, name)
    assert found is not None, f"no open task {name}"
    return found


def reload(request):
    return type(request).objects.get(pk=request.pk)


def test_coaching_goes_from_triage_to_the_expert_to_the_appointment_to_done(
    coaching, coordinator_a, expert_user, representative
):
    expert = expert_user.expert
    actions.triage_coaching(coordinator_a, task(coaching, "triage"), expert=expert)
    assert reload(coaching).status == RequestStatus.WITH_EXPERT
    respond = task(coaching, "respond")
    assert respond.owner == expert_user  # lands in the expert's inbox

    actions.respond_coaching(expert_user, respond, accept=True)
    appointment = timezone.now() + timezone.timedelta(days=7)
    actions.schedule_coaching(expert_user, task(coaching, "schedule"), appointment)
    assert reload(coaching).status == RequestStatus.SCHEDULED
    actions.conclude_coaching(expert_user, task(coaching, "conclude"), "Satzung überarbeitet.")

    coaching = reload(coaching)
    assert coaching.status == RequestStatus.CLOSED
    assert coaching.feedback == "Satzung überarbeitet."
    steps = list(coaching.events.filter(public=True).values_list("action", flat=True))
    assert steps == ["submitted", "expert_assigned", "accepted", "scheduled", "done"]


def test_an_expert_who_declines_sends_it_back_to_triage_and_loses_sight_of_it(
    coaching, coordinator_a, expert_user
):
    from workflows import permissions

    actions.triage_coaching(coordinator_a, task(coaching, "triage"), expert=expert_user.expert)
    with pytest.raises(actions.ActionRefusedError):
        actions.respond_coaching(expert_user, task(coaching, "respond"), accept=False, reason="")
    actions.respond_coaching(
        expert_user, task(coaching, "respond"), accept=False, reason="Keine Zeit im Dezember."
    )

    assert task(coaching, "triage")
    coaching = reload(coaching)
    assert coaching.expert is None
    assert not permissions.can_view(expert_user, coaching)
    assert coaching.messages.get().internal  # the reason is an internal note


def test_only_experts_with_the_topic_in_the_region_can_be_assigned(coaching, coordinator_a, club_b):
    elsewhere = ExpertFactory(name="Anderswo", user=coordinator_a)
    elsewhere.regions.add(club_b.region)
    with pytest.raises(actions.ActionRefusedError):
        actions.triage_coaching(coordinator_a, task(coaching, "triage"), expert=elsewhere)
    assert reload(coaching).expert is None


def test_the_expert_cannot_act_for_the_coordination_nor_the_applicant_for_the_expert(
    coaching, coordinator_a, expert_user, representative
):
    with pytest.raises(PermissionDenied):
        actions.triage_coaching(expert_user, task(coaching, "triage"), expert=expert_user.expert)
    actions.triage_coaching(coordinator_a, task(coaching, "triage"), expert=expert_user.expert)
    with pytest.raises(PermissionDenied):
        actions.respond_coaching(representative, task(coaching, "respond"), accept=True)
    with pytest.raises(PermissionDenied):
        actions.respond_coaching(coordinator_a, task(coaching, "respond"), accept=True)


def test_a_help_question_answered_directly_is_closed_with_the_answer(help_request, coordinator_a):
    actions.triage_help(
        coordinator_a, task(help_request, "triage"), "answered", answer="Ja, mit Quittung."
    )
    help_request = reload(help_request)
    assert help_request.status == RequestStatus.CLOSED
    assert help_request.messages.get().body == "Ja, mit Quittung."
    assert help_request.process.status == "DONE"


def test_a_forwarded_question_waits_for_the_expert_s_answer(
    help_request, coordinator_a, expert_user
):
    actions.triage_help(
        coordinator_a, task(help_request, "triage"), "forwarded", expert=expert_user.expert
    )
    assert reload(help_request).status == RequestStatus.WITH_EXPERT
    actions.expert_answer(expert_user, task(help_request, "expert_answer"), "So geht es.")
    help_request = reload(help_request)
    assert help_request.status == RequestStatus.CLOSED
    assert help_request.answer == "So geht es."


def test_helpers_needed_become_a_draft_opportunity_on_the_club_s_page(
    club_a, representative, coordinator_a
):
    request = actions.submit(
        representative,
        HelpRequestFactory(
            club=club_a,
            need="helpers",
            question_area="",
            helpers_needed=6,
            needed_on=timezone.localdate() + timezone.timedelta(days=20),
            place="Festwiese",
            title="Helfende für das Dorffest",
        ),
    )
    actions.triage_help(coordinator_a, task(request, "triage"), "opportunity")

    opportunity = reload(request).opportunity.specific
    assert isinstance(opportunity, OpportunityPage)
    assert opportunity.get_parent().pk == club_a.pk
    assert not opportunity.live
    assert opportunity.title == "Helfende für das Dorffest"
    assert club_a.representatives.user_set.filter(pk=representative.pk).exists()
    assert opportunity.permissions_for_user(representative).can_edit()


def test_a_referral_names_the_club_that_can_help(help_request, coordinator_a, club_b):
    with pytest.raises(actions.ActionRefusedError):
        actions.triage_help(coordinator_a, task(help_request, "triage"), "referred", answer="x")
    actions.triage_help(
        coordinator_a,
        task(help_request, "triage"),
        "referred",
        answer="Der Verein verleiht Bierzeltgarnituren.",
        club=club_b,
    )
    assert reload(help_request).referred_club == club_b
