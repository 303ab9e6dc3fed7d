"""Club applications in the admin ("Vereinseinträge"): who sees which, accepting and declining
once, and what accepting sets up."""

import re

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from clubs.joining import acceptance
from clubs.joining.acceptance import ACCEPTED_ACTION, DECLINED_ACTION
from clubs.joining.models import ClubApplication
from clubs.profiles.models import ClubPage
from home.roles import CLUB_REPRESENTATIVES
from tests.clubs.test_joining_setup import JoiningWorld, de
from tests.concurrency import HeldAtFirstCall, in_thread, until_it_waits_for_a_lock
from tests.factories import ClubApplicationFactory, ClubPageFactory, UserFactory
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db

LIST = "/admin/vereinseintraege/"


def detail(application):
    return reverse("club_applications_admin:detail", args=[application.pk])


def accept(client, application, captured, comment=""):
    with captured(execute=True), translation.override("de"):
        return client.post(
            reverse("club_applications_admin:accept", args=[application.pk]),
            {"comment": comment},
            follow=True,
        )


def decline(client, application, captured, comment="Bitte wenden Sie sich an den Kreis."):
    with captured(execute=True), translation.override("de"):
        return client.post(
            reverse("club_applications_admin:decline", args=[application.pk]),
            {"comment": comment},
            follow=True,
        )


class TestList(JoiningWorld):
    def test_coordinators_see_their_region_s_confirmed_applications_only(
        self, client, villages, coordinator_north, pending
    ):
        ClubApplicationFactory(name="Südheimer Chor", municipality=villages["suedheim"])
        ClubApplicationFactory(
            name="Unbestätigt", municipality=villages["lindau"], status="unconfirmed"
        )
        client.force_login(coordinator_north)

        body = client.get(LIST).content.decode()

        assert "Dorfladen Lindau" in body
        assert "Südheimer Chor" not in body
        assert "Unbestätigt" not in body

    def test_administrators_see_all_regions(self, client, villages, admin_user, pending):
        ClubApplicationFactory(name="Südheimer Chor", municipality=villages["suedheim"])
        client.force_login(admin_user)

        body = client.get(LIST).content.decode()

        assert "Dorfladen Lindau" in body
        assert "Südheimer Chor" in body

    def test_filter_by_status(self, client, villages, coordinator_north, pending):
        ClubApplicationFactory(name="Schon entschieden", municipality=villages["lindau"])
        ClubApplication.objects.filter(name="Schon entschieden").update(status="declined")
        client.force_login(coordinator_north)

        body = client.get(LIST, {"status": "pending"}).content.decode()

        assert "Dorfladen Lindau" in body
        assert "Schon entschieden" not in body

    def test_duplicate_is_flagged_clearly(
        self, client, villages, directory, coordinator_north, pending
    ):
        ClubPageFactory(parent=directory, title="Dorfladen Lindau", municipality=villages["lindau"])
        client.force_login(coordinator_north)

        with translation.override("de"):
            body = client.get(LIST).content.decode()

        assert de("Possibly a duplicate: same name in the same municipality") in body

    def test_menu_item_for_coordinators_and_administrators_only(
        self, client, coordinator_north, admin_user
    ):
        editor = UserFactory(username="redaktion")
        editor.groups.add(Group.objects.get(name="Redaktion"))
        shown = {}
        for user in (coordinator_north, admin_user, editor):
            client.force_login(user)
            shown[user.username] = LIST in client.get("/admin/").content.decode()

        assert shown == {"koordination.nord": True, "admin": True, "redaktion": False}

    def test_people_without_a_region_are_turned_away(self, client, roles, pending):
        client.force_login(UserFactory(username="ohne.region"))

        assert client.get(LIST).status_code in (302, 403)

    def test_queries_do_not_grow_with_the_number_of_applications(
        self, client, villages, coordinator_north
    ):
        client.force_login(coordinator_north)
        ClubApplicationFactory.create_batch(2, municipality=villages["lindau"])
        few = count_queries(client, LIST)
        ClubApplicationFactory.create_batch(18, municipality=villages["nachbardorf"])

        assert count_queries(client, LIST) == few


class TestDetail(JoiningWorld):
    def test_shows_every_field(self, client, coordinator_north, pending):
        client.force_login(coordinator_north)

        body = client.get(detail(pending)).content.decode()

        for text in ("Dorfladen Lindau", "Lindau", pending.summary, "Frauke Jessen"):
            assert text in body
        assert pending.contact_email in body

    def test_coordinator_of_another_region_gets_404(self, client, coordinator_south, pending):
        client.force_login(coordinator_south)

        assert client.get(detail(pending)).status_code == 404

    def test_coordinator_of_another_region_cannot_decide(
        self, client, coordinator_south, pending, django_capture_on_commit_callbacks
    ):
        client.force_login(coordinator_south)

        response = accept(client, pending, django_capture_on_commit_callbacks)

        assert response.status_code == 404
        pending.refresh_from_db()
        assert pending.status == ClubApplication.Status.PENDING


