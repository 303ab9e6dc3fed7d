"""A coordinator's decision on an application: accept or decline, once.

Both lock the application row (select_for_update) and decide only while it is pending, so a
second click or a second coordinator at the same moment gets "already decided" and nothing
changes. Accepting creates, in the same transaction: the club page as an unpublished draft
below the club directory (the club completes it and submits it for review), the club's group
(clubs.profiles.representatives, on saving the page), the representative's account (or the
existing one with that address) in the club's group and the role group, and the invitation
mail. Declining mails the coordinator's reason to the contact person.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import Locale

from clubs.joining.board import account_for, add_representative, send_invitation
from clubs.joining.models import ClubApplication
from clubs.profiles.listing import ClubDirectoryPage
from clubs.profiles.models import ClubPage
from home.mail import send_templated_mail, site_name

ACCEPTED_ACTION = "clubs.club_application_accepted"
DECLINED_ACTION = "clubs.club_application_declined"
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


class AlreadyDecidedError(Exception):
    """Somebody decided on the application before."""


class NoClubDirectoryError(Exception):
    """There is no club directory in the default language to put the club page under."""


def club_directory():
    directory = ClubDirectoryPage.objects.filter(locale=Locale.get_default()).first()
    if directory is None:
        raise NoClubDirectoryError
    return directory


def unique_slug(directory, name):
    base = slugify(name.lower().translate(UMLAUTS))[:200].strip("-") or "verein"
    taken = set(directory.get_children().values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def _pending_for_update(pk):
    application = (
        ClubApplication.objects.select_for_update().select_related("municipality").get(pk=pk)
    )
    if application.status != ClubApplication.Status.PENDING:
        raise AlreadyDecidedError
    return application


def create_club_page(application, user):
    directory = club_directory()
    club = ClubPage(
        title=application.name,
        slug=unique_slug(directory, application.name),
        kind=application.kind,
        summary=application.summary,
        municipality=application.municipality,
        contact_email=application.contact_email,
        live=False,
    )
    club.categories.set(application.categories.all())
    directory.add_child(instance=club)  # the post_save receiver creates the club's group
    club.save_revision(user=user, log_action=True)
    return club


def accept(request, pk, comment=""):
    """Accept the pending application `pk`: its club page, group, account and invitation."""
    with transaction.atomic():
        application = _pending_for_update(pk)
        club = create_club_page(application, request.user)
        representative, _created = account_for(application.contact_email, application.contact_name)
        add_representative(representative, club.representatives)
        application.status = ClubApplication.Status.ACCEPTED
        application.decided_at = timezone.now()
        application.decided_by = request.user
        application.decision_comment = comment
        application.club = club
        application.representative = representative
        application.save()
        log(
            instance=application,
            action=ACCEPTED_ACTION,
            user=request.user,
            data={"club_id": club.pk},
        )
        send_invitation(request, representative, club, language=application.language)
    return application


def decline(request, pk, reason):
    """Decline the pending application `pk` and mail the reason to the contact person."""
    with transaction.atomic():
        application = _pending_for_update(pk)
        application.status = ClubApplication.Status.DECLINED
        application.decided_at = timezone.now()
        application.decided_by = request.user
        application.decision_comment = reason
        application.save()
        log(instance=application, action=DECLINED_ACTION, user=request.user)
        send_templated_mail(
            "club_application_declined",
            {"site_name": site_name(request), "application": application, "reason": reason},
            to=[application.contact_email],
            language=application.language,
        )
    return application
