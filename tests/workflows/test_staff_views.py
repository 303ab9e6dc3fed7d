"""The staff's screens in the admin: task lists, decisions, budgets, exports, dashboard."""

import io
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from home.roles import EDITORS
from tests.factories import (
    BudgetFactory,
    ClubPageFactory,
    CoachingRequestFactory,
    FundingApplicationFactory,
    HelpRequestFactory,
    MunicipalityFactory,
    UserFactory,
)
from tests.query_budget import count_queries
from workflows import actions
from workflows.models import Budget, Message, RequestStatus

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


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


def decide(client, user, item, task, data):
    """`user` sends `data` through the form of `task` on the request's staff page."""
    client.force_login(user)
    return client.post(reverse("workflows_admin:task", args=[item.pk, task.pk]), data)


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
    response = decide(
        client,
        coordinator_a,
        application,
        task,
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

    response = decide(client, coordinator_a, application, task, {"decision": "approve"})

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
    response = decide(
        client, coordinator_a, application, task, {"decision": "approve_lower", "amount": ""}
    )
    assert response.status_code == 200
    assert "Bitte geben Sie den Betrag ein, den Sie bewilligen." in response.content.decode()


def test_exports_neutralise_formulas_and_keep_text_as_text(
    client, club_a, budget, representative, coordinator_a
):
    application = submit(representative, club=club_a, budget=budget, title="=cmd|' /C calc'!A0")
    client.force_login(coordinator_a)

    csv_text = client.get(reverse("workflows_admin:export", args=["csv"])).content.decode()
    header, row = csv_text.splitlines()
    assert header.startswith("Aktenzeichen;Art;Titel")
    assert row.startswith(f"{application.reference};Förderantrag;'=cmd|' /C calc'!A0;")

    xlsx = client.get(reverse("workflows_admin:export", args=["xlsx"]))
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    titles = [row[2].value for row in sheet.iter_rows(min_row=2)]
    cell = next(row[2] for row in sheet.iter_rows(min_row=2))
    assert titles == ["=cmd|' /C calc'!A0"]
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
    "name",
    [
        "workflows_admin:queue",
        "workflows_admin:requests",
        "workflows_admin:inbox",
        "wagtailadmin_home",
    ],
)
def test_task_lists_and_dashboard_cost_the_same_queries_for_2_and_20_requests(
    client, club_a, budget, representative, coordinator_a, name
):
    def add(count):
        """`count` requests whose task the coordinator took, and as many in the queue."""
        for _ in range(count):
            application = submit(representative, club=club_a, budget=budget)
            actions.take(coordinator_a, actions.open_task(application, "review"))
            submit(representative, club=club_a, budget=budget)

    client.force_login(coordinator_a)
    add(2)
    few = count_queries(client, reverse(name))
    add(18)
    assert count_queries(client, reverse(name)) == few


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


# Regions: coordinator B never learns of region A's requests


def test_the_coordinator_of_the_region_sees_the_request_in_the_list_and_on_its_page(
    client, application, coordinator_a
):
    assert "Erste-Hilfe-Kurs" in page(client, coordinator_a, "workflows_admin:requests")
    html = page(client, coordinator_a, "workflows_admin:request_detail", application.pk)
    assert "Erste-Hilfe-Kurs" in html
    assert "Antrag prüfen" in html  # the open task, with its form link


def test_the_coordinator_of_another_region_sees_none_of_it_in_lists_and_export(
    client, application, coordinator_b
):
    for name in ("workflows_admin:queue", "workflows_admin:requests", "workflows_admin:inbox"):
        assert "Erste-Hilfe-Kurs" not in page(client, coordinator_b, name)
    csv_text = client.get(reverse("workflows_admin:export", args=["csv"])).content.decode()
    assert application.reference not in csv_text
    assert "Erste-Hilfe-Kurs" not in csv_text


