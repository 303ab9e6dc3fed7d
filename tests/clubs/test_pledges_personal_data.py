"""Pledges in the personal-data registry: export, erasure (anonymised, still counted) and
deletion PLEDGE_RETENTION_DAYS after the call's last day."""

import io
import json
import re
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import timezone

from clubs.support_calls.models import Pledge
from clubs.support_calls.personal_data import Pledges
from clubs.support_calls.pledges import pledge_for_token
from clubs.support_calls.progress import progress
from clubs.volunteer_area.access import create_link
from home.personal_data import registry
from home.personal_data.registry import ANONYMISED_DOMAIN
from tests.clubs.pledges_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.support_call_factories import PledgeFactory, SupportCallPageFactory, in_days
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_pledges_are_a_registered_kind():
    assert Pledges.key in {kind.key for kind in registry.kinds()}


def test_export_lists_the_person_s_pledges_with_the_call(call, cement):
    PledgeFactory(call=call, email="Anna@example.org", name="Anna", amount=Decimal("30"))
    PledgeFactory(
        call=call, email="anna@example.org", kind="material", need=cement, quantity=2, amount=None
    )
    PledgeFactory(call=call, email="other@example.org")

    data = json.loads(registry.export("anna@example.org", UserFactory(is_superuser=True)))

    entries = data["pledges"]
    assert len(entries) == 2
    assert {entry["support_call"] for entry in entries} == {"Neues Dach"}
    assert {entry["kind"] for entry in entries} == {"money", "material"}
    assert all(entry["reference"].startswith(f"UA-{call.pk}-") for entry in entries)
    assert entries[0]["consent"]["text"] == "Einverstanden."


def test_erasure_anonymises_the_person_s_pledges_and_keeps_the_progress(call, rf):
    PledgeFactory(call=call, email="anna@example.org", name="Anna", message="Gern!")
    kept = PledgeFactory(call=call, email="other@example.org")

    counts = registry.erase("ANNA@example.org", UserFactory(is_superuser=True), rf.get("/"))

    assert counts[Pledges.label] == 1
    erased = Pledge.objects.exclude(pk=kept.pk).get()
    assert (erased.name, erased.message) == ("", "")
    assert erased.email == f"pledge-{erased.pk}@{ANONYMISED_DOMAIN}"
    assert not Pledges().records("anna@example.org")
    assert progress(call).pledged_amount == Decimal("100")


def test_retention_deletes_pledges_some_days_after_the_call_ended(club, settings):
    settings.PLEDGE_RETENTION_DAYS = 365
    long_over = SupportCallPageFactory(parent=club, starts_on=in_days(-500), ends_on=in_days(-370))
    recently_over = SupportCallPageFactory(
        parent=club, starts_on=in_days(-100), ends_on=in_days(-30)
    )
    PledgeFactory(call=long_over)
    PledgeFactory(call=long_over, cancelled_at=timezone.now())
    recent = PledgeFactory(call=recently_over)
    out = io.StringIO()

    call_command("apply_retention", "--apply", stdout=out)

    assert list(Pledge.objects.all()) == [recent]
    assert "2 pledges" in out.getvalue()


def test_dry_run_deletes_nothing(club):
    over = SupportCallPageFactory(parent=club, starts_on=in_days(-900), ends_on=in_days(-800))
    PledgeFactory(call=over)

    call_command("apply_retention", stdout=io.StringIO())

    assert Pledge.objects.count() == 1


def test_in_mein_engagement_a_person_downloads_and_erases_their_pledges(client, call):
    """Mein Engagement takes every kind of the registry: the download holds the pledges and
    "erase everything" anonymises them."""
    PledgeFactory(call=call, email="helga@example.org", name="Helga", amount=Decimal("30"))
    client.get(f"/mein-engagement/zugang/{create_link('helga@example.org')}/")

    data = json.loads(client.post("/mein-engagement/daten/").content)
    assert [entry["name"] for entry in data["pledges"]] == ["Helga"]

    client.post("/mein-engagement/loeschen/")
    assert not Pledges().records("helga@example.org")
    assert progress(call).pledged_amount == Decimal("30")


def test_mein_engagement_lists_the_person_s_pledges_with_the_link_to_cancel(client, call):
    own = PledgeFactory(call=call, email="helga@example.org", name="Helga", amount=Decimal("30"))
    PledgeFactory(call=call, email="other@example.org", name="Otto", amount=Decimal("99"))
    client.get(f"/mein-engagement/zugang/{create_link('Helga@example.org')}/")

    response = client.get("/en/mein-engagement/")

    section = response.content.decode().split('id="pledges"')[1].split("</section>")[0]
    tokens = re.findall(r'href="/en/unterstuetzen/zusage/([^/"]+)/"', section)
    assert [pledge_for_token(token) for token in tokens] == [own]
