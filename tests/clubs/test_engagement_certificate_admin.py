"""The operator revokes an Engagementnachweis in the admin: superusers only, with a reason,
once, in the audit log; coordinators and club accounts neither see nor use it."""

import pytest
from wagtail.models import ModelLogEntry

from clubs.hours.admin_views import REVOKED_ACTION
from clubs.hours.models import EngagementCertificate
from home.roles import COORDINATORS, EDITORS, setup_roles
from tests.clubs.hours_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.hours_setup import page_text
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ADMIN = "/admin/engagementnachweise/"


@pytest.fixture
def certificate(db):
    return EngagementCertificate.objects.create(
        code="ABCD-EFGH-JKMN",
        email="anna@example.org",
        name="Anna Beispiel",
        statement={"name": "Anna Beispiel", "clubs": ["TSV"], "entries": [], "total_hours": "3.00"},
    )


@pytest.fixture
def superuser(db):
    return UserFactory(username="betrieb", is_superuser=True, is_staff=True)


@pytest.fixture
def coordinator(db):
    groups = setup_roles()
    user = UserFactory(username="koordination")
    user.groups.add(groups[COORDINATORS])
    return user


@pytest.fixture
def editor(db):
    groups = setup_roles()
    user = UserFactory(username="redaktion")
    user.groups.add(groups[EDITORS])
    return user


def revoke(client, certificate, reason="Stunden waren falsch."):
    return client.post(f"{ADMIN}{certificate.pk}/widerrufen/", {"reason": reason})


class TestRevoking:
    def test_a_superuser_finds_it_by_code_and_revokes_it_with_a_reason(
        self, client, superuser, certificate
    ):
        client.force_login(superuser)

        listing = client.get(ADMIN, {"q": "abcd efgh jkmn"})
        response = revoke(client, certificate)

        assert "Anna Beispiel" in page_text(listing)
        assert response.status_code == 302
        certificate.refresh_from_db()
        assert certificate.revoked_at is not None
        assert certificate.revoked_by == superuser
        assert certificate.revoked_reason == "Stunden waren falsch."
        entry = ModelLogEntry.objects.get(action=REVOKED_ACTION)
        assert entry.user == superuser
        assert entry.object_id == str(certificate.pk)

    @pytest.mark.parametrize("query", ["AB\x00CD", "\x00", "x" * 5000])
    def test_an_odd_search_finds_nothing_and_breaks_nothing(
        self, client, superuser, certificate, query
    ):
        client.force_login(superuser)

        response = client.get(ADMIN, {"q": query})

        assert response.status_code == 200

    def test_the_reason_is_required(self, client, superuser, certificate):
        client.force_login(superuser)

        response = revoke(client, certificate, reason="   ")

        assert response.status_code == 200
        certificate.refresh_from_db()
        assert certificate.revoked_at is None

    def test_revoking_twice_changes_nothing(self, client, superuser, certificate):
        client.force_login(superuser)
        revoke(client, certificate, reason="Erster Grund")

        revoke(client, certificate, reason="Zweiter Grund")

        certificate.refresh_from_db()
        assert certificate.revoked_reason == "Erster Grund"
        assert ModelLogEntry.objects.filter(action=REVOKED_ACTION).count() == 1

    def test_revoking_needs_a_post(self, client, superuser, certificate):
        client.force_login(superuser)

        assert client.get(f"{ADMIN}{certificate.pk}/widerrufen/").status_code == 405

    @pytest.mark.parametrize("who", ["coordinator", "editor", "representative"])
    def test_nobody_else_sees_or_revokes(self, client, request, certificate, who):
        client.force_login(request.getfixturevalue(who))

        for url in (ADMIN, f"{ADMIN}{certificate.pk}/"):
            response = client.get(url)
            assert response.status_code in (302, 403)
            assert "Anna Beispiel" not in response.content.decode()
        assert revoke(client, certificate).status_code in (302, 403)
        certificate.refresh_from_db()
        assert certificate.revoked_at is None

    def test_the_menu_item_is_for_superusers_only(self, client, superuser, coordinator):
        client.force_login(superuser)
        assert ADMIN in client.get("/admin/").content.decode()

        client.force_login(coordinator)
        assert ADMIN not in client.get("/admin/").content.decode()
