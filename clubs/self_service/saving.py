"""Applying a form to a club's page and storing it as a revision, nothing else: the page's
live content changes only when the review publishes it."""

import uuid

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail.images import get_image_model
from wagtail.models import Collection

from clubs.opportunities.models import OpportunityPage

from .forms import ClubProfileForm, OfferForm
from .moderation import save_draft
from .text import updated_rich_text

LOGO_COLLECTION = "Vereinslogos"
COPY_CLEARED_FIELDS = ("starts_on", "ends_on", "expires_on")


def collection_named(name):
    """The collection `name` below the root, created on first use."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    return collection or root.add_child(name=name)


def logo_collection():
    return collection_named(LOGO_COLLECTION)


def store_logo(upload, alt_text, user, title, collection=None):
    """A new Wagtail image from the upload (in the logos' collection unless another is
    given); its description is the alt text of the logo."""
    upload.seek(0)
    image = get_image_model()(
        title=title[:255],
        file=upload,
        description=alt_text.strip(),
        collection=collection or logo_collection(),
        uploaded_by_user=user,
    )
    image._set_image_file_metadata()
    image.save()
    return image


def apply_profile(page, cleaned, user):
    for name in ClubProfileForm.page_fields:
        setattr(page, name, cleaned[name])
    page.description = updated_rich_text(page.description, cleaned["description"])
    page.categories.set(cleaned["categories"])
    page.competencies.set(cleaned["competencies"])
    # The alt text belongs to the revision, so that a change goes live only with the review.
    alt_text = cleaned.get("logo_alt", "").strip()
    if cleaned.get("logo"):
        page.logo = store_logo(cleaned["logo"], alt_text, user, page.title)
    elif cleaned.get("remove_logo"):
        page.logo = None
    page.logo_alt_text = alt_text if page.logo else ""


def apply_offer(page, cleaned):
    for name in OfferForm.page_fields:
        setattr(page, name, cleaned[name])
    page.description = updated_rich_text(page.description, cleaned["description"])
    page.categories.set(cleaned["categories"])


def save_profile(club, cleaned, user, submit):
    with transaction.atomic():
        page = club.get_latest_revision_as_object()
        apply_profile(page, cleaned, user)
        return save_draft(page, user, submit)


def _new_offer(club, user, title):
    offer = OpportunityPage(title=title, live=False, owner=user, locale_id=club.locale_id)
    if not slugify(title, allow_unicode=True):
        offer.slug = f"angebot-{uuid.uuid4().hex[:8]}"
    return offer


def create_offer(club, cleaned, user, submit):
    """A new offer as an unpublished child of the club, with its first revision."""
    with transaction.atomic():
        offer = _new_offer(club, user, cleaned["title"])
        offer.description = ""
        apply_offer(offer, cleaned)
        club.add_child(instance=offer)
        return offer, save_draft(offer, user, submit)


def save_offer(offer, cleaned, user, submit):
    with transaction.atomic():
        page = offer.get_latest_revision_as_object()
        apply_offer(page, cleaned)
        return save_draft(page, user, submit)


def duplicate_offer(club, offer, user):
    """A new draft with the latest content of `offer`, without its dates."""
    source = offer.get_latest_revision_as_object()
    title = gettext("%(title)s (copy)") % {"title": source.title}
    with transaction.atomic():
        copy = _new_offer(club, user, title[:255])
        for name in OfferForm.page_fields:
            if name != "title":
                setattr(copy, name, getattr(source, name))
        copy.description = source.description
        copy.categories.set(source.categories.all())
        club.add_child(instance=copy)
        # Without its dates a one-off copy fails the model's check (a one-off needs a date),
        # which the form asks for when the club edits the copy; the draft is stored unchecked.
        cleared = dict.fromkeys(COPY_CLEARED_FIELDS)
        OpportunityPage.objects.filter(pk=copy.pk).update(**cleared)
        for name, value in cleared.items():
            setattr(copy, name, value)
        copy.save_revision(user=user, clean=False)
    return copy
