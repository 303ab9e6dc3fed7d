"""Who is looking at "Mein Engagement": the address of a valid e-mailed link, else the account's.

The link's token is random (32 bytes); only its SHA-256 is stored (`VolunteerAreaLink`). Opening
the link puts the link's number into the session; every request checks the link again, so an
expired link or one revoked by "Auf allen Geräten abmelden" closes every session that used it.
A signed-in account sees the area for its own address without a link: the address was verified
by the invitation that made the account, and nobody can change their own address
(WAGTAIL_EMAIL_MANAGEMENT_ENABLED is off). Every view that shows or changes a volunteer's records
takes the address from `area_email` and filters by it: that filter is the permission check.
"""

import datetime
import hashlib
import secrets
from functools import wraps

from django.conf import settings
from django.shortcuts import redirect
from django.utils import timezone

from clubs.volunteer_area.models import VolunteerAreaLink

SESSION_KEY = "volunteer_area_link"


def normalised(email):
    return email.strip().lower()


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def create_link(email, now=None):
    """Store a new link for `email`; the token for the mail (never stored)."""
    now = now or timezone.now()
    token = secrets.token_urlsafe(32)
    VolunteerAreaLink.objects.create(
        email=normalised(email),
        token_hash=token_hash(token),
        created_at=now,
        expires_at=now + datetime.timedelta(hours=settings.VOLUNTEER_AREA_LINK_HOURS),
    )
    return token


def _valid_links(now=None):
    return VolunteerAreaLink.objects.filter(
        expires_at__gt=now or timezone.now(), revoked_at__isnull=True
    )


def link_for_token(token, now=None):
    """The valid link with this token, else None (unknown, expired or revoked)."""
    return _valid_links(now).filter(token_hash=token_hash(token)).first()


def open_area(request, link):
    """Let this browser see the area of the link's address while the link is valid."""
    request.session.cycle_key()
    request.session[SESSION_KEY] = link.pk


def close_area(request):
    request.session.pop(SESSION_KEY, None)


def opened_by_link(request):
    """Whether this browser opened the area by a link (else it is an account's own area, which
    closes only by logging out)."""
    return SESSION_KEY in request.session


def sign_out_everywhere(email, now=None):
    """Revoke every link of `email`: each browser that opened one loses the area."""
    return (
        _valid_links(now).filter(email=normalised(email)).update(revoked_at=now or timezone.now())
    )


def area_email(request, now=None):
    """The address whose records this request may see and change, or None."""
    link_id = request.session.get(SESSION_KEY)
    if link_id is not None:
        link = _valid_links(now).filter(pk=link_id).first()
        if link is not None:
            return link.email
        close_area(request)
    user = request.user
    if user.is_authenticated and user.is_active and user.email:
        return normalised(user.email)
    return None


def volunteer_area_required(view):
    """Views of the area: `request.volunteer_email` is set, else to the page that asks for
    an address."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        email = area_email(request)
        if email is None:
            return redirect("volunteer_area")
        request.volunteer_email = email
        return view(request, *args, **kwargs)

    return wrapped