def test_the_coordinator_of_another_region_gets_404_on_everything_of_the_request(
    client, application, representative, coordinator_b
):
    task = actions.open_task(application, "review")
    attachment = actions.add_attachment(
        representative, application, SimpleUploadedFile("angebot.pdf", PDF)
    )
    client.force_login(coordinator_b)
    gets = [
        reverse("workflows_admin:request_detail", args=[application.pk]),
        reverse("workflows_admin:task", args=[application.pk, task.pk]),
        reverse("workflows_admin:attachment", args=[attachment.pk]),
    ]
    posts = {
        reverse("workflows_admin:task", args=[application.pk, task.pk]): {"decision": "approve"},
        reverse("workflows_admin:task_take", args=[application.pk, task.pk]): {},
        reverse("workflows_admin:message", args=[application.pk]): {"body": "Hallo"},
        reverse("workflows_admin:upload", args=[application.pk]): {
            "file": SimpleUploadedFile("b.pdf", PDF),
            "kind": "other",
        },
    }
    assert [client.get(url).status_code for url in gets] == [404] * len(gets)
    assert [client.post(url, data).status_code for url, data in posts.items()] == [404] * 4
    application.refresh_from_db()
    assert application.status == RequestStatus.IN_REVIEW
    assert actions.open_task(application, "review").owner is None
    assert not application.messages.exists()
    assert application.attachments.count() == 1


