"""The people who represent a club ("Vorstand"): their accounts, their invitations, and who may
join or leave the club's group.

Acceptance and the board page share this: a new address gets an account without a password and
an invitation link to set one. An address that has an account already keeps it: on acceptance
(the applicant asked to join) it is told that it now represents the club; invited from the
board page, its owner gets a link to agree first (`send_join_request`). The role group
"Vereinsvertretungen" comes with the first club and goes with the last.
"""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from clubs.self_service.access import represented_clubs
from home.mail import send_templated_mail, site_name
from home.roles import CLUB_REPRESENTATIVES, setup_role

MAX_REPRESENTATIVES = 5
JOIN_SALT = "clubs.joining.board-join"
JOIN_MAX_AGE = 7 * 24 * 60 * 60


def role_group():
    group = Group.objects.filter(name=CLUB_REPRESENTATIVES.group_name).first()
    return group or setup_role(CLUB_REPRESENTATIVES)


def _split_name(name):
    first, _space, last = name.strip().rpartition(" ")
    return (first, last) if first else (last, "")


def _free_username(email):
    base = re.sub(r"[^\w.@+-]", "", email.split("@")[0].lower())[:120] or "verein"
    user_model = get_user_model()
    username, number = base, 1
    while user_model.objects.filter(username__iexact=username).exists():
        number += 1
        username = f"{base}{number}"
    return username


def account_for(email, name):
    """(account, created): the account with this address, or a new one without a password."""
    user_model = get_user_model()
    existing = user_model.objects.filter(email__iexact=email).order_by("pk").first()
    if existing is not None:
        return existing, False
    first_name, last_name = _split_name(name)
    user = user_model(
        username=_free_username(email),
        email=email,
        first_name=first_name[:150],
        last_name=last_name[:150],
    )
    user.set_unusable_password()
    user.save()
    return user, True


def members(club):
    """The club's representatives, by name."""
    if not club.representatives_id:
        return get_user_model().objects.none()
    return club.representatives.user_set.order_by("last_name", "first_name", "username")


def add_representative(user, group):
    """Into the club's group and the role group that opens "Mein Bereich" for clubs."""
    user.groups.add(group, role_group())


def remove_representative(club, user):
    """Out of the club's group; out of the role group too when no other club is left."""
    user.groups.remove(club.representatives)
    if not represented_clubs(user).exists():
        user.groups.remove(role_group())


def invitation_url(request, user):
    path = reverse(
        "club_invitation",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return request.build_absolute_uri(path)


def send_invitation(request, user, club, language, invited_by=None):
    """The link to set a password, or, for an account that has one, the note that it now
    represents the club with the login link."""
    context = {
        "site_name": site_name(request),
        "club_title": club.title,
        "name": user.get_full_name() or user.username,
        "username": user.username,
        "invited_by": invited_by.get_full_name() if invited_by else "",
        "login_url": request.build_absolute_uri(reverse("login")),
        "password_reset_url": request.build_absolute_uri(reverse("password_reset")),
        "valid_hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
    }
    if user.has_usable_password():
        template = "club_board_added"
    else:
        template = "club_invitation"
        context["invitation_url"] = invitation_url(request, user)
    send_templated_mail(template, context, to=[user.email], language=language)


def join_token(club, user):
    return signing.dumps([club.pk, user.pk], salt=JOIN_SALT)


def join_request(token):
    """(club pk, user pk) of a valid join link, else None."""
    try:
        club_pk, user_pk = signing.loads(token, salt=JOIN_SALT, max_age=JOIN_MAX_AGE)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return club_pk, user_pk


def send_join_request(request, user, club, language, invited_by):
    """To an existing account: the link with which its owner agrees to join the club's board.
    Nobody joins a board without saying yes, and the inviter learns nothing about the account."""
    path = reverse("club_board_join", kwargs={"token": join_token(club, user)})
    context = {
        "site_name": site_name(request),
        "club_title": club.title,
        "name": user.get_full_name() or user.username,
        "invited_by": invited_by.get_full_name() or invited_by.username,
        "join_url": request.build_absolute_uri(path),
        "valid_days": JOIN_MAX_AGE // (24 * 60 * 60),
    }
    send_templated_mail("club_board_join", context, to=[user.email], language=language)
