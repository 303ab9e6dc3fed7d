"""Factories of support calls, their needs and pledges, for the pledge tests."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone

from clubs.support_calls.models import Pledge, SupportCallPage, SupportNeed


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


class SupportCallPageFactory(wagtail_factories.PageFactory):
    """Pass `parent` (a ClubPage). Running from yesterday for four weeks, goal 5.000 €."""

    class Meta:
        model = SupportCallPage

    title = factory.Sequence(lambda n: f"Aufruf {n}")
    summary = "Wir sanieren das Vereinsheim."
    municipality = factory.LazyAttribute(lambda page: page.parent.specific.municipality)
    goal_amount = Decimal("5000")
    starts_on = factory.LazyFunction(lambda: in_days(-1))
    ends_on = factory.LazyFunction(lambda: in_days(28))
    account_holder = "Sportverein Lindau e. V."
    iban = "DE02120300000000202051"
    bic = "BYLADEM1001"


class SupportNeedFactory(factory.django.DjangoModelFactory):
    """Pass `page` (a SupportCallPage)."""

    class Meta:
        model = SupportNeed

    kind = SupportNeed.Kind.MATERIAL
    label = factory.Sequence(lambda n: f"Sack Zement {n}")
    quantity = 10


class PledgeFactory(factory.django.DjangoModelFactory):
    """Pass `call`; money by default."""

    class Meta:
        model = Pledge

    kind = Pledge.Kind.MONEY
    amount = Decimal("50")
    name = factory.Sequence(lambda n: f"Unterstützende {n}")
    email = factory.Sequence(lambda n: f"unterstuetzende{n}@example.org")
    consent_text = "Einverstanden."
    language = "de"
