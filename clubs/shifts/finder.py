""" "Wo fehlt noch jemand?": offers with free places in upcoming shifts, for the finder's filter
and sort, its cards and the home page.

`with_open_shifts` annotates offers in any language with `open_shift_places` (free places in
shifts that have not started) and `next_shift_on` (the day of the next such shift with a free
place), as subqueries of the one listing query, so that the cost does not grow with the offers.
Shifts belong to the offer in the default language; translations find them through the
translation key.
"""

from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce, Greatest

from clubs.shifts.models import Shift, ShiftSignup
from clubs.shifts.public import not_started


def open_shifts(now=None):
    """Shifts that have not started and still have a free place, annotated with `free`."""
    taken = (
        ShiftSignup.objects.active()
        .filter(shift=OuterRef("pk"))
        .order_by()
        .values("shift")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        Shift.objects.filter(not_started(now))
        .annotate(
            free=Greatest(
                F("helpers_needed") - Coalesce(Subquery(taken, output_field=IntegerField()), 0),
                0,
            )
        )
        .filter(free__gt=0)
    )


def with_open_shifts(offers, now=None):
    """`offers` annotated with `open_shift_places` (0 without) and `next_shift_on` (or None)."""
    of_offer = open_shifts(now).filter(opportunity__translation_key=OuterRef("translation_key"))
    places = (
        of_offer.order_by()
        .values("opportunity__translation_key")
        .annotate(total=Sum("free"))
        .values("total")
    )
    next_day = of_offer.order_by("date", "starts_at").values("date")[:1]
    return offers.annotate(
        open_shift_places=Coalesce(Subquery(places, output_field=IntegerField()), 0),
        next_shift_on=Subquery(next_day),
    )


def soonest_first(offers):
    """Offers with open shift places first, by the day of their next one, then by start."""
    return offers.order_by(
        F("next_shift_on").asc(nulls_last=True), F("starts_on").asc(nulls_last=True), "pk"
    )
