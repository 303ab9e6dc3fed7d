"""The public verification of an Engagementnachweis: genuine, revoked or unknown; codes typed
in any case and with or without dashes; only what the certificate states, never the address;
never kept by a shared cache; a limit per IP address."""

import datetime

import pytest
from django.utils import timezone, translation

from clubs.hours.models import EngagementCertificate
from clubs.hours.views import VERIFY_RATE_LIMIT
from tests.clubs.hours_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.hours_setup import page_text
from tests.clubs.shifts_club_setup import en_url

pytestmark = pytest.mark.django_db

CODE = "ABCD-EFGH-JKMN"


@pytest.fixture
def certificate(db):
    return EngagementCertificate.objects.create(
        code=CODE,
        email="olena@example.org",
        name="Олена Шевченко",
        language="de",
        issued_at=datetime.datetime(2026, 4, 15, 9, 0, tzinfo=datetime.UTC),
        statement={
            "name": "Олена Шевченко",
            "year": None,
            "clubs": ["Sportverein Lindau"],
            "entries": [
                {
                    "club": "Sportverein Lindau",
                    "activity": "Jugendtraining",
                    "starts_on": "2026-01-01",
                    "ends_on": "2026-03-31",
                    "hours": "24.00",
                }
            ],
            "total_hours": "24.00",
        },
    )


def verify(client, code):
    with translation.override("en"):
        return client.get(en_url("engagement_certificate_verify_code", code))


class TestVerification:
    def test_a_genuine_certificate_shows_what_it_states_and_nothing_else(self, client, certificate):
        response = verify(client, CODE)

        assert response.status_code == 200
        text = page_text(response)
        assert "This Engagementnachweis is genuine." in text
        for stated in (
            "Олена Шевченко",
            "Sportverein Lindau",
            "Jugendtraining",
            "01/01/2026 – 03/31/2026",
            "24",
        ):
            assert stated in text
        assert "04/15/2026" in text
        assert "olena@example.org" not in response.content.decode()

    @pytest.mark.parametrize(
        "typed", ["abcd-efgh-jkmn", "ABCDEFGHJKMN", "abcd efgh jkmn", "AbCd-EfGh-JkMn"]
    )
    def test_case_dashes_and_spaces_do_not_matter(self, client, certificate, typed):
        assert "genuine" in page_text(verify(client, typed))

    def test_the_form_leads_to_the_codes_page(self, client, certificate):
        response = client.get(en_url("engagement_certificate_verify"), {"code": " abcd efgh-jkmn "})

        assert response.status_code == 302
        assert response["Location"] == en_url("engagement_certificate_verify_code", CODE)

    def test_the_form_page_asks_for_the_code(self, client, db):
        text = page_text(client.get(en_url("engagement_certificate_verify")))

        assert "Enter the code" in text
        assert "Check certificate" in text

    @pytest.mark.parametrize("typed", ["", "zu-kurz", "ABCD-EFGH-JKM0", "x" * 39])
    def test_the_form_refuses_what_cannot_be_a_code(self, client, db, typed):
        response = client.get(en_url("engagement_certificate_verify"), {"code": typed})

        assert response.status_code == 200
        assert response.context["form"].errors["code"]

    def test_a_revoked_certificate_says_when_and_why(self, client, certificate):
        certificate.revoked_at = datetime.datetime(2026, 5, 2, 12, 0, tzinfo=datetime.UTC)
        certificate.revoked_reason = "Die Stunden waren falsch eingetragen."
        certificate.save()

        response = verify(client, CODE)

        text = page_text(response)
        assert "This Engagementnachweis was revoked on 05/02/2026." in text
        assert "Die Stunden waren falsch eingetragen." in text
        assert "genuine" not in text
        assert "Jugendtraining" not in text

    def test_an_unknown_code_is_404(self, client, certificate):
        response = verify(client, "ZZZZ-ZZZZ-ZZZZ")

        assert response.status_code == 404
        assert "There is no Engagementnachweis with this code." in page_text(response)

    def test_pages_are_never_shared_or_kept(self, client, certificate):
        for response in (verify(client, CODE), client.get(en_url("engagement_certificate_verify"))):
            assert "private" in response["Cache-Control"]
            assert (
                "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
            )

    def test_revoking_shows_at_once(self, client, certificate):
        verify(client, CODE)
        EngagementCertificate.objects.filter(pk=certificate.pk).update(
            revoked_at=timezone.now(), revoked_reason="Widerrufen"
        )

        assert "revoked" in page_text(verify(client, CODE))

    def test_too_many_checks_from_one_address_are_refused(self, client, certificate):
        for _check in range(VERIFY_RATE_LIMIT.limit):
            assert verify(client, "ZZZZ-ZZZZ-ZZZZ").status_code == 404

        response = verify(client, CODE)

        assert response.status_code == 429
        assert "Too many codes" in page_text(response)
        assert "Олена" not in page_text(response)
