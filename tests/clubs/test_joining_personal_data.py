"""What joining stores about the contact person: export, erasure and retention."""

import datetime
import json

import pytest
from django.utils import timezone

from clubs.joining.models import ClubApplication
from clubs.joining.personal_data import ClubApplications
from home.personal_data import registry
from tests.clubs.test_joining_setup import JoiningWorld
from tests.factories import ClubApplicationFactory

pytestmark = pytest.mark.django_db

EMAIL = "frauke@example.org"


class TestPersonalData(JoiningWorld):
    def test_export_lists_the_person_s_applications(self, villages, admin_user):
        ClubApplicationFactory(
            name="Dorfladen", municipality=villages["lindau"], contact_email=EMAIL
        )
        ClubApplicationFactory(municipality=villages["lindau"], contact_email="other@example.org")

        data = json.loads(registry.export(EMAIL.upper(), admin_user))

        [application] = data["club_applications"]
        assert application["name"] == "Dorfladen"
        assert application["contact_email"] == EMAIL
        assert application["consent"]["text"] == "Einverstanden."

    def test_erase_deletes_open_ones_and_anonymises_accepted_ones(self, villages, admin_user):
        open_one = ClubApplicationFactory(municipality=villages["lindau"], contact_email=EMAIL)
        accepted = ClubApplicationFactory(
            municipality=villages["lindau"],
            contact_email=EMAIL,
            status="accepted",
            decided_at=timezone.now(),
        )

        registry.erase(EMAIL, admin_user, request=None)

        assert not ClubApplication.objects.filter(pk=open_one.pk).exists()
        accepted.refresh_from_db()
        assert EMAIL not in accepted.contact_email
        assert accepted.contact_email.endswith(registry.ANONYMISED_DOMAIN)
        assert accepted.contact_name != "Frauke Jessen"

    def test_retention_removes_old_unconfirmed_and_declined_ones_only(self, villages, settings):
        settings.CLUB_APPLICATION_RETENTION_DAYS = 180
        now = timezone.now()
        lindau = villages["lindau"]
        old_unconfirmed = ClubApplicationFactory(municipality=lindau, status="unconfirmed")
        new_unconfirmed = ClubApplicationFactory(municipality=lindau, status="unconfirmed")
        ClubApplication.objects.filter(pk=old_unconfirmed.pk).update(
            created_at=now - datetime.timedelta(days=8)
        )
        ClubApplication.objects.filter(pk=new_unconfirmed.pk).update(
            created_at=now - datetime.timedelta(days=6)
        )
        old_declined = ClubApplicationFactory(
            municipality=lindau, status="declined", decided_at=now - datetime.timedelta(days=181)
        )
        new_declined = ClubApplicationFactory(
            municipality=lindau, status="declined", decided_at=now - datetime.timedelta(days=179)
        )
        old_accepted = ClubApplicationFactory(
            municipality=lindau, status="accepted", decided_at=now - datetime.timedelta(days=999)
        )
        old_pending = ClubApplicationFactory(municipality=lindau)
        ClubApplication.objects.filter(pk=old_pending.pk).update(
            created_at=now - datetime.timedelta(days=999)
        )

        report = {type(kind): count for kind, _cutoff, count in registry.apply_retention(now, True)}

        assert report[ClubApplications] == 2
        assert set(ClubApplication.objects.values_list("pk", flat=True)) == {
            new_unconfirmed.pk,
            new_declined.pk,
            old_accepted.pk,
            old_pending.pk,
        }
        assert old_declined.pk not in ClubApplication.objects.values_list("pk", flat=True)
