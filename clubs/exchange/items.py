"""What happens to Tauschbörse items: a club saves, pauses, resumes and ends its own; the
coordination hides one with a reason (mailed to the club) and shows it again.

A hidden item stays hidden until the coordination shows it again: the club's buttons never
bring it back. Every change runs in one transaction on the locked row, so two clicks at once
cannot undo each other.
"""

from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clubs.exchange.forms import ExchangeItemForm, StateForm
from clubs.exchange.models import ExchangeItem
from clubs.self_service.saving import collection_named, store_logo
from home.mail import mail_people, site_name

PHOTO_COLLECTION = "Tauschbörse"


@dataclass(frozen=True)
class ClubState:
    """How the club sees one of its items: a label, the badge's colour and what it may do."""

    label: str
    badge_class: str
    public: bool = False
    may_pause: bool = False
    may_resume: bool = False
    may_end: bool = False


def club_state(item, today=None):
    today = today or timezone.localdate()
    if item.hidden_at:
        return ClubState(_("Hidden by the coordination"), "kern-badge--danger")
    if item.state == ExchangeItem.State.ENDED:
        return ClubState(_("Ended"), "kern-badge--info")
    expired = item.available_until is not None and item.available_until < today
    if expired:
        return ClubState(_("Expired"), "kern-badge--info", may_end=True)
    if item.state == ExchangeItem.State.PAUSED:
        return ClubState(_("Paused"), "kern-badge--warning", may_resume=True, may_end=True)
    return ClubState(_("Shown"), "kern-badge--success", public=True, may_pause=True, may_end=True)


def items_of_club(club):
    return ExchangeItem.objects.filter(club=club).select_related("municipality", "category")


def item_of_club(club, item_id):
    """The club's item `item_id`, or None (the view answers 404)."""
    return items_of_club(club).filter(pk=item_id).first()


def public_items(today=None):
    """What the public lists show (items of published clubs), with what the cards need."""
    return (
        ExchangeItem.objects.current(today)
        .filter(club__live=True)
        .select_related("club", "municipality", "category", "image")
        .prefetch_related("image__renditions")
    )


def save_item(club, item, cleaned, user):
    """Store the form's answers on `item` (new or the club's own); a new photo becomes a
    Wagtail image in the Tauschbörse collection."""
    with transaction.atomic():
        if item.pk:
            item = ExchangeItem.objects.select_for_update().get(pk=item.pk, club=club)
        for name in ExchangeItemForm.item_fields:
            setattr(item, name, cleaned[name])
        item.image_alt_text = cleaned["image_alt_text"].strip()
        if cleaned.get("photo"):
            item.image = store_logo(
                cleaned["photo"],
                item.image_alt_text,
                user,
                cleaned["title"],
                collection=collection_named(PHOTO_COLLECTION),
            )
        elif cleaned.get("remove_photo"):
            item.image = None
        if not item.image_id:
            item.image_alt_text = ""
        if not item.pk:
            item.club, item.created_by = club, user
        item.save()
    return item


STATE_CHANGES = {
    StateForm.PAUSE: ("may_pause", ExchangeItem.State.PAUSED, _("The entry is paused.")),
    StateForm.RESUME: ("may_resume", ExchangeItem.State.ACTIVE, _("The entry is shown again.")),
    StateForm.END: ("may_end", ExchangeItem.State.ENDED, _("The entry has ended.")),
}


def change_state(item, action):
    """(done, message): the club's pause, resume or end, if the item's state allows it."""
    allowed, new_state, message = STATE_CHANGES[action]
    with transaction.atomic():
        locked = ExchangeItem.objects.select_for_update().get(pk=item.pk)
        if not getattr(club_state(locked), allowed):
            return False, _("This is not possible in the entry's current state.")
        locked.state = new_state
        locked.save(update_fields=["state", "updated_at"])
    return True, message


def hide_item(item, reason, user, request):
    """Hide the item and mail its club's representatives the reason; False when it was hidden
    already (a second click changes nothing and mails nobody)."""
    with transaction.atomic():
        hidden = ExchangeItem.objects.filter(pk=item.pk, hidden_at__isnull=True).update(
            hidden_at=timezone.now(), hidden_reason=reason, hidden_by=user
        )
        if hidden:
            item.refresh_from_db()
            _mail_club(item, request, user)
    return bool(hidden)


def show_item(item):
    """Undo the hiding; False when the item was not hidden."""
    return bool(
        ExchangeItem.objects.filter(pk=item.pk, hidden_at__isnull=False).update(
            hidden_at=None, hidden_reason="", hidden_by=None
        )
    )


def _mail_club(item, request, actor):
    club = item.club
    representatives = club.representatives.user_set.all() if club.representatives_id else []

    def context(recipient):
        # Called with the recipient's language active: the address is in their language.
        return {
            "site_name": site_name(request),
            "item": item,
            "club_title": club.title,
            "items_url": request.build_absolute_uri(reverse("club_exchange_items", args=[club.pk])),
        }

    mail_people("exchange_item_hidden", representatives, context, actor=actor)
