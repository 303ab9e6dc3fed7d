"""Support calls for the tests: published calls below clubs, the form's data, and a
coordinator of the second region (the rest comes from self_service_world)."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from clubs.support_calls.models import SupportCallPage, SupportNeed
from home.roles import COORDINATORS
from tests.factories import UserFactory

__all__ = ["coordinator_b"]

TODAY = timezone.localdate()
VALID_IBAN = "DE02120300000000202051"


def published_call(club, title="Neues Dach", **fields):
    """A live support call below `club`, running from yesterday for 30 days by default."""
    needs = fields.pop("needs", [])
    values = {
        "summary": "Das Dach des Vereinsheims ist undicht.",
        "story": "<p>Seit dem Sturm regnet es herein.</p>",
        "municipality": club.municipality,
        "starts_on": TODAY - timedelta(days=1),
        "ends_on": TODAY + timedelta(days=30),
        "goal_amount": Decimal("5000"),
        "account_holder": "Sportverein Nord e.V.",
        "iban": VALID_IBAN,
        **fields,
    }
    call = SupportCallPage(title=title, live=False, locale_id=club.locale_id, **values)
    call.needs = [
        SupportNeed(kind=kind, label=label, quantity=quantity) for kind, label, quantity in needs
    ]
    club.add_child(instance=call)
    call.save_revision().publish()
    call.refresh_from_db()
    return call


def call_data(club, **changes):
    """What the form posts for a complete call with a money goal and a bank account."""
    data = {
        "title": "Neues Dach für das Vereinsheim",
        "summary": "Wir sammeln für ein dichtes Dach.",
        "story": "Seit dem Sturm regnet es herein.\n\nHelfen Sie uns.",
        "municipality": str(club.municipality_id),
        "starts_on": TODAY.isoformat(),
        "ends_on": (TODAY + timedelta(days=60)).isoformat(),
        "goal_amount": "5000",
        "account_holder": "Sportverein Nord e.V.",
        "iban": "DE02 1203 0000 0000 2020 51",
        "bic": "",
        "donation_url": "",
        "image_alt": "",
        "needs-TOTAL_FORMS": "3",
        "needs-INITIAL_FORMS": "0",
        "needs-MIN_NUM_FORMS": "0",
        "needs-MAX_NUM_FORMS": "20",
        "action": "save",
    }
    for index in range(3):
        for name in ("need_id", "kind", "label", "quantity"):
            data[f"needs-{index}-{name}"] = ""
    data.update(changes)
    return data


@pytest.fixture
def coordinator_b(roles, club_b):
    user = UserFactory(username="koordination.sued")
    user.groups.add(Group.objects.get(name=COORDINATORS.group_name))
    club_b.region.coordinators.add(user)
    return user
