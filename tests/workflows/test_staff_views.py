"""The staff's screens in the admin: task lists, decisions, budgets, exports, dashboard."""

import io
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home.roles import EDITORS
from tests.factories import BudgetFactory, FundingApplicationFactory, UserFactory
from workflows import actions
from workflows.models import Budget, RequestStatus


def submit(representative, **kwargs):
    return actions.submit(representative, FundingApplicationFactory(**kwargs))


@pytest.fixture
def application(club_a, budget, representative, coordinator_a):
    return submit(representative, club=club_a, budget=budget, title="Erste-Hilfe-Kurs")


def refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def page(client, user, name, *args, **params):
    client.force_login(user)
    response = client.get(reverse(name, args=args), params)
    assert response.status_code == 200
    return response.content.decode()


def test_a_new_request_waits_in_the_queue_of_the_region_and_moves_to_my_tasks_when_taken(
    client, application, coordinator_a
):
    assert "Erste-Hilfe-Kurs" in page(client, coordinator_a, "workflows_admin:queue")
    assert "Erste-Hilfe-Kurs" not in page(client, coordinator_a, "workflows_admin:inbox")

    task = actions.open_task(application, "review")
    response = client.post(reverse("workflows_admin:task_take", args=[application.pk, task.pk]))
    assert response.status_code == 302

    assert "Erste-Hilfe-Kurs" in page(client, coordinator_a, "workflows_admin:inbox")
    assert "Erste-Hilfe-Kurs" not in page(client, coordinator_a, "workflows_admin:queue")


def test_the_coordinator_approves_from_the_task_form_and_the_budget_shows_the_reservation(
    client, application, coordinator_a
):
    task = actions.open_task(application, "review")
    client.force_login(coordinator_a)
    response = client.post(
        reverse("workflows_admin:task", args=[application.pk, task.pk]),
        {"decision": "approve", "message": "Gern bewilligt."},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == RequestStatus.APPROVED

    budgets = page(client, coordinator_a, "workflows_admin:budgets")
    assert "800,00 €" in budgets  # reserved
    assert "4.200,00 €" in budgets  # remaining of 5.000


def test_a_refused_approval_shows_the_reason_and_saves_nothing(
    client, club_a, representative, coordinator_a
):
    small = BudgetFactory(total=Decimal("500.00"))
    application = submit(representative, club=club_a, budget=small)
    task = actions.open_task(application, "review")
    client.force_login(coordinator_a)

    response = client.post(
        reverse("workflows_admin:task", args=[application.pk, task.pk]), {"decision": "approve"}
    )

    assert response.status_code == 200
    assert "nur noch 500,00 € frei" in response.content.decode()
    application.refresh_from_db()
    assert application.status == RequestStatus.IN_REVIEW
    assert Budget.objects.get(pk=small.pk).committed == 0
    assert actions.open_task(application, "review").pk == task.pk


def test_the_second_approval_is_not_open_to_the_lead_who_reviewed(
    client, club_a, budget, representative, programme_lead, second_lead
):
    application = submit(
        representative, club=club_a, budget=budget, requested_amount=Decimal("1800.00")
    )
    actions.review_funding(programme_lead, actions.open_task(application, "review"), "approve")
    task = actions.open_task(application, "second_approval")
    url = reverse("workflows_admin:task", args=[application.pk, task.pk])

    client.force_login(programme_lead)
    assert refused(client.get(url))
    client.force_login(second_lead)
    assert client.post(url, {"decision": "approve"}).status_code == 302
    application.refresh_from_db()
    assert application.status == RequestStatus.APPROVED


def test_form_errors_name_the_field(client, application, coordinator_a):
    task = actions.open_task(application, "review")
    client.force_login(coordinator_a)
    response = client.post(
        reverse("workflows_admin:task", args=[application.pk, task.pk]),
        {"decision": "approve_lower", "amount": ""},
    )
    assert response.status_code == 200
    assert "Bitte geben Sie den Betrag ein, den Sie bewilligen." in response.content.decode()


def test_exports_neutralise_formulas_and_keep_text_as_text(
    client, club_a, budget, representative, coordinator_a
):
    submit(representative, club=club_a, budget=budget, title="=HYPERLINK(1)")
    client.force_login(coordinator_a)

    csv_text = client.get(reverse("workflows_admin:export", args=["csv"])).content.decode()
    assert "'=HYPERLINK(1)" in csv_text

    xlsx = client.get(reverse("workflows_admin:export", args=["xlsx"]))
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    titles = [row[2].value for row in sheet.iter_rows(min_row=2)]
    cell = next(row[2] for row in sheet.iter_rows(min_row=2))
    assert titles == ["=HYPERLINK(1)"]
    assert cell.data_type == "s"


def test_the_list_filters_by_status_and_search(client, application, coordinator_a):
    assert "Erste-Hilfe-Kurs" in page(
        client, coordinator_a, "workflows_admin:requests", status="in_review"
    )
    assert "Erste-Hilfe-Kurs" not in page(
        client, coordinator_a, "workflows_admin:requests", status="closed"
    )
    assert "Erste-Hilfe-Kurs" in page(
        client, coordinator_a, "workflows_admin:requests", q=application.reference
    )


def test_the_dashboard_tells_staff_about_their_tasks(client, application, coordinator_a):
    home = page(client, coordinator_a, "wagtailadmin_home")
    assert "0 offene Aufgaben" in home
    assert "1 Aufgabe in der Warteschlange" in home


@pytest.mark.parametrize("name", ["workflows_admin:inbox", "workflows_admin:requests"])
def test_club_representatives_and_editors_have_no_staff_screens(
    client, application, representative, roles, name
):
    editor = UserFactory(username="redaktion")
    editor.groups.add(Group.objects.get(name=EDITORS.group_name))
    for user in (representative, editor):
        client.force_login(user)
        assert refused(client.get(reverse(name)))


@pytest.mark.parametrize(
    "name", ["workflows_admin:queue", "workflows_admin:requests", "workflows_admin:inbox"]
)
def test_task_lists_cost_the_same_queries_for_2_and_12_requests(
    client, club_a, budget, representative, coordinator_a, name
):
    def queries():
        client.force_login(coordinator_a)
        client.get(reverse(name))  # warm caches of the session and the menu
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse(name)).status_code == 200
        return len(captured)

    for _ in range(2):
        application = submit(representative, club=club_a, budget=budget)
        actions.take(coordinator_a, actions.open_task(application, "review"))
    submit(representative, club=club_a, budget=budget)
    few = queries()
    for _ in range(10):
        application = submit(representative, club=club_a, budget=budget)
        actions.take(coordinator_a, actions.open_task(application, "review"))
    submit(representative, club=club_a, budget=budget)
    assert queries() == few


def test_the_request_page_survives_deleted_accounts(client, application, coordinator_a):
    actions.review_funding(coordinator_a, actions.open_task(application, "review"), "approve")
    actions.post_message(coordinator_a, application, "Bewilligt.")
    application.ledger_entries.update(booked_by=None)
    application.messages.update(author=None)

    html = page(client, coordinator_a, "workflows_admin:request_detail", application.pk)
    assert "Bewilligt." in html
    assert "800,00 €" in html


def test_experts_see_no_budgets(client, expert_user, coordinator_a):
    client.force_login(expert_user)
    assert refused(client.get(reverse("workflows_admin:budgets")))
    assert "Budgets" not in page(client, expert_user, "workflows_admin:inbox")
    assert "Budgets" in page(client, coordinator_a, "workflows_admin:inbox")
