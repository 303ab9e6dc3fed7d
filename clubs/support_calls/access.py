"""Which support calls a club's representatives may see and change in "Mein Bereich": the
calls below the club, in the club's language. A call of another club answers 404, like a
number that does not exist (see clubs/self_service/access.py)."""

from django.http import Http404

from home.ids import checked_id

from .models import SupportCallPage


def calls_of_club(club):
    return SupportCallPage.objects.child_of(club).filter(locale_id=club.locale_id)


def call_of_club(club, call_id):
    """The club's support call `call_id`, else 404."""
    call = calls_of_club(club).filter(pk=checked_id(call_id)).first()
    if call is None:
        raise Http404
    return call