class TestAccept(JoiningWorld):
    def test_accepting_creates_a_draft_page_group_account_and_invitation(
        self,
        client,
        directory,
        coordinator_north,
        pending,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        client.force_login(coordinator_north)

        response = accept(client, pending, django_capture_on_commit_callbacks, "Passt.")

        assert response.status_code == 200
        pending.refresh_from_db()
        assert pending.status == ClubApplication.Status.ACCEPTED
        assert pending.decided_by == coordinator_north
        assert pending.decision_comment == "Passt."
        club = ClubPage.objects.get(pk=pending.club_id)
        assert not club.live
        assert club.get_parent().pk == directory.pk
        assert (club.title, club.kind, club.municipality_id) == (
            "Dorfladen Lindau",
            "initiative",
            pending.municipality_id,
        )
        assert club.contact_email == pending.contact_email
        assert club.get_latest_revision() is not None
        account = pending.representative
        assert account.email == pending.contact_email
        assert (account.first_name, account.last_name) == ("Frauke", "Jessen")
        assert not account.has_usable_password()
        assert set(account.groups.all()) == {
            club.representatives,
            Group.objects.get(name=CLUB_REPRESENTATIVES.group_name),
        }
        [mail] = mailoutbox
        assert mail.to == [pending.contact_email]
        assert re.search(r"/konto/einladung/[^/]+/[^/]+/", mail.body)
        assert ModelLogEntry.objects.filter(action=ACCEPTED_ACTION).count() == 1

    def test_slug_is_unique_below_the_directory(
        self,
        client,
        directory,
        villages,
        coordinator_north,
        pending,
        django_capture_on_commit_callbacks,
    ):
        ClubPageFactory(parent=directory, title="Anderer", slug="dorfladen-lindau")
        client.force_login(coordinator_north)

        accept(client, pending, django_capture_on_commit_callbacks)

        pending.refresh_from_db()
        assert pending.club.slug == "dorfladen-lindau-2"

    def test_existing_account_is_used_and_told_without_a_new_password_link(
        self, client, coordinator_north, pending, mailoutbox, django_capture_on_commit_callbacks
    ):
        existing = UserFactory(username="frauke", email=pending.contact_email.upper())
        client.force_login(coordinator_north)

        accept(client, pending, django_capture_on_commit_callbacks)

        pending.refresh_from_db()
        assert pending.representative == existing
        [mail] = mailoutbox
        assert "/konto/einladung/" not in mail.body
        assert "/konto/anmelden/" in mail.body

    def test_accepting_twice_changes_nothing(
        self, client, coordinator_north, pending, mailoutbox, django_capture_on_commit_callbacks
    ):
        client.force_login(coordinator_north)
        accept(client, pending, django_capture_on_commit_callbacks)

        response = accept(client, pending, django_capture_on_commit_callbacks)

        assert de("This application has been decided already; nothing was changed.") in (
            response.content.decode()
        )
        assert ClubPage.objects.filter(title="Dorfladen Lindau").count() == 1
        assert len(mailoutbox) == 1

    def test_declining_after_accepting_is_refused(
        self, client, coordinator_north, pending, mailoutbox, django_capture_on_commit_callbacks
    ):
        client.force_login(coordinator_north)
        accept(client, pending, django_capture_on_commit_callbacks)

        decline(client, pending, django_capture_on_commit_callbacks)

        pending.refresh_from_db()
        assert pending.status == ClubApplication.Status.ACCEPTED
        assert len(mailoutbox) == 1


class TestDecline(JoiningWorld):
    def test_decline_mails_the_reason(
        self, client, coordinator_north, pending, mailoutbox, django_capture_on_commit_callbacks
    ):
        client.force_login(coordinator_north)

        decline(client, pending, django_capture_on_commit_callbacks, "Bitte an den Kreis wenden.")

        pending.refresh_from_db()
        assert pending.status == ClubApplication.Status.DECLINED
        assert pending.club is None
        [mail] = mailoutbox
        assert mail.to == [pending.contact_email]
        assert "Bitte an den Kreis wenden." in mail.body
        assert ModelLogEntry.objects.filter(action=DECLINED_ACTION).count() == 1

    def test_decline_requires_a_reason(
        self, client, coordinator_north, pending, mailoutbox, django_capture_on_commit_callbacks
    ):
        client.force_login(coordinator_north)

        response = decline(client, pending, django_capture_on_commit_callbacks, "")

        assert de("Please write the reason for declining; it is mailed to the applicant.") in (
            response.content.decode()
        )
        pending.refresh_from_db()
        assert pending.status == ClubApplication.Status.PENDING
        assert mailoutbox == []


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
class TestParallelDecisions(JoiningWorld):
    def test_accept_and_decline_at_the_same_moment_decide_once(
        self, pending, coordinator_north, admin_user, mailoutbox, monkeypatch
    ):
        held = HeldAtFirstCall(monkeypatch, acceptance, "create_club_page")
        first_tab = Client(raise_request_exception=False)
        first_tab.force_login(coordinator_north)
        second_tab = Client(raise_request_exception=False)
        second_tab.force_login(admin_user)

        first_thread, first = in_thread(
            lambda: first_tab.post(reverse("club_applications_admin:accept", args=[pending.pk]))
        )
        assert held.inside.wait(timeout=60)
        second_thread, second = in_thread(
            lambda: second_tab.post(
                reverse("club_applications_admin:decline", args=[pending.pk]),
                {"comment": "Doppelt."},
            )
        )
        until_it_waits_for_a_lock(second_thread)
        held.release()
        first_thread.join()
        second_thread.join()

        assert first["response"].status_code == second["response"].status_code == 302
        pending.refresh_from_db()
        assert pending.status == ClubApplication.Status.ACCEPTED
        assert ClubPage.objects.filter(title="Dorfladen Lindau").count() == 1
        assert de("This application has been decided already; nothing was changed.") in [
            str(message) for message in get_messages(second["response"].wsgi_request)
        ]
