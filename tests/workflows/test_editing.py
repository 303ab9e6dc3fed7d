"""Club representatives edit their own club in the admin and submit it; they never publish."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from clubs.models import OpportunityPage
from home.roles import is_staff_member
from tests.factories import OpportunityPageFactory
from tests.workflows.admin import edit_page, form_data, refused
from workflows.models import RegionalApprovalTask

pytestmark = pytest.mark.django_db


def test_a_representative_opens_the_editor_of_their_club_only(
    client, club_workflow, club_a, club_b, representative
):
    client.force_login(representative)

    assert client.get(reverse("wagtailadmin_pages:edit", args=[club_a.pk])).status_code == 200
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[club_b.pk])))


def test_a_representative_adds_opportunities_to_their_club_only(
    client, club_workflow, club_a, club_b, representative
):
    client.force_login(representative)

    def add_url(club):
        return reverse("wagtailadmin_pages:add", args=["clubs", "opportunitypage", club.pk])

    assert client.get(add_url(club_a)).status_code == 200
    assert refused(client.get(add_url(club_b)))


def test_a_representative_cannot_edit_another_clubs_opportunity(
    client, club_workflow, club_a, club_b, representative
):
    opportunity = OpportunityPageFactory(parent=club_b)
    client.force_login(representative)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[opportunity.pk]))

    assert refused(response)


def test_a_new_opportunity_goes_to_the_regional_approval(
    client, club_workflow, club_a, representative
):
    client.force_login(representative)
    url = reverse("wagtailadmin_pages:add", args=["clubs", "opportunitypage", club_a.pk])
    data = form_data(client.get(url))
    data.update(
        title="Kuchen backen für das Sommerfest",
        slug="kuchen-backen",
        summary="Wir suchen Menschen, die einen Kuchen backen.",
        municipality=str(club_a.municipality_id),
        commitment=OpportunityPage.Commitment.REGULAR,
    )
    data["action-submit"] = "submit"

    response = client.post(url, data)

    assert response.status_code == 302
    opportunity = OpportunityPage.objects.get(slug="kuchen-backen")
    assert not opportunity.live
    assert opportunity.get_parent().pk == club_a.pk
    assert isinstance(opportunity.current_workflow_task, RegionalApprovalTask)


def test_a_representative_cannot_publish(client, club_workflow, club_a, representative):
    client.force_login(representative)

    response = edit_page(client, club_a, action="publish", title="Selbst veröffentlicht")

    assert response.status_code == 302  # Wagtail saves a draft instead
    club_a.refresh_from_db()
    assert club_a.title != "Selbst veröffentlicht"
    assert club_a.has_unpublished_changes
    assert not club_a.permissions_for_user(representative).can_publish()


def test_submitting_starts_the_regional_approval_not_the_editors_workflow(
    client, club_workflow, club_a, representative
):
    client.force_login(representative)

    edit_page(client, club_a, action="submit", summary="Neue Beschreibung.")

    club_a.refresh_from_db()
    assert club_a.workflow_in_progress
    assert club_a.current_workflow_state.workflow == club_workflow
    assert isinstance(club_a.current_workflow_task, RegionalApprovalTask)
    assert club_a.current_workflow_state.requested_by == representative


def test_the_club_workflow_applies_below_the_directory_and_the_default_elsewhere(
    home_page, club_workflow, club_a
):
    opportunity = OpportunityPageFactory(parent=club_a)

    assert club_a.get_workflow() == club_workflow
    assert opportunity.get_workflow() == club_workflow
    assert home_page.get_workflow() != club_workflow
    assert Page.objects.get(pk=home_page.pk).get_workflow().name == "Moderators approval"


def test_representatives_reach_the_admin_but_start_in_my_area(roles, representative):
    assert representative.has_perm("wagtailadmin.access_admin")
    assert not is_staff_member(representative)


def test_the_explorer_still_lists_clubs_and_opportunities(client, superuser, directory, club_a):
    OpportunityPageFactory(parent=club_a, title="Kuchen backen")
    client.force_login(superuser)

    clubs = client.get(reverse("wagtailadmin_explore", args=[directory.pk]))
    opportunities = client.get(reverse("wagtailadmin_explore", args=[club_a.pk]))

    assert clubs.status_code == 200
    assert club_a.title in clubs.text
    assert opportunities.status_code == 200
    assert "Kuchen backen" in opportunities.text
