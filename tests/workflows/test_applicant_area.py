"""The applicants' pages in "Mein Bereich": drafting, submitting, answering, reporting."""

from decimal import Decimal
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories import (
    BudgetFactory,
    CoachingRequestFactory,
    FundingApplicationFactory,
    HelpRequestFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    UserFactory,
)
from tests.query_budget import count_queries
from workflows import actions
from workflows.models import Attachment, FundingApplication, HelpRequest, Request, RequestStatus

PDF = b"%PDF-1.4\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 32


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


def test_editing_adds_and_removes_rows_of_the_cost_plan(logged_in, club_a, budget):
    logged_in.post(
        reverse("my_request_create", args=["foerderantrag"]), funding_data(club_a, budget)
    )
    draft = FundingApplication.objects.get()
    honorar, miete = draft.cost_items.all()
    data = funding_data(club_a, budget, costs=())
    data.update(
        {
            "costs-TOTAL_FORMS": "3",
            "costs-INITIAL_FORMS": "2",
            "costs-0-id": honorar.pk,
            "costs-0-description": "Honorar",
            "costs-0-amount": "600,00",
            "costs-1-id": miete.pk,
            "costs-1-description": "Raummiete",
            "costs-1-amount": "150,00",
            "costs-1-DELETE": "on",
            "costs-2-description": "Verpflegung",
            "costs-2-amount": "1.000,50",
        }
    )
    response = logged_in.post(reverse("my_request_edit", args=[draft.pk]), data, follow=True)

    assert list(draft.cost_items.values_list("description", "amount")) == [
        ("Honorar", Decimal("600.00")),
        ("Verpflegung", Decimal("1000.50")),
    ]
    assert "1.600,50 €" in text(response)


def test_the_form_has_spare_cost_rows_with_a_delete_box_for_browsers_without_script(
    logged_in,
):
    soup = BeautifulSoup(
        logged_in.get(reverse("my_request_create", args=["foerderantrag"])).content,
        "html.parser",
    )
    assert soup.select("input[name=costs-0-description]")
    assert soup.select("input[name=costs-1-description]")
    assert soup.select("input[type=checkbox][name=costs-0-DELETE]")
    assert soup.select_one("[data-cost-plan-add]").has_attr("hidden")
    template = soup.select_one("template[data-cost-plan-template]")
    assert 'name="costs-__prefix__-amount"' in template.decode_contents()


def test_unknown_kinds_of_request_are_not_found(logged_in):
    assert logged_in.get(reverse("my_request_create", args=["spende"])).status_code == 404


def test_the_club_is_preselected_only_when_there_is_nothing_to_choose(
    logged_in, club_a, club_b, representative
):
    url = reverse("my_request_create", args=["coaching"])
    options = BeautifulSoup(logged_in.get(url).content, "html.parser").select("#id_club option")
    assert [option["value"] for option in options] == [str(club_a.pk)]

    club_b.representatives.user_set.add(representative)
    options = BeautifulSoup(logged_in.get(url).content, "html.parser").select("#id_club option")
    assert options[0]["value"] == ""
    assert {option["value"] for option in options[1:]} == {str(club_a.pk), str(club_b.pk)}


def test_network_budgets_are_offered_only_to_member_clubs(logged_in, home_page, club_a, budget):
    networks = NetworkIndexPageFactory(parent=home_page)
    BudgetFactory(
        name="Netz mit Verein", network=NetworkPageFactory(parent=networks, member_clubs=[club_a])
    )
    BudgetFactory(name="Netz ohne Verein", network=NetworkPageFactory(parent=networks))
    BudgetFactory(name="Abgeschlossen", active=False)

    soup = BeautifulSoup(
        logged_in.get(reverse("my_request_create", args=["foerderantrag"])).content,
        "html.parser",
    )
    offered = {option.get_text(strip=True) for option in soup.select("#id_budget option")}
    assert any("Netz mit Verein" in name for name in offered)
    assert any(budget.name in name for name in offered)
    assert not any("Netz ohne Verein" in name or "Abgeschlossen" in name for name in offered)


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
    assert draft.reference.endswith("-0001")
    assert f"Ihr Antrag ist eingegangen. Aktenzeichen: {draft.reference}" in text(response)
    assert draft.status == RequestStatus.IN_REVIEW
    edit = logged_in.get(reverse("my_request_edit", args=[draft.pk]))
    assert edit["Location"] == reverse("my_request_detail", args=[draft.pk])


@pytest.mark.parametrize("factory", [CoachingRequestFactory, HelpRequestFactory])
def test_submitted_coaching_and_help_requests_show_their_page(
    logged_in, club_a, coordinator_a, representative, factory
):
    submitted = actions.submit(representative, factory(club=club_a, title="Satzung prüfen"))

    response = logged_in.get(reverse("my_request_detail", args=[submitted.pk]))

    assert response.status_code == 200
    assert submitted.reference in text(response)
    assert "Satzung prüfen" in text(response)


