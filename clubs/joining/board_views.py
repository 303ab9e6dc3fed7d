"""The board ("Vorstand") in Mein Bereich: who represents the club, invite one, remove one.

Only the club's representatives (and superusers) get here; everybody else gets 404, for the
club and for each member, who is looked up within the club's group. Invitations and removals
lock the club's group row, so two board members acting at once never exceed the limit or
remove the last representative.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from clubs.joining import board
from clubs.joining.forms import BoardInviteForm
from clubs.profiles.models import ClubPage
from clubs.self_service.access import club_for_representative


def _render(request, template, club, **context):
    return render(request, f"clubs/joining/{template}", {"club": club, **context})


@login_required
@never_cache
def board_list(request, club_id):
    club = club_for_representative(request.user, club_id)
    people = list(board.members(club))
    return _render(
        request,
        "board.html",
        club,
        title=_("Board"),
        people=people,
        form=BoardInviteForm(),
        may_invite=len(people) < board.MAX_REPRESENTATIVES,
        max_representatives=board.MAX_REPRESENTATIVES,
    )


@login_required
@never_cache
def board_invite(request, club_id):
    club = club_for_representative(request.user, club_id)
    form = BoardInviteForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        _invite(request, club, form.cleaned_data["name"], form.cleaned_data["email"])
        return redirect("club_board", club_id=club.pk)
    return _render(request, "board_invite.html", club, title=_("Invite a board member"), form=form)


def _invite(request, club, name, email):
    with transaction.atomic():
        group = get_object_or_404(Group.objects.select_for_update(), pk=club.representatives_id)
        current = group.user_set.all()
        if current.filter(email__iexact=email).exists():
            messages.info(
                request,
                _("%(email)s already represents %(club)s; nothing needed to be done.")
                % {"email": email, "club": club.title},
            )
            return
        if current.count() >= board.MAX_REPRESENTATIVES:
            messages.error(
                request,
                _(
                    "A club can have at most %(count)d representatives here. Please remove "
                    "somebody first."
                )
                % {"count": board.MAX_REPRESENTATIVES},
            )
            return
        user, created = board.account_for(email, name)
        language = translation.get_language()
        if created:
            board.add_representative(user, group)
            board.send_invitation(request, user, club, language, invited_by=request.user)
        else:
            board.send_join_request(request, user, club, language, invited_by=request.user)
    messages.success(
        request,
        _("We have sent an invitation to %(email)s.") % {"email": email},
    )


@login_required
@never_cache
def board_remove(request, club_id, member_id):
    club = club_for_representative(request.user, club_id)
    member = get_object_or_404(board.members(club), pk=member_id)
    if request.method != "POST":
        return _render(
            request, "board_remove.html", club, title=_("Remove a board member"), member=member
        )
    with transaction.atomic():
        group = get_object_or_404(Group.objects.select_for_update(), pk=club.representatives_id)
        if not group.user_set.filter(pk=member.pk).exists():
            raise Http404
        if group.user_set.count() <= 1:
            messages.error(
                request,
                _(
                    "%(name)s is the last representative of %(club)s and cannot be removed. "
                    "Please invite somebody else first."
                )
                % {"name": _display(member), "club": club.title},
            )
            return redirect("club_board", club_id=club.pk)
        board.remove_representative(club, member)
    messages.success(
        request,
        _("%(name)s no longer represents %(club)s.")
        % {"name": _display(member), "club": club.title},
    )
    if member == request.user:
        return redirect("my_area")
    return redirect("club_board", club_id=club.pk)


def _display(user):
    return user.get_full_name() or user.username


@login_required
@never_cache
def board_join(request, token):
    """An existing account agrees to join a club's board by the link from the invitation.

    The link names the club and the account; opened by anybody else it is worthless."""
    target = board.join_request(token)
    club = None
    if target is not None and target[1] == request.user.pk:
        club = (
            ClubPage.objects.filter(pk=target[0], locale=Locale.get_default())
            .exclude(representatives=None)
            .first()
        )
    if club is None:
        return render(
            request, "clubs/joining/board_join.html", {"title": _("Join a board")}, status=404
        )
    if request.method == "POST" and _join(request, club):
        return redirect("club_dashboard", club_id=club.pk)
    return _render(request, "board_join.html", club, title=_("Join a board"))


def _join(request, club):
    """Add the user to the club's board unless it is full; whether they are on it now."""
    with transaction.atomic():
        group = Group.objects.select_for_update().get(pk=club.representatives_id)
        if group.user_set.filter(pk=request.user.pk).exists():
            return True
        if group.user_set.count() >= board.MAX_REPRESENTATIVES:
            messages.error(
                request,
                _(
                    "A club can have at most %(count)d representatives here. Please remove "
                    "somebody first."
                )
                % {"count": board.MAX_REPRESENTATIVES},
            )
            return False
        board.add_representative(request.user, group)
    messages.success(request, _("You now represent %(club)s.") % {"club": club.title})
    return True
