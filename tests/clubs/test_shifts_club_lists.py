"""The helper list of an offer as CSV and PDF: the day's sign-in sheet."""

import io

import pytest
from pypdf import PdfReader

from tests.clubs.shifts_club_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.shifts_club_setup import en_url, in_days
from tests.factories import ShiftFactory, ShiftSignupFactory

pytestmark = pytest.mark.django_db


def helper_list(client, club, offer, file_format, query=""):
    return client.get(en_url("club_offer_helper_list", club.pk, offer.pk, file_format) + query)


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return [line.split(";") for line in text.lstrip("\ufeff").splitlines()]


class TestCsv:
    def test_one_row_per_place_with_the_free_places_empty(
        self, client, representative, club, offer, signups
    ):
        client.force_login(representative)

        rows = csv_rows(helper_list(client, club, offer, "csv"))

        names = [row[6] for row in rows[1:]]
        assert names == ["Anna Beispiel", "Bodo Muster", "Cem Yilmaz", ""]
        assert rows[2][8] == "0461 12345"
        assert rows[1][3:5] == ["Kuchenstand", "Am Sportplatz"]

    def test_is_private_and_named_after_the_offer_and_day(
        self, client, representative, club, offer, shift
    ):
        client.force_login(representative)

        response = helper_list(client, club, offer, "csv", f"?datum={shift.date.isoformat()}")

        assert response["Content-Disposition"] == (
            f'attachment; filename="helferliste-{offer.slug}-{shift.date.isoformat()}.csv"'
        )
        assert response["Cache-Control"] == "private, no-store"

    def test_a_formula_in_a_name_stays_text(self, client, representative, club, shift):
        ShiftSignupFactory(shift=shift, name="=HYPERLINK(1)")
        client.force_login(representative)

        rows = csv_rows(helper_list(client, club, shift.opportunity, "csv"))

        assert rows[1][6] == "'=HYPERLINK(1)"

    def test_a_day_lists_only_that_days_shifts(self, client, representative, club, offer, shift):
        ShiftFactory(opportunity=offer, date=in_days(20), task="Abbau")
        client.force_login(representative)

        rows = csv_rows(
            helper_list(client, club, offer, "csv", f"?datum={in_days(20).isoformat()}")
        )

        assert {row[3] for row in rows[1:]} == {"Abbau"}


class TestPdf:
    def test_is_a_pdf_with_the_helpers(self, client, representative, club, offer, signups):
        client.force_login(representative)

        response = helper_list(client, club, offer, "pdf")

        assert response["Content-Type"] == "application/pdf"
        assert response.content.startswith(b"%PDF")
        assert "no-store" in response["Cache-Control"]

    def test_lists_the_days_shifts_with_names_phones_and_a_signature_column(
        self, client, representative, club, offer, signups
    ):
        ShiftFactory(opportunity=offer, date=in_days(20), task="Abbau")
        client.force_login(representative)

        response = helper_list(client, club, offer, "pdf", f"?datum={in_days(7).isoformat()}")

        text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
        assert "Kuchenstand" in text
        assert "Abbau" not in text
        assert "Bodo Muster" in text
        assert "0461 12345" in text
        assert "Signature" in text

    def test_umlauts_and_other_letters_never_break_it(self, client, representative, club, shift):
        ShiftSignupFactory(shift=shift, name="Jürgen Łukasz Øre 王")
        client.force_login(representative)

        response = helper_list(client, club, shift.opportunity, "pdf")

        assert response.status_code == 200


class TestWrongAddresses:
    @pytest.mark.parametrize("query", ["?datum=morgen", "?datum=2026-02-30", "?datum=%00"])
    def test_a_date_that_is_none_answers_404(self, client, representative, club, offer, query):
        client.force_login(representative)

        assert helper_list(client, club, offer, "csv", query).status_code == 404

    def test_an_unknown_format_answers_404(self, client, representative, club, offer):
        client.force_login(representative)

        assert helper_list(client, club, offer, "xlsx").status_code == 404