def test_a_refused_submission_is_explained_on_the_page(logged_in, club_a, budget):
    draft = FundingApplicationFactory(club=club_a, budget=budget, cost_items=[("Honorar", "100")])
    response = logged_in.post(reverse("my_request_submit", args=[draft.pk]), follow=True)

    assert "höher als die Gesamtkosten von 100,00 €" in text(response)
    draft.refresh_from_db()
    assert draft.status == RequestStatus.DRAFT


@pytest.fixture
def changes_requested(club_a, budget, representative, coordinator_a):
    application = actions.submit(
        representative, FundingApplicationFactory(club=club_a, budget=budget)
    )
    actions.review_funding(
        coordinator_a, actions.open_task(application, "review"), "changes", message="Bitte Angebot."
    )
    return application


def test_internal_notes_never_reach_the_applicant(logged_in, changes_requested, coordinator_a):
    actions.post_message(
        coordinator_a, changes_requested, "Nur intern: Kasse prüfen.", internal=True
    )
    actions.post_message(coordinator_a, changes_requested, "Für Sie: bitte bis Freitag.")

    page = text(logged_in.get(reverse("my_request_detail", args=[changes_requested.pk])))
    assert "Für Sie: bitte bis Freitag." in page
    assert "Nur intern" not in page


def test_a_change_request_is_answered_on_the_page_and_goes_back_to_review(
    logged_in, changes_requested
):
    task = actions.open_task(changes_requested, "changes")
    url = reverse("my_request_task", args=[changes_requested.pk, task.pk])
    response = logged_in.get(reverse("my_request_detail", args=[changes_requested.pk]))
    assert "Bitte Angebot." in text(response)
    form = BeautifulSoup(response.content, "html.parser").select_one(f'form[action="{url}"]')
    assert form.select("textarea[name=message]")
    assert form.select("button[type=submit]")

    logged_in.post(url, {"message": "Liegt bei."})
    changes_requested.refresh_from_db()
    assert changes_requested.status == RequestStatus.IN_REVIEW
    assert changes_requested.messages.filter(body__contains="Liegt bei.").exists()


def test_a_request_with_a_change_request_can_be_edited(logged_in, changes_requested, budget):
    data = funding_data(changes_requested.club, budget, title="Workshop mit Angebot")
    response = logged_in.post(reverse("my_request_edit", args=[changes_requested.pk]), data)

    assert response["Location"] == reverse("my_request_detail", args=[changes_requested.pk])
    changes_requested.refresh_from_db()
    assert changes_requested.title == "Workshop mit Angebot"
    assert changes_requested.status == RequestStatus.CHANGES_REQUESTED


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
    folder = Path(settings.PRIVATE_MEDIA_ROOT) / "requests" / str(application.pk)
    assert not folder.exists() or not any(folder.iterdir())  # no file of the refused report
    application.refresh_from_db()
    assert application.status == RequestStatus.APPROVED

    logged_in.post(url, {**report, "receipts": [SimpleUploadedFile("quittung.pdf", PDF)]})
    application.refresh_from_db()
    assert application.status == RequestStatus.REPORT_SUBMITTED
    assert application.usage_report.actual_costs == Decimal("780")
    assert list(application.attachments.values_list("kind", flat=True)) == ["receipt"]


def test_a_document_is_uploaded_and_listed(logged_in, club_a, budget):
    draft = FundingApplicationFactory(club=club_a, budget=budget)
    response = logged_in.post(
        reverse("my_request_upload", args=[draft.pk]),
        {"kind": "quote", "file": SimpleUploadedFile("angebot.pdf", PDF)},
        follow=True,
    )
    attachment = Attachment.objects.get()
    assert (attachment.kind, attachment.content_type) == ("quote", "application/pdf")
    assert "angebot.pdf" in text(response)


def test_a_program_renamed_to_pdf_is_refused_with_the_reason(logged_in, club_a, budget):
    draft = FundingApplicationFactory(club=club_a, budget=budget)
    response = logged_in.post(
        reverse("my_request_upload", args=[draft.pk]),
        {"kind": "other", "file": SimpleUploadedFile("angebot.pdf", EXE)},
    )
    assert response.status_code == 200
    assert "keine PDF-, JPEG- oder PNG-Datei" in text(response)
    assert not Attachment.objects.exists()


def test_a_message_to_the_coordination_appears_in_the_conversation(logged_in, changes_requested):
    response = logged_in.post(
        reverse("my_request_message", args=[changes_requested.pk]),
        {"body": "Das Angebot kommt morgen."},
        follow=True,
    )
    page = text(response)
    assert "Das Angebot kommt morgen." in page
    assert "Lena Petersen" in page


