"""A funding application from the club's form (cost plan, a quote attached) through the
coordinator's approval and, above the threshold, the programme lead's, to the reservation in
the budget, in Chromium, with the applicant's pages checked against the WCAG rules of axe."""

from django.utils import timezone, translation
from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, log_in
from workflows import ledger
from workflows.models import Budget, FundingApplication, RequestStatus

QUOTE_PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def test_a_club_applies_with_a_cost_plan_and_both_approvals_reserve_the_money(page, demo):
    log_in(page, "verein.sport")
    page.goto("/mein-bereich/antraege/neu/foerderantrag/")
    assert_accessible(page)

    year = timezone.localdate().year
    page.select_option(
        "select[name=budget]", label=f"Qualifizierungsbudget Vereinsnetzwerk Eiderheide {year}"
    )
    page.fill("input[name=title]", "Vereinsheim streichen")
    page.select_option("select[name=measure_type]", "other")
    page.fill("textarea[name=purpose]", "Farbe und Pinsel für den Arbeitseinsatz.")
    page.fill("input[name=starts_on]", "2027-03-01")
    page.fill("input[name=ends_on]", "2027-03-02")
    page.fill("input[name=participants]", "15")
    page.fill("input[name=requested_amount]", "1500")
    page.fill("input[name=costs-0-description]", "Farbe")
    page.fill("input[name=costs-0-amount]", "1300")
    page.fill("input[name=costs-1-description]", "Pinsel")
    page.fill("input[name=costs-1-amount]", "200,00")
    page.get_by_role("button", name="Weitere Kostenposition").click()
    page.fill("input[name=costs-2-description]", "Abdeckfolie")
    page.fill("input[name=costs-2-amount]", "20")
    assert page.locator("[data-cost-plan-total]").inner_text() == "1.520,00 €"
    page.get_by_role("button", name="Kostenposition entfernen").nth(2).click()
    assert page.locator("[data-cost-plan-total]").inner_text() == "1.500,00 €"
    page.get_by_role("button", name="Als Entwurf speichern").click()

    application = FundingApplication.objects.get(title="Vereinsheim streichen")
    assert list(application.cost_items.values_list("description", flat=True)) == [
        "Farbe",
        "Pinsel",
    ]
    assert_accessible(page)
    page.get_by_label("Dokument", exact=True).set_input_files(
        files=[{"name": "angebot.pdf", "mimeType": "application/pdf", "buffer": QUOTE_PDF}]
    )
    page.get_by_role("button", name="Dokument hinzufügen").click()
    expect(page.get_by_role("link", name="angebot.pdf")).to_be_visible()
    assert application.attachments.get().original_name == "angebot.pdf"
    page.get_by_role("button", name="Antrag einreichen").click()
    application.refresh_from_db()
    expect(page.get_by_text(f"Aktenzeichen: {application.reference}")).to_be_visible()
    assert application.status == RequestStatus.IN_REVIEW

    log_in(page, "koordination.nord")
    page.goto("/admin/antraege/")
    page.get_by_role("link", name="Antrag prüfen").first.wait_for()
    page.goto(f"/admin/antraege/{application.pk}/")
    page.get_by_role("link", name="Entscheiden").click()
    page.get_by_label("Beantragten Betrag bewilligen").check()
    page.get_by_role("button", name="Entscheidung speichern").click()
    application.refresh_from_db()
    assert application.status == RequestStatus.AWAITING_SECOND_APPROVAL

    log_in(page, "programmleitung")
    page.goto(f"/admin/antraege/{application.pk}/")
    page.get_by_role("link", name="Entscheiden").click()
    page.get_by_label("Freigeben").check()
    page.get_by_role("button", name="Entscheidung speichern").click()
    application.refresh_from_db()
    assert application.status == RequestStatus.APPROVED
    page.goto("/admin/antraege/budgets/")
    budget = Budget.objects.get(pk=application.budget_id)
    row = page.get_by_role("row").filter(has_text=budget.name)
    with translation.override("de"):
        figures = ledger.budget_figures([budget])[0]
        assert ledger.money(figures["reserved"]) in row.inner_text()
        assert ledger.money(figures["remaining"]) in row.inner_text()
    reservation = application.ledger_entries.get(kind="reservation")
    assert (reservation.amount, reservation.booked_by.username) == (1500, "programmleitung")

    log_in(page, "verein.sport")
    page.goto(f"/mein-bereich/antraege/{application.pk}/")
    assert page.get_by_text("Bewilligt", exact=True).first.is_visible()
    assert page.get_by_role("heading", name="Verwendungsnachweis einreichen").is_visible()
    assert_accessible(page)
