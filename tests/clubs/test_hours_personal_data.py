"""Hours and certificates in the personal-data registry: exported, erased (hours deleted,
certificates anonymised and revoked, so their code verifies as withdrawn), and no retention
period."""

import json
from decimal import Decimal

import pytest
from django.test import RequestFactory
from django.utils import translation

from clubs.hours import certificates
from clubs.hours.models import EngagementCertificate, HoursRecord
from home.personal_data import registry
from home.personal_data.registry import ANONYMISED_DOMAIN
from tests.clubs.hours_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.hours_setup import VOLUNTEER, hours_record, page_text
from tests.clubs.shifts_club_setup import en_url
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return UserFactory(username="datenschutz", is_superuser=True)


@pytest.fixture
def data(club):
    hours_record(club, email="Anna@Example.org", hours=Decimal(24))
    hours_record(club, confirmed=False, activity="Offen")
    kept = hours_record(club, email="bodo@example.org")
    certificate = certificates.issue(VOLUNTEER, "Anna Beispiel", None, "de")
    return certificate, kept


def test_the_export_holds_the_hours_and_certificates(staff, data):
    certificate, _kept = data

    exported = json.loads(registry.export("ANNA@example.org", staff))

    assert {record["activity"] for record in exported["hours_records"]} == {
        "Jugendtraining",
        "Offen",
    }
    (listed,) = exported["engagement_certificates"]
    assert listed["code"] == certificate.code
    assert listed["statement"]["total_hours"] == "24.00"


def test_erasing_deletes_the_hours_and_withdraws_the_certificate(client, staff, data):
    certificate, kept = data

    registry.erase(VOLUNTEER, staff, RequestFactory().get("/"))

    assert list(HoursRecord.objects.all()) == [kept]
    certificate.refresh_from_db()
    assert certificate.name == ""
    assert certificate.email.endswith("@" + ANONYMISED_DOMAIN)
    assert certificate.statement == {}
    assert certificate.revoked_at is not None
    with translation.override("de"):
        assert certificate.revoked_reason == translation.gettext("Deleted at the person's request")
    with translation.override("en"):
        response = client.get(en_url("engagement_certificate_verify_code", certificate.code))
    text = page_text(response)
    assert "revoked" in text
    assert "Anna" not in text
    assert "Jugendtraining" not in text
    assert registry.export(VOLUNTEER, staff).count("Anna") == 0


def test_hours_and_certificates_have_no_retention_period(staff, data):
    kinds = {kind.key: kind for kind in registry.kinds()}

    assert kinds["hours_records"].retention_setting is None
    assert kinds["engagement_certificates"].retention_setting is None
    registry.apply_retention(apply=True)
    assert HoursRecord.objects.count() == 3
    assert EngagementCertificate.objects.get().revoked_at is None