def test_documents_are_downloaded_as_attachments(logged_in, club_a, budget, representative):
    application = FundingApplicationFactory(club=club_a, budget=budget)
    attachment = actions.add_attachment(
        representative, application, SimpleUploadedFile("angebot.pdf", PDF)
    )
    response = logged_in.get(reverse("my_request_attachment", args=[attachment.pk]))
    assert response["Content-Disposition"] == 'attachment; filename="angebot.pdf"'
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


@pytest.fixture
def club_a_request(club_a, budget, representative, coordinator_a):
    """A funding application of club A waiting for its changes, with a document."""
    application = actions.submit(
        representative, FundingApplicationFactory(club=club_a, budget=budget, title="Nordlicht")
    )
    actions.review_funding(
        coordinator_a, actions.open_task(application, "review"), "changes", message="Bitte."
    )
    attachment = actions.add_attachment(
        representative, application, SimpleUploadedFile("angebot.pdf", PDF)
    )
    return application, actions.open_task(application, "changes"), attachment


@pytest.mark.parametrize(
    ("name", "methods"),
    [
        ("my_request_detail", ("get", "post")),
        ("my_request_edit", ("get", "post")),
        ("my_request_submit", ("post",)),
        ("my_request_task", ("get", "post")),
        ("my_request_message", ("post",)),
        ("my_request_upload", ("post",)),
        ("my_request_attachment", ("get",)),
    ],
)
def test_another_club_gets_404_for_every_page_of_a_request(
    client, club_a_request, other_representative, name, methods
):
    application, task, attachment = club_a_request
    args = {
        "my_request_task": [application.pk, task.pk],
        "my_request_attachment": [attachment.pk],
    }.get(name, [application.pk])
    client.force_login(other_representative)
    data = {"body": "Übernommen", "message": "x", "kind": "other", "title": "Übernommen"}
    for method in methods:
        response = getattr(client, method)(reverse(name, args=args), data)
        assert response.status_code == 404, (name, method)
    application.refresh_from_db()
    assert (application.title, application.status) == ("Nordlicht", "changes_requested")
    assert application.messages.filter(body="Übernommen").count() == 0


def test_club_b_does_not_see_club_a_in_its_list(client, club_a_request, other_representative):
    client.force_login(other_representative)
    assert "Nordlicht" not in text(client.get(reverse("my_requests")))


@pytest.mark.parametrize("name", ["my_requests", "my_request_detail", "my_request_submit"])
def test_anonymous_visitors_are_sent_to_the_login(client, club_a, budget, name):
    draft = FundingApplicationFactory(club=club_a, budget=budget)
    url = reverse(name, args=[] if name == "my_requests" else [draft.pk])
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_my_area_shows_the_newest_requests_and_how_to_start_one(logged_in, club_a, budget):
    for number in range(6):
        FundingApplicationFactory(club=club_a, budget=budget, title=f"Antrag Nummer {number}")
    page = text(logged_in.get(reverse("my_area")))
    assert "Antrag Nummer 5" in page
    assert "Antrag Nummer 1" in page
    assert "Antrag Nummer 0" not in page  # only the newest five
    assert "Neuer Förderantrag" in page
    assert "Neue Coaching-Anfrage" in page
    assert "Neue Hilfeanfrage" in page
    soup = BeautifulSoup(logged_in.get(reverse("my_area")).content, "html.parser")
    assert soup.select(f'a[href="{reverse("my_requests")}"]')


def test_my_area_has_no_requests_for_people_without_a_club(client, roles):
    client.force_login(UserFactory(username="ohne.verein"))
    page = text(client.get(reverse("my_area")))
    assert "Neuer Förderantrag" not in page


def test_the_empty_list_explains_the_three_kinds_of_request(logged_in):
    soup = BeautifulSoup(logged_in.get(reverse("my_requests")).content, "html.parser")
    links = {link["href"] for link in soup.select(".request-new a")}
    assert links == {
        reverse("my_request_create", args=[kind]) for kind in ("foerderantrag", "coaching", "hilfe")
    }
    assert "noch keine Anträge" in soup.get_text(" ")


def test_the_list_shows_ten_requests_per_page(logged_in, club_a, budget):
    FundingApplicationFactory.create_batch(12, club=club_a, budget=budget)
    first = BeautifulSoup(logged_in.get(reverse("my_requests")).content, "html.parser")
    second = BeautifulSoup(logged_in.get(reverse("my_requests") + "?page=2").content, "html.parser")
    assert len(first.select("tbody tr")) == 10
    assert len(second.select("tbody tr")) == 2
    assert "Entwurf" in first.select_one("tbody tr").get_text()


def test_the_list_costs_the_same_queries_for_2_and_20_requests(logged_in, club_a, budget):
    FundingApplicationFactory.create_batch(2, club=club_a, budget=budget)
    few = count_queries(logged_in, reverse("my_requests"))
    FundingApplicationFactory.create_batch(18, club=club_a, budget=budget)
    assert count_queries(logged_in, reverse("my_requests")) == few


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
