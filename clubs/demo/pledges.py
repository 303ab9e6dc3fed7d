"""Demo content: citizens' pledges to the support calls of the demo clubs, so that the
progress bars have something to show: the first live call nearly funded (about 90 % of the
money pledged, a good part of it received, most materials and helpers pledged), the others
with a few pledges. Supporters have made-up names at example.org.

The calls come from the support calls' demo (loaded before this one); without live calls
nothing happens, and a call that already has pledges is left alone, so loading twice changes
nothing.
"""

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from clubs.support_calls.models import Pledge, SupportCallPage, SupportNeed

CONSENT = "Demo: Einverständnis mit der Weitergabe an den Verein."
SUPPORTERS = [
    "Anke Jessen",
    "Bernd Thomsen",
    "Carla Hansen",
    "Deniz Yılmaz",
    "Eike Nissen",
    "Frauke Lorenzen",
    "Gerd Paulsen",
    "Hanna Brodersen",
    "Ilka Clausen",
    "Jannik Petersen",
]
MONEY_PLEDGES = 5


@dataclass(frozen=True)
class Plan:
    money: Decimal  # share of the money goal pledged
    money_received: Decimal  # share of the money pledges the club confirmed
    needs: Decimal  # share of each need pledged
    materials_received: bool


NEARLY_FUNDED = Plan(Decimal("0.9"), Decimal("0.6"), Decimal("0.8"), materials_received=True)
STARTED = Plan(Decimal("0.25"), Decimal("0.2"), Decimal("0.3"), materials_received=False)


def _people():
    number = 0
    while True:
        name = SUPPORTERS[number % len(SUPPORTERS)]
        email = f"{name.split()[0].lower()}.{number}@example.org".replace("ı", "i")
        yield name, email
        number += 1


def _money(call, plan, people):
    """MONEY_PLEDGES equal pledges adding up to the plan's share of the goal, the first ones
    received."""
    if not call.goal_amount:
        return 0
    each = (call.goal_amount * plan.money / MONEY_PLEDGES).quantize(Decimal("1"), ROUND_DOWN)
    received = int(MONEY_PLEDGES * plan.money_received)
    for number in range(MONEY_PLEDGES):
        name, email = next(people)
        Pledge.objects.create(
            call=call,
            kind=Pledge.Kind.MONEY,
            amount=max(each, Decimal("1")),
            name=name,
            email=email,
            consent_text=CONSENT,
            received_at=timezone.now() if number < received else None,
        )
    return MONEY_PLEDGES


def _needs(call, plan, people):
    created = 0
    for need in call.needs.all():
        quantity = int(need.quantity * plan.needs)
        if quantity < 1:
            continue
        name, email = next(people)
        material = need.kind == SupportNeed.Kind.MATERIAL
        Pledge.objects.create(
            call=call,
            kind=Pledge.Kind.MATERIAL if material else Pledge.Kind.TIME,
            need=need,
            need_label=need.label,
            quantity=quantity,
            name=name,
            email=email,
            consent_text=CONSENT,
            received_at=timezone.now() if material and plan.materials_received else None,
        )
        created += 1
    return created


def load_pledges_demo(log=print):
    calls = list(
        SupportCallPage.objects.live()
        .filter(locale=Locale.get_default())
        .order_by("path")
        .prefetch_related("needs")
    )
    if not calls:
        return
    created = 0
    people = _people()
    with transaction.atomic():
        for number, call in enumerate(calls):
            if call.pledges.exists():
                continue
            plan = NEARLY_FUNDED if number == 0 else STARTED
            created += _money(call, plan, people)
            created += _needs(call, plan, people)
    log(f"{created} demo pledges to {len(calls)} support calls")