def test_staff_download_attachments_as_files_never_inline(
    client, application, representative, coordinator_a
):
    attachment = actions.add_attachment(
        representative, application, SimpleUploadedFile("angebot.pdf", PDF)
    )
    client.force_login(coordinator_a)
    response = client.get(reverse("workflows_admin:attachment", args=[attachment.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


def test_the_applicant_uses_mein_bereich_not_the_staff_page(client, application, representative):
    client.force_login(representative)
    response = client.get(reverse("workflows_admin:request_detail", args=[application.pk]))
    assert refused(response) or response.status_code == 404


# Experts


def test_experts_see_only_the_requests_assigned_to_them(
    client, club_a, representative, coordinator_a, expert_user, topic
):
    assigned = actions.submit(representative, CoachingRequestFactory(club=club_a, topic=topic))
    other = actions.submit(representative, CoachingRequestFactory(club=club_a, topic=topic))
    actions.triage_coaching(
        coordinator_a, actions.open_task(assigned, "triage"), expert=expert_user.expert
    )

    listed = page(client, expert_user, "workflows_admin:requests")
    assert assigned.title in listed
    assert other.title not in listed
    assert assigned.title in page(client, expert_user, "workflows_admin:inbox")
    assert client.get(reverse("workflows_admin:request_detail", args=[other.pk])).status_code == 404
    html = page(client, expert_user, "workflows_admin:request_detail", assigned.pk)
    respond = actions.open_task(assigned, "respond")
    assert reverse("workflows_admin:task", args=[assigned.pk, respond.pk]) in html


def test_the_expert_answers_a_forwarded_help_request_from_the_task_form(
    client, club_a, representative, coordinator_a, expert_user
):
    help_request = actions.submit(representative, HelpRequestFactory(club=club_a))
    client.force_login(coordinator_a)
    triage = actions.open_task(help_request, "triage")
    response = client.post(
        reverse("workflows_admin:task", args=[help_request.pk, triage.pk]),
        {"outcome": "forwarded", "expert": expert_user.expert.pk, "answer": "Bitte übernehmen."},
    )
    assert response.status_code == 302

    client.force_login(expert_user)
    task = actions.open_task(help_request, "expert_answer")
    response = client.post(
        reverse("workflows_admin:task", args=[help_request.pk, task.pk]),
        {"answer": "Ja, mit Quittung."},
    )
    assert response.status_code == 302
    help_request.refresh_from_db()
    assert help_request.status == RequestStatus.CLOSED
    assert help_request.answer == "Ja, mit Quittung."


def test_a_help_request_is_referred_only_to_clubs_that_offer_something(
    client, directory, club_a, representative, coordinator_a
):
    offering = ClubPageFactory(
        parent=directory,
        title="Schützenverein Zeltverleih",
        municipality=MunicipalityFactory(region=club_a.region),
        competencies_note="Wir verleihen unser Festzelt.",
    )
    ClubPageFactory(
        parent=directory,
        title="Kegelclub ohne Angebot",
        municipality=MunicipalityFactory(region=club_a.region),
    )
    help_request = actions.submit(representative, HelpRequestFactory(club=club_a))
    task = actions.open_task(help_request, "triage")

    html = page(client, coordinator_a, "workflows_admin:task", help_request.pk, task.pk)
    assert "Schützenverein Zeltverleih" in html
    assert "Kegelclub ohne Angebot" not in html

    response = client.post(
        reverse("workflows_admin:task", args=[help_request.pk, task.pk]),
        {"outcome": "referred", "club": offering.pk},
    )
    assert response.status_code == 200
    assert "Bitte schreiben Sie die Antwort." in response.content.decode()
    help_request.refresh_from_db()
    assert help_request.status == RequestStatus.IN_REVIEW


# Decisions


def test_above_the_threshold_the_reviewer_recommends_and_a_programme_lead_approves(
    client, club_a, budget, representative, coordinator_a, programme_lead
):
    application = submit(
        representative, club=club_a, budget=budget, requested_amount=Decimal("1800.00")
    )
    client.force_login(coordinator_a)
    review = actions.open_task(application, "review")
    client.post(
        reverse("workflows_admin:task", args=[application.pk, review.pk]), {"decision": "approve"}
    )
    application.refresh_from_db()
    assert application.status == RequestStatus.AWAITING_SECOND_APPROVAL
    second = actions.open_task(application, "second_approval")
    url = reverse("workflows_admin:task", args=[application.pk, second.pk])
    assert refused(client.post(url, {"decision": "approve"}))
    application.refresh_from_db()
    assert application.status == RequestStatus.AWAITING_SECOND_APPROVAL

    client.force_login(programme_lead)
    assert client.post(url, {"decision": "approve"}).status_code == 302
    application.refresh_from_db()
    assert application.status == RequestStatus.APPROVED
    assert Budget.objects.get(pk=budget.pk).committed == Decimal("1800.00")


def test_a_rejection_without_reasons_names_the_message_field_and_saves_nothing(
    client, application, coordinator_a
):
    task = actions.open_task(application, "review")
    response = decide(
        client, coordinator_a, application, task, {"decision": "reject", "message": "   "}
    )
    assert response.status_code == 200
    assert response.context["task_form"].errors["message"] == ["Bitte begründen Sie die Ablehnung."]
    application.refresh_from_db()
    assert application.status == RequestStatus.IN_REVIEW
    assert actions.open_task(application, "review").pk == task.pk


def test_a_finished_task_or_a_task_of_another_request_is_not_found(
    client, application, club_a, budget, representative, coordinator_a
):
    other = submit(representative, club=club_a, budget=budget)
    other_task = actions.open_task(other, "review")
    review = actions.open_task(application, "review")
    actions.review_funding(coordinator_a, review, "approve")
    client.force_login(coordinator_a)
    for task in (review, other_task):
        url = reverse("workflows_admin:task", args=[application.pk, task.pk])
        assert client.get(url).status_code == 404


def test_the_applicants_task_is_shown_as_waiting_not_as_a_form(client, application, coordinator_a):
    actions.review_funding(
        coordinator_a, actions.open_task(application, "review"), "changes", message="Belege?"
    )
    task = actions.open_task(application, "changes")
    html = page(client, coordinator_a, "workflows_admin:request_detail", application.pk)
    assert "Wartet auf die antragstellende Organisation." in html
    assert (
        client.get(reverse("workflows_admin:task", args=[application.pk, task.pk])).status_code
        == 404
    )


# The request page


def test_internal_notes_are_marked_for_staff_and_hidden_from_the_applicant(
    client, application, coordinator_a, representative
):
    client.force_login(coordinator_a)
    response = client.post(
        reverse("workflows_admin:message", args=[application.pk]),
        {"body": "Verein ist zuverlässig.", "internal": "on"},
    )
    assert response.status_code == 302
    assert Message.objects.get(body="Verein ist zuverlässig.").internal

    html = page(client, coordinator_a, "workflows_admin:request_detail", application.pk)
    assert "Verein ist zuverlässig." in html
    assert "Interne Notiz" in html
    client.force_login(representative)
    mine = client.get(reverse("my_request_detail", args=[application.pk])).content.decode()
    assert "Verein ist zuverlässig." not in mine


def test_the_timeline_shows_staff_steps_and_tasks_with_owner_and_overdue_marker(
    client, application, coordinator_a
):
    task = actions.open_task(application, "review")
    actions.take(coordinator_a, task)
    type(task).objects.filter(pk=task.pk).update(
        created=timezone.now() - timezone.timedelta(days=30)
    )

    html = page(client, coordinator_a, "workflows_admin:request_detail", application.pk)
    timeline = html[html.index('id="timeline-heading"') :]
    assert "Aufgabe übernommen: Antrag prüfen" in timeline  # a staff-only step
    assert "nur intern" in timeline
    assert "Aufgabe: Antrag prüfen" in timeline
    assert "überfällig" in timeline


def test_the_budget_effect_lists_the_ledger_entries_of_the_application(
    client, application, coordinator_a
):
    actions.review_funding(coordinator_a, actions.open_task(application, "review"), "approve")
    html = page(client, coordinator_a, "workflows_admin:request_detail", application.pk)
    effect = html[html.index('id="budget-heading"') : html.index('id="timeline-heading"')]
    assert "4.200,00 €" in effect  # remaining
    assert "Reservierung" in effect


# Lists and dashboard


def test_the_queue_offers_to_take_its_tasks(client, application, coordinator_a):
    task = actions.open_task(application, "review")
    html = page(client, coordinator_a, "workflows_admin:queue")
    assert reverse("workflows_admin:task_take", args=[application.pk, task.pk]) in html


def test_nonsense_filters_show_the_list_instead_of_an_error(client, application, coordinator_a):
    html = page(
        client, coordinator_a, "workflows_admin:requests", year="99999999", region="x", budget="-1"
    )
    assert "Erste-Hilfe-Kurs" in html


def test_the_dashboard_counts_my_overdue_tasks(
    client, club_a, budget, representative, coordinator_a
):
    for age in (1, 30, 40):
        application = submit(representative, club=club_a, budget=budget)
        task = actions.open_task(application, "review")
        actions.take(coordinator_a, task)
        type(task).objects.filter(pk=task.pk).update(
            created=timezone.now() - timezone.timedelta(days=age)
        )
    submit(representative, club=club_a, budget=budget)

    home = page(client, coordinator_a, "wagtailadmin_home")
    assert "3 offene Aufgaben" in home
    assert "2 überfällig" in home
    assert "1 Aufgabe in der Warteschlange" in home


def test_the_menu_is_shown_to_staff_and_not_to_club_representatives_or_editors(
    client, representative, coordinator_a, expert_user, programme_lead, superuser, roles
):
    editor = UserFactory(username="redaktion")
    editor.groups.add(Group.objects.get(name=EDITORS.group_name))
    inbox = reverse("workflows_admin:inbox")
    shown = {}
    for user in (coordinator_a, expert_user, programme_lead, superuser, representative, editor):
        client.force_login(user)
        shown[user.username] = inbox in client.get(reverse("wagtailadmin_home")).content.decode()
    assert shown == {
        coordinator_a.username: True,
        expert_user.username: True,
        programme_lead.username: True,
        superuser.username: True,
        representative.username: False,
        editor.username: False,
    }


def test_programme_leads_edit_budgets_and_coordinators_only_view_them(
    client, budget, coordinator_a, programme_lead
):
    add = reverse("wagtailsnippets_workflows_budget:add")
    client.force_login(coordinator_a)
    assert budget.name in page(client, coordinator_a, "wagtailsnippets_workflows_budget:list")
    assert refused(client.get(add))
    client.force_login(programme_lead)
    assert client.get(add).status_code == 200
    assert client.get(reverse("wagtailsnippets_workflows_routingrule:add")).status_code == 200


def test_the_budget_overview_costs_the_same_queries_for_2_and_20_budgets(
    client, club_a, representative, coordinator_a
):
    def add(count):
        for _ in range(count):
            budget = BudgetFactory()
            application = submit(representative, club=club_a, budget=budget)
            actions.review_funding(
                coordinator_a, actions.open_task(application, "review"), "approve"
            )

    client.force_login(coordinator_a)
    add(2)
    few = count_queries(client, reverse("workflows_admin:budgets"))
    add(18)
    assert count_queries(client, reverse("workflows_admin:budgets")) == few
    assert (
        page(client, coordinator_a, "workflows_admin:budgets").count("Qualifizierungsbudget") >= 20
    )
