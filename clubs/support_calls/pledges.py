"""The rules of pledges (Zusagen): storing one, cancelling it, and the club's confirmation that
money or material arrived.

`pledge()` stores a pledge of time or material under a row lock on the need (SELECT ... FOR
UPDATE on PostgreSQL; SQLite writes one transaction at a time anyway), after counting the
active pledges in the same transaction, so parallel pledges for the last units are served one
after the other and never exceed the need's quantity. Money pledges have no cap: a project can
be funded beyond its goal.

Pledges always belong to the call in the default language (`source_call`), whichever
translation the citizen pledged on, so the club sees every pledge in one place.

The confirmation mail carries a signed link to the pledge (`manage_token`): nobody can see or
cancel somebody else's pledge by guessing a number.
"""

from django.core import signing
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale

from clubs.support_calls.models import Pledge, SupportNeed

NEED_KINDS = {
    Pledge.Kind.TIME: SupportNeed.Kind.HELPERS,
    Pledge.Kind.MATERIAL: SupportNeed.Kind.MATERIAL,
}


class PledgeRefusedError(Exception):
    """The pledge is not possible; `reason` is one of the class's codes, `message` says why."""

    NOT_RUNNING = "not_running"
    NO_NEED = "no_need"
    TOO_MANY = "too_many"

    def __init__(self, reason, message):
        super().__init__(message)
        self.reason = reason
        self.message = message


def source_call(page):
    """The call in the default language, which holds the needs and the pledges."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    return page.get_translation_or_none(default) or page


def active_quantity(need):
    return need.pledges.active().aggregate(total=Sum("quantity"))["total"] or 0


def open_quantity(need):
    """How many of the need are still open: its quantity minus the active pledges."""
    return max(need.quantity - active_quantity(need), 0)


def _too_many(need, still_open):
    if still_open < 1:
        return _("Nothing of “%(need)s” is open any more; others were quicker.") % {
            "need": need.label
        }
    return ngettext(
        "Only %(count)d of “%(need)s” is still open. Please pledge at most %(count)d.",
        "Only %(count)d of “%(need)s” are still open. Please pledge at most %(count)d.",
        still_open,
    ) % {"count": still_open, "need": need.label}


def pledge(
    call,
    need=None,
    *,
    kind,
    amount=None,
    quantity=1,
    name,
    email,
    message="",
    consent_text,
    language,
    today=None,
):
    """Store a pledge to `call` (a need of it for time and material) or raise
    PledgeRefusedError; call it inside the caller's atomic block when its mails must be queued
    with it."""
    call = source_call(call)
    if not call.is_running(today):
        raise PledgeRefusedError(
            PledgeRefusedError.NOT_RUNNING, _("This support call takes no pledges at the moment.")
        )
    with transaction.atomic():
        if kind == Pledge.Kind.MONEY:
            need, quantity = None, 1
        else:
            need = (
                SupportNeed.objects.select_for_update()
                .filter(pk=getattr(need, "pk", None), page=call, kind=NEED_KINDS.get(kind))
                .first()
            )
            if need is None:
                raise PledgeRefusedError(
                    PledgeRefusedError.NO_NEED,
                    _("Please choose one of the things this project still needs."),
                )
            still_open = need.quantity - active_quantity(need)
            if quantity > still_open:
                raise PledgeRefusedError(PledgeRefusedError.TOO_MANY, _too_many(need, still_open))
        return Pledge.objects.create(
            call=call,
            kind=kind,
            need=need,
            need_label=need.label if need else "",
            amount=amount if kind == Pledge.Kind.MONEY else None,
            quantity=quantity,
            name=name,
            email=email,
            message=message,
            consent_text=consent_text,
            language=language,
        )


def cancel(pledge_):
    """Cancel the citizen's pledge: "cancelled", "already" (a second click) or "received"
    (the club confirmed it arrived, so it can no longer be withdrawn here)."""
    with transaction.atomic():
        updated = Pledge.objects.filter(
            pk=pledge_.pk, cancelled_at__isnull=True, received_at__isnull=True
        ).update(cancelled_at=timezone.now())
        pledge_.refresh_from_db()
    if updated:
        return "cancelled"
    return "already" if pledge_.cancelled_at else "received"


def can_be_received(pledge_):
    """Money and material arrive at the club; time is given on the day itself."""
    return pledge_.kind in (Pledge.Kind.MONEY, Pledge.Kind.MATERIAL) and not pledge_.cancelled_at


def mark_received(pledge_, by, *, received=True):
    """The club confirms (or, after a mistake, takes back) that the money or material arrived;
    False when nothing changed (a second click, a cancelled pledge, a pledge of time)."""
    pledges = Pledge.objects.filter(
        pk=pledge_.pk,
        cancelled_at__isnull=True,
        kind__in=[Pledge.Kind.MONEY, Pledge.Kind.MATERIAL],
        received_at__isnull=received,
    )
    if received:
        updated = pledges.update(received_at=timezone.now(), received_by=by)
    else:
        updated = pledges.update(received_at=None, received_by=None)
    pledge_.refresh_from_db()
    return bool(updated)


MANAGE_SALT = "clubs.support_calls.manage-pledge"


def manage_token(pledge_):
    return signing.dumps(pledge_.pk, salt=MANAGE_SALT)


def pledge_for_token(token):
    """The pledge a link names, or None for a forged, broken or stale link."""
    try:
        pk = signing.loads(str(token)[:500], salt=MANAGE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return Pledge.objects.filter(pk=pk).select_related("call", "need").first()
