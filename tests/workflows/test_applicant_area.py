"""The applicants' pages in "Mein Bereich": drafting, submitting, answering, reporting."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import FundingApplicationFactory
from workflows import actions
from workflows.models import FundingApplication, HelpRequest, Request, RequestStatus

PDF = b"%PDF-1.4\n%%EOF\n"


def funding_data(club, budget, costs=(("Honorar", "600,00"), ("Raummiete", "150,00")), **extra):
    data = {
        "club": club.pk,
        "budget": budget.pk,
        "title": "Workshop Vereinsfinanzen",
        "measure_type": "qualification",
        "purpose": "Unsere Kassenwarte lernen die neue Buchhaltung.",
        "starts_on": "2026-12-10",
        "ends_on": "2026-12-10",
        "participants": "14",
        "own_contribution": "50",
        "requested_amount": "700",
        "costs-TOTAL_FORMS": str(len(costs) + 1),
        "costs-INITIAL_FORMS": "0",
        "costs-MIN_NUM_FORMS": "0",
        "costs-MAX_NUM_FORMS": "30",
    }
    for index, (description, amount) in enumerate(costs):
        data[f"costs-{index}-description"] = description
        data[f"costs-{index}-amount"] = amount
    data.update(extra)
    return data


@pytest.fixture
def logged_in(client, representative):
    client.force_login(representative)
    return client


def text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def test_a_funding_draft_is_saved_with_its_cost_plan_and_total(logged_in, club_a, budget):
    response = logged_in.post(
        reverse("my_request_create", args=["foerderantrag"]), funding_data(club_a, budget)
    )

    draft = FundingApplication.objects.get()
    assert response["Location"] == reverse("my_request_detail", args=[draft.pk])
    assert draft.status == RequestStatus.DRAFT
    assert draft.region == club_a.municipality.region
    assert list(draft.cost_items.values_list("description", "amount")) == [
        ("Honorar", Decimal("600.00")),
        ("Raummiete", Decimal("150.00")),
    ]
    page = text(logged_in.get(response["Location"]))
    assert "750,00 €" in page
    assert "Entwurf" in page


def test_a_row_of_the_cost_plan_can_be_removed(logged_in, club_a, budget):
    logged_in.post(
        reverse("my_request_create", args=["foerderantrag"]), funding_data(club_a, budget)
    )
    draft = FundingApplication.objects.get()
    items = list(draft.cost_items.all())
    data = funding_data(club_a, budget, costs=())
    data.update(
        {
            "costs-TOTAL_FORMS": "2",
            "costs-INITIAL_FORMS": "2",
            "costs-0-id": items[0].pk,
            "costs-0-description": "Honorar",
            "costs-0-amount": "600,00",
            "costs-1-id": items[1].pk,
            "costs-1-description": "Raummiete",
            "costs-1-amount": "150,00",
            "costs-1-DELETE": "on",
        }
    )
    logged_in.post(reverse("my_request_edit", args=[draft.pk]), data)
    assert list(draft.cost_items.values_list("description", flat=True)) == ["Honorar"]


def test_wrong_input_names_the_fields_and_saves_nothing(logged_in, club_a, budget):
    data = funding_data(
        club_a,
        budget,
        costs=(("Honorar", "-5"),),
        ends_on="2026-12-01",
        requested_amount="abc",
    )
    response = logged_in.post(reverse("my_request_create", args=["foerderantrag"]), data)

    assert response.status_code == 200
    page = text(response)
    assert "Das Ende kann nicht vor dem Beginn liegen." in page
    assert "Bitte geben Sie einen Betrag über 0 ein." in page
    assert not Request.objects.exists()


def test_help_requests_ask_for_what_their_need_requires(logged_in, club_a):
    response = logged_in.post(
        reverse("my_request_create", args=["hilfe"]),
        {"club": club_a.pk, "title": "Zelt", "need": "equipment", "description": "Für das Fest."},
    )
    assert response.status_code == 200
    assert not HelpRequest.objects.exists()
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select("#id_equipment[aria-invalid=true]")
    assert soup.select("#id_place[aria-invalid=true]")


def test_submitting_gives_a_reference_and_ends_editing(logged_in, club_a, budget, coordinator_a):
    logged_in.post(
        reverse("my_request_create", args=["foerderantrag"]), funding_data(club_a, budget)
    )
    draft = FundingApplication.objects.get()
    response = logged_in.post(reverse("my_request_submit", args=[draft.pk]), follow=True)

    draft.refresh_from_db()
    assert draft.reference in text(response)
    assert draft.status == RequestStatus.IN_REVIEW
    edit = logged_in.get(reverse("my_request_edit", args=[draft.pk]))
    assert edit["Location"] == reverse("my_request_detail", args=[draft.pk])


def test_a_change_request_is_answered_on_the_page_and_goes_back_to_review(
    logged_in, club_a, budget, representative, coordinator_a
):
    application = actions.submit(
        representative, FundingApplicationFactory(club=club_a, budget=budget)
    )
    actions.review_funding(
        coordinator_a, actions.open_task(application, "review"), "changes", message="Bitte Angebot."
    )
    actions.post_message(coordinator_a, application, "Nur intern: Kasse prüfen.", internal=True)
    page = text(logged_in.get(reverse("my_request_detail", args=[application.pk])))
    assert "Bitte Angebot." in page
    assert "Nur intern" not in page

    task = actions.open_task(application, "changes")
    logged_in.post(
        reverse("my_request_task", args=[application.pk, task.pk]), {"message": "Liegt bei."}
    )
    application.refresh_from_db()
    assert application.status == RequestStatus.IN_REVIEW


def test_the_usage_report_with_receipts_is_all_or_nothing(
    logged_in, club_a, budget, representative, coordinator_a
):
    application = actions.submit(
        representative, FundingApplicationFactory(club=club_a, budget=budget)
    )
    actions.review_funding(coordinator_a, actions.open_task(application, "review"), "approve")
    task = actions.open_task(application, "usage_report")
    url = reverse("my_request_task", args=[application.pk, task.pk])
    report = {"actual_costs": "780", "summary": "Zwölf Personen haben teilgenommen."}

    refused = logged_in.post(
        url,
        {
            **report,
            "receipts": [
                SimpleUploadedFile("quittung.pdf", PDF),
                SimpleUploadedFile("virus.pdf", b"MZ\x90\x00"),
            ],
        },
    )
    assert "keine PDF-, JPEG- oder PNG-Datei" in text(refused)
    assert not application.attachments.exists()
    application.refresh_from_db()
    assert application.status == RequestStatus.APPROVED

    logged_in.post(url, {**report, "receipts": [SimpleUploadedFile("quittung.pdf", PDF)]})
    application.refresh_from_db()
    assert application.status == RequestStatus.REPORT_SUBMITTED
    assert application.usage_report.actual_costs == Decimal("780")
    assert list(application.attachments.values_list("kind", flat=True)) == ["receipt"]


def test_documents_are_downloaded_as_attachments(logged_in, club_a, budget, representative):
    application = FundingApplicationFactory(club=club_a, budget=budget)
    attachment = actions.add_attachment(
        representative, application, SimpleUploadedFile("angebot.pdf", PDF)
    )
    response = logged_in.get(reverse("my_request_attachment", args=[attachment.pk]))
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


def test_my_area_shows_the_newest_requests_and_how_to_start_one(logged_in, club_a, budget):
    FundingApplicationFactory(club=club_a, budget=budget, title="Neue Trikots")
    page = text(logged_in.get(reverse("my_area")))
    assert "Neue Trikots" in page
    assert "Neuer Förderantrag" in page


def test_the_list_costs_the_same_queries_for_2_and_12_requests(logged_in, club_a, budget):
    def queries():
        logged_in.get(reverse("my_requests"))  # warm the caches of site and settings
        with CaptureQueriesContext(connection) as captured:
            assert logged_in.get(reverse("my_requests")).status_code == 200
        return len(captured)

    FundingApplicationFactory.create_batch(2, club=club_a, budget=budget)
    few = queries()
    FundingApplicationFactory.create_batch(8, club=club_a, budget=budget)
    assert queries() == few


def test_a_draft_follows_its_club_but_a_submitted_request_keeps_its_club(
    logged_in, club_a, club_b, budget, representative, programme_lead
):
    club_b.representatives.user_set.add(representative)
    logged_in.post(
        reverse("my_request_create", args=["foerderantrag"]), funding_data(club_a, budget)
    )
    draft = FundingApplication.objects.get()
    logged_in.post(reverse("my_request_edit", args=[draft.pk]), funding_data(club_b, budget))
    draft.refresh_from_db()
    assert (draft.club, draft.region) == (club_b, club_b.municipality.region)

    draft = actions.submit(representative, draft)
    actions.review_funding(
        programme_lead, actions.open_task(draft, "review"), "changes", message="Bitte ergänzen."
    )
    logged_in.post(reverse("my_request_edit", args=[draft.pk]), funding_data(club_a, budget))
    draft.refresh_from_db()
    assert draft.club == club_b
