"""The mails about a loan: to the representatives' accounts of the other club, each in the
language of their account, never to the person who acted (home.mail.mail_people). They are
queued in the caller's transaction and leave after its commit.

Mails name the clubs, the item and the dates and link to the thread in "Mein Bereich"; the
messages themselves stay in the portal, where only the two clubs read them.
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import formats

from home.mail import mail_people, site_name


def _representatives(club):
    if not club.representatives_id:
        return get_user_model().objects.none()
    return get_user_model().objects.filter(groups__pk=club.representatives_id).order_by("pk")


def _day(value):
    return formats.date_format(value, "SHORT_DATE_FORMAT")


def _mail(template, loan, *, to_club, actor, request, **extra):
    name = site_name(request)

    def context(_recipient):
        path = reverse("club_loan", kwargs={"club_id": to_club.pk, "loan_id": loan.pk})
        return {
            "site_name": name,
            "item_title": loan.item.title,
            "lender_title": loan.item.club.title,
            "borrower_title": loan.borrower.title,
            "club_title": to_club.title,
            "starts_on": _day(loan.starts_on),
            "ends_on": _day(loan.ends_on),
            "loan_url": request.build_absolute_uri(path),
            **extra,
        }

    mail_people(template, _representatives(to_club), context, actor=actor)


def notify_requested(loan, actor, request):
    """To the owning club: another club asks for its item."""
    _mail("loan_requested", loan, to_club=loan.item.club, actor=actor, request=request)


def notify_message(loan, writing_club, actor, request):
    """To the other club: a new message in the thread."""
    to_club = loan.borrower if writing_club.pk == loan.item.club_id else loan.item.club
    _mail(
        "loan_message",
        loan,
        to_club=to_club,
        actor=actor,
        request=request,
        writer_title=writing_club.title,
    )


def notify_state(loan, acting_club, actor, request):
    """To the other club: the loan was accepted, declined, withdrawn or its return confirmed."""
    to_club = loan.borrower if acting_club.pk == loan.item.club_id else loan.item.club
    _mail(
        "loan_state",
        loan,
        to_club=to_club,
        actor=actor,
        request=request,
        writer_title=acting_club.title,
        new_state=loan.state,
    )
