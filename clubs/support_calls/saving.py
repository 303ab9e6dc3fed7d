"""Applying the support call form to a page and storing it as a revision, and the club's
updates on a live call. The live page changes only when the regional review publishes it."""

import uuid

from django.db import transaction
from django.utils.text import slugify

from clubs.self_service.moderation import save_draft
from clubs.self_service.saving import collection_named, store_logo
from clubs.self_service.text import updated_rich_text

from .forms import SupportCallForm
from .models import SupportCallPage, SupportCallUpdate, SupportNeed

# Images of support calls stay apart from the clubs' logos in the admin's library.
IMAGE_COLLECTION = "Unterstützungsaufrufe"


def apply_call(page, cleaned, needs, user):
    """Set the form's values on `page` (a revision object). Needs that were there keep their
    numbers, so pledges made to them still point to them once the review publishes."""
    for name in SupportCallForm.page_fields:
        setattr(page, name, cleaned[name])
    page.account_holder = page.account_holder.strip()
    page.story = updated_rich_text(page.story, cleaned["story"])
    alt_text = cleaned.get("image_alt", "").strip()
    if cleaned.get("image"):
        page.image = store_logo(
            cleaned["image"],
            alt_text,
            user,
            page.title,
            collection=collection_named(IMAGE_COLLECTION),
        )
    elif cleaned.get("remove_image"):
        page.image = None
    page.image_alt_text = alt_text if page.image else ""
    known = {need.pk: need for need in page.needs.all() if need.pk}
    kept = []
    for need_id, kind, label, quantity in needs:
        need = known.pop(need_id, None) or SupportNeed()
        need.kind, need.label, need.quantity = kind, label, quantity
        kept.append(need)
    page.needs = kept


def create_call(club, cleaned, needs, user, submit):
    """A new support call as an unpublished child of the club, with its first revision."""
    with transaction.atomic():
        call = SupportCallPage(
            title=cleaned["title"], live=False, owner=user, locale_id=club.locale_id, story=""
        )
        if not slugify(cleaned["title"], allow_unicode=True):
            call.slug = f"aufruf-{uuid.uuid4().hex[:8]}"
        apply_call(call, cleaned, needs, user)
        club.add_child(instance=call)
        return call, save_draft(call, user, submit)


def save_call(call, cleaned, needs, user, submit):
    with transaction.atomic():
        page = call.get_latest_revision_as_object()
        apply_call(page, cleaned, needs, user)
        return save_draft(page, user, submit)


def closing_note(call):
    return call.updates.filter(closing=True).first()


def post_update(call, text, user):
    """News while the call runs; once it has ended, the closing note (one per call: a second
    post changes it). Returns the stored update."""
    with transaction.atomic():
        if not call.has_ended():
            return SupportCallUpdate.objects.create(call=call, text=text, created_by=user)
        # The call row is locked so that two posts at once cannot both add a closing note.
        SupportCallPage.objects.select_for_update().filter(pk=call.pk).first()
        note = closing_note(call)
        if note is None:
            return SupportCallUpdate.objects.create(
                call=call, text=text, closing=True, created_by=user
            )
        note.text, note.created_by = text, user
        note.save(update_fields=["text", "created_by"])
        return note
