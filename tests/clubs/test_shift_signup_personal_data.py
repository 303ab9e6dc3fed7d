"""Sign-ups in the personal-data registry: export, erasure and deletion after the shift."""

import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.utils import timezone

from clubs.models import ShiftSignup
from clubs.shifts.personal_data import ShiftSignups
from home.personal_data import registry
from tests.factories import OpportunityPageFactory, ShiftFactory, ShiftSignupFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def offer(club_in, villages):
    return OpportunityPageFactory(parent=club_in(villages["lindau"]), title="Sommerfest")


def shift_days_ago(offer, days):
    return ShiftFactory(opportunity=offer, date=TODAY - datetime.timedelta(days=days))


def test_export_lists_the_person_s_sign_ups_with_the_shift(offer):
    shift = ShiftFactory(opportunity=offer, task="Aufbau")
    ShiftSignupFactory(shift=shift, email="Anna@example.org", name="Anna", phone="0431 1")
    ShiftSignupFactory(shift=shift, email="other@example.org")

    data = json.loads(registry.export("anna@example.org", UserFactory(is_superuser=True)))

    (entry,) = data["shift_signups"]
    assert entry["offer"] == "Sommerfest"
    assert entry["task"] == "Aufbau"
    assert (entry["name"], entry["phone"]) == ("Anna", "0431 1")
    assert entry["consent"]["text"] == "Einverstanden."


def test_erasure_deletes_the_person_s_sign_ups_only(offer, rf):
    shift = ShiftFactory(opportunity=offer)
    ShiftSignupFactory(shift=shift, email="anna@example.org")
    kept = ShiftSignupFactory(shift=shift, email="other@example.org")

    counts = registry.erase("ANNA@example.org", UserFactory(is_superuser=True), rf.get("/"))

    assert counts[ShiftSignups.label] == 1
    assert list(ShiftSignup.objects.all()) == [kept]


def test_retention_deletes_sign_ups_some_days_after_the_shift(offer, settings):
    settings.SHIFT_SIGNUP_RETENTION_DAYS = 90
    old = ShiftSignupFactory(shift=shift_days_ago(offer, 92))
    old_cancelled = ShiftSignupFactory(shift=shift_days_ago(offer, 92), cancelled_at=timezone.now())
    recent = ShiftSignupFactory(shift=shift_days_ago(offer, 80))
    upcoming = ShiftSignupFactory(shift=ShiftFactory(opportunity=offer))
    out = io.StringIO()

    call_command("apply_retention", "--apply", stdout=out)

    remaining = set(ShiftSignup.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, upcoming.pk}
    assert old.pk not in remaining
    assert old_cancelled.pk not in remaining
    assert "2 shift signups" in out.getvalue()


def test_dry_run_deletes_nothing(offer):
    ShiftSignupFactory(shift=shift_days_ago(offer, 400))

    call_command("apply_retention", stdout=io.StringIO())

    assert ShiftSignup.objects.count() == 1
