"""How far a support call has come: money confirmed and pledged against the goal, and per
need how much is pledged and still open. One place for the page, the list and the home page,
with two queries for any number of calls."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.db.models.functions import Lower

from clubs.support_calls.models import Pledge, SupportNeed


@dataclass
class NeedProgress:
    need: SupportNeed
    pledged: int

    @property
    def open(self):
        return max(self.need.quantity - self.pledged, 0)

    @property
    def percent(self):
        return min(100, round(100 * self.pledged / self.need.quantity))


@dataclass
class Progress:
    goal_amount: Decimal | None
    pledged_amount: Decimal = Decimal("0")
    confirmed_amount: Decimal = Decimal("0")
    supporters: int = 0
    needs: list = field(default_factory=list)

    @property
    def percent_pledged(self):
        """Share of the money goal that is pledged (confirmed or not), at most 100."""
        if not self.goal_amount:
            return None
        return min(100, round(100 * self.pledged_amount / self.goal_amount))

    @property
    def percent_confirmed(self):
        if not self.goal_amount:
            return None
        return min(100, round(100 * self.confirmed_amount / self.goal_amount))


def progress_of(calls):
    """{call pk: Progress} for the given (default-language) support call pages."""
    calls = list(calls)
    result = {call.pk: Progress(goal_amount=call.goal_amount) for call in calls}
    if not calls:
        return result
    active = Pledge.objects.active().filter(call__in=result)
    money = active.filter(kind=Pledge.Kind.MONEY).values("call")
    for row in money.annotate(
        pledged=Sum("amount"), confirmed=Sum("amount", filter=Q(received_at__isnull=False))
    ):
        result[row["call"]].pledged_amount = row["pledged"] or Decimal("0")
        result[row["call"]].confirmed_amount = row["confirmed"] or Decimal("0")
    for row in active.values("call").annotate(people=Count(Lower("email"), distinct=True)):
        result[row["call"]].supporters = row["people"]
    needs = SupportNeed.objects.filter(page__in=result).annotate(
        pledged=Sum("pledges__quantity", filter=Q(pledges__cancelled_at__isnull=True))
    )
    for need in needs.order_by("page", "sort_order", "pk"):
        result[need.page_id].needs.append(NeedProgress(need=need, pledged=need.pledged or 0))
    return result


def progress(call):
    return progress_of([call])[call.pk]
