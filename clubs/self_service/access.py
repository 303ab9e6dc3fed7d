"""Who may run which club from "Mein Bereich": the members of the club's group of
representatives (superusers: every club). Everything else answers 404, so that nobody learns
which clubs or offers exist behind another club's numbers."""

from django.http import Http404
from wagtail.models import Locale

from clubs.opportunities.models import OpportunityPage
from clubs.profiles.models import ClubPage
from home.ids import checked_id


def represented_clubs(user):
    """The clubs whose group the user belongs to, in the default language."""
    if not user.is_authenticated:
        return ClubPage.objects.none()
    return (
        ClubPage.objects.filter(representatives__user=user, locale=Locale.get_default())
        .distinct()
        .order_by("title")
    )


def club_for_representative(user, club_id):
    """The default-language club `club_id` if the user may act for it, else 404."""
    if not user.is_authenticated or not user.is_active:
        raise Http404
    if user.is_superuser:
        clubs = ClubPage.objects.filter(locale=Locale.get_default())
    else:
        clubs = represented_clubs(user)
    club = clubs.filter(pk=checked_id(club_id)).select_related("municipality", "logo").first()
    if club is None:
        raise Http404
    return club


def offers_of_club(club):
    """The club's offers in the club's language (its child pages)."""
    return OpportunityPage.objects.child_of(club).filter(locale_id=club.locale_id)


def offer_of_club(club, opportunity_id):
    """The club's offer `opportunity_id` (a child page of the club), else 404."""
    offer = offers_of_club(club).filter(pk=opportunity_id).first()
    if offer is None:
        raise Http404
    return offer
