"""The board ("Vorstand") in Mein Bereich, and the invitation link that sets a password."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from clubs.joining.board import MAX_REPRESENTATIVES
from home.roles import CLUB_REPRESENTATIVES
from tests.clubs.test_joining_setup import JoiningWorld, de, make_representative
from tests.factories import UserFactory
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db


def role_group():
    return Group.objects.get(name=CLUB_REPRESENTATIVES.group_name)


class BoardWorld(JoiningWorld):
    @pytest.fixture
    def club(self, make_club, villages):
        return make_club(villages["lindau"], title="TSV Lindau")

    @pytest.fixture
    def other_club(self, make_club, villages):
        return make_club(villages["suedheim"], title="Chor Südheim")

    @pytest.fixture
    def chair(self, club):
        return make_representative(club, "vorsitz", first_name="Lena", last_name="Petersen")

    @pytest.fixture
    def treasurer(self, club):
        return make_representative(club, "kasse", first_name="Jan", last_name="Kassen")

    @pytest.fixture
    def stranger(self, other_club):
        return make_representative(other_club, "chor")


def invite(client, club, captured, **data):
    with captured(execute=True), translation.override("de"):
        return client.post(
            reverse("club_board_invite", kwargs={"club_id": club.pk}),
            {"name": "Ole Hansen", "email": "ole@example.org", **data},
            follow=True,
        )


def remove(client, club, member):
    with translation.override("de"):
        return client.post(
            reverse("club_board_remove", kwargs={"club_id": club.pk, "member_id": member.pk}),
            follow=True,
        )


class TestBoardList(BoardWorld):
    def test_lists_representatives_with_their_password_state(self, client, club, chair):
        invited = make_representative(club, "neu", first_name="Ole", last_name="Neu")
        invited.set_unusable_password()
        invited.save()
        client.force_login(chair)

        with translation.override("de"):
            body = client.get(reverse("club_board", kwargs={"club_id": club.pk})).content.decode()

        assert "Lena Petersen" in body
        assert chair.email in body
        assert de("has set a password") in body
        assert de("invited, has not set a password yet") in body

    def test_queries_do_not_grow_with_the_number_of_representatives(self, client, club, chair):
        client.force_login(chair)
        url = reverse("club_board", kwargs={"club_id": club.pk})
        for number in range(1):
            make_representative(club, f"a{number}")
        few = count_queries(client, url)
        for number in range(9):
            make_representative(club, f"b{number}")

        assert count_queries(client, url) == few


class TestInvite(BoardWorld):
    def test_invites_a_new_person_with_a_link_to_set_a_password(
        self, client, club, chair, mailoutbox, django_capture_on_commit_callbacks
    ):
        client.force_login(chair)

        invite(client, club, django_capture_on_commit_callbacks)

        ole = get_user_model().objects.get(email="ole@example.org")
        assert (ole.first_name, ole.last_name) == ("Ole", "Hansen")
        assert not ole.has_usable_password()
        assert set(ole.groups.all()) == {club.representatives, role_group()}
        [mail] = mailoutbox
        assert mail.to == ["ole@example.org"]
        assert "/konto/einladung/" in mail.body
        assert "Lena Petersen" in mail.body

    def test_an_existing_account_joins_only_after_its_owner_agrees(
        self, client, club, chair, mailoutbox, django_capture_on_commit_callbacks
    ):
        existing = UserFactory(
            username="ole", email="ole@example.org", first_name="Olaf", last_name="Geheim"
        )
        client.force_login(chair)

        response = invite(client, club, django_capture_on_commit_callbacks, email="OLE@example.org")

        # The inviter hears the same as for a new address and sees nothing of the account.
        assert de("We have sent an invitation to %(email)s.", {"email": "OLE@example.org"}) in (
            response.content.decode()
        )
        assert "Geheim" not in response.content.decode()
        assert club.representatives not in existing.groups.all()
        [mail] = mailoutbox
        assert mail.to == ["ole@example.org"]
        join_path = re.search(r"https?://[^/\s]+(/mein-bereich/vorstand-beitreten/\S+/)", mail.body)
        assert join_path, mail.body

        client.force_login(existing)
        assert client.get(join_path.group(1)).status_code == 200
        assert club.representatives not in existing.groups.all()  # a GET only asks
        response = client.post(join_path.group(1))

        assert response.url == reverse("club_dashboard", kwargs={"club_id": club.pk})
        assert set(existing.groups.all()) == {club.representatives, role_group()}

    def test_a_join_link_is_worthless_to_anybody_else(
        self, client, club, chair, stranger, mailoutbox, django_capture_on_commit_callbacks
    ):
        UserFactory(username="ole", email="ole@example.org")
        client.force_login(chair)
        invite(client, club, django_capture_on_commit_callbacks)
        [mail] = mailoutbox
        join_path = re.search(r"https?://[^/\s]+(/mein-bereich/vorstand-beitreten/\S+/)", mail.body)

        client.force_login(stranger)
        response = client.post(join_path.group(1))
        altered = client.post(join_path.group(1).replace(":", ";", 1))

        assert (response.status_code, altered.status_code) == (404, 404)
        assert club.representatives not in stranger.groups.all()

    def test_inviting_a_member_says_so_kindly_and_sends_nothing(
        self, client, club, chair, treasurer, mailoutbox, django_capture_on_commit_callbacks
    ):
        client.force_login(chair)

        response = invite(client, club, django_capture_on_commit_callbacks, email=treasurer.email)

        assert (
            de(
                "%(email)s already represents %(club)s; nothing needed to be done.",
                {"email": treasurer.email, "club": "TSV Lindau"},
            )
            in response.content.decode()
        )
        assert mailoutbox == []

    def test_at_most_five_representatives(
        self, client, club, chair, mailoutbox, django_capture_on_commit_callbacks
    ):
        for number in range(MAX_REPRESENTATIVES - 1):
            make_representative(club, f"mitglied{number}")
        client.force_login(chair)

        invite(client, club, django_capture_on_commit_callbacks)

        assert not get_user_model().objects.filter(email="ole@example.org").exists()
        assert mailoutbox == []

    def test_missing_email_names_the_fix(
        self, client, club, chair, django_capture_on_commit_callbacks
    ):
        client.force_login(chair)

        response = invite(client, club, django_capture_on_commit_callbacks, email="")

        assert de("Please enter the email address of the person you invite.") in (
            response.content.decode()
        )


class TestRemove(BoardWorld):
    def test_get_asks_first(self, client, club, chair, treasurer):
        client.force_login(chair)

        url = reverse("club_board_remove", kwargs={"club_id": club.pk, "member_id": treasurer.pk})
        response = client.get(url)

        assert response.status_code == 200
        assert club.representatives in treasurer.groups.all()

    def test_removes_from_the_club_and_from_the_role_without_other_clubs(
        self, client, club, chair, treasurer
    ):
        client.force_login(chair)

        remove(client, club, treasurer)

        assert set(treasurer.groups.all()) == set()

    def test_keeps_the_role_while_they_represent_another_club(
        self, client, club, other_club, chair, treasurer
    ):
        treasurer.groups.add(other_club.representatives)
        client.force_login(chair)

        remove(client, club, treasurer)

        assert set(treasurer.groups.all()) == {other_club.representatives, role_group()}

    def test_last_representative_cannot_be_removed(self, client, club, chair):
        client.force_login(chair)

        response = remove(client, club, chair)

        assert club.representatives in chair.groups.all()
        assert (
            de(
                "%(name)s is the last representative of %(club)s and cannot be removed. "
                "Please invite somebody else first.",
                {"name": "Lena Petersen", "club": "TSV Lindau"},
            )
            in response.content.decode()
        )

    def test_leaving_oneself_goes_to_my_area(self, client, club, chair, treasurer):
        client.force_login(chair)

        response = remove(client, club, chair)

        assert response.redirect_chain[-1][0] == reverse("my_area")
        assert club.representatives not in chair.groups.all()


class TestOnlyTheClub(BoardWorld):
    def test_another_club_s_representative_gets_404_everywhere(
        self, client, club, chair, treasurer, stranger
    ):
        client.force_login(stranger)
        urls = [
            reverse("club_board", kwargs={"club_id": club.pk}),
            reverse("club_board_invite", kwargs={"club_id": club.pk}),
            reverse("club_board_remove", kwargs={"club_id": club.pk, "member_id": treasurer.pk}),
        ]

        for url in urls:
            assert client.get(url).status_code == 404, url
            assert client.post(url, {"name": "x", "email": "x@example.org"}).status_code == 404
        assert club.representatives in treasurer.groups.all()
        assert not get_user_model().objects.filter(email="x@example.org").exists()

    def test_member_of_another_club_is_not_found_via_one_s_own_club(
        self, client, club, chair, stranger, other_club
    ):
        client.force_login(chair)

        url = reverse("club_board_remove", kwargs={"club_id": club.pk, "member_id": stranger.pk})

        assert client.post(url).status_code == 404
        assert other_club.representatives in stranger.groups.all()

    def test_superusers_may_act_for_any_club(self, client, club, admin_user, chair):
        client.force_login(admin_user)

        assert client.get(reverse("club_board", kwargs={"club_id": club.pk})).status_code == 200

    def test_anonymous_visitors_are_sent_to_log_in(self, client, club):
        response = client.get(reverse("club_board", kwargs={"club_id": club.pk}))

        assert response.status_code == 302
        assert reverse("login") in response.url


class TestInvitation(BoardWorld):
    def invitation_link(self, client, club, chair, mailoutbox, captured):
        client.force_login(chair)
        invite(client, club, captured)
        client.logout()
        return re.search(r"https?://[^/]+(/konto/einladung/\S+/)", mailoutbox[-1].body).group(1)

    def set_password(self, client, link):
        form_url = client.get(link).url  # Django hides the token behind a redirect
        return client.post(
            form_url,
            {"new_password1": "Sommerfest-2026!", "new_password2": "Sommerfest-2026!"},
        )

    def test_sets_the_password_logs_in_and_goes_to_the_club(
        self, client, club, chair, mailoutbox, django_capture_on_commit_callbacks
    ):
        link = self.invitation_link(
            client, club, chair, mailoutbox, django_capture_on_commit_callbacks
        )

        response = self.set_password(client, link)

        assert response.status_code == 302
        assert response.url == reverse("club_dashboard", kwargs={"club_id": club.pk})
        ole = get_user_model().objects.get(email="ole@example.org")
        assert ole.check_password("Sommerfest-2026!")
        assert int(client.session["_auth_user_id"]) == ole.pk

    def test_with_several_clubs_goes_to_my_area(
        self, client, club, other_club, chair, mailoutbox, django_capture_on_commit_callbacks
    ):
        link = self.invitation_link(
            client, club, chair, mailoutbox, django_capture_on_commit_callbacks
        )
        get_user_model().objects.get(email="ole@example.org").groups.add(other_club.representatives)

        response = self.set_password(client, link)

        assert response.url == reverse("my_area")

    def test_used_link_says_to_use_forgot_password(
        self, client, club, chair, mailoutbox, django_capture_on_commit_callbacks
    ):
        link = self.invitation_link(
            client, club, chair, mailoutbox, django_capture_on_commit_callbacks
        )
        self.set_password(client, link)
        client.logout()

        with translation.override("de"):
            body = client.get(link, follow=True).content.decode()

        assert de("This invitation link is no longer valid.") in body
        assert reverse("password_reset") in body
