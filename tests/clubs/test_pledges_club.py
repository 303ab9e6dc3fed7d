"""The club's side of pledges in "Mein Bereich": the list of a call's pledges with filters and
pages, the confirmation of receipt, and who may see and change what (club A never sees or
changes club B's pledges)."""

from decimal import Decimal

import pytest
from django.utils import timezone

from clubs.support_calls.models import Pledge
from home.roles import COORDINATORS, setup_roles
from tests.clubs.pledges_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.pledges_setup import en_url, page_text
from tests.clubs.support_call_factories import PledgeFactory
from tests.factories import UserFactory


def list_url(club, call):
    return en_url("club_support_call_pledges", club.pk, call.pk)


def received_url(club, call, pledge):
    return en_url("club_pledge_received", club.pk, call.pk, pledge.pk)


@pytest.fixture
def board(client, representative):
    client.force_login(representative)
    return client


@pytest.mark.django_db
class TestList:
    def test_shows_name_email_kind_amount_reference_and_state(self, board, club, call, cement):
        money = PledgeFactory(call=call, name="Jana Kruse", amount=Decimal("75"))
        PledgeFactory(call=call, kind="material", need=cement, need_label="Sack Zement", quantity=3)

        text = page_text(board.get(list_url(club, call)))

        assert "Jana Kruse" in text
        assert money.email in text
        assert "75.00 € (money)" in text
        assert "Sack Zement: 3 (material)" in text
        assert money.purpose_reference in text
        assert "pledged, not yet received" in text
        assert "Pledges (2)" in text

    def test_empty_state(self, board, club, call):
        assert "No pledges yet." in page_text(board.get(list_url(club, call)))

    def test_filters_by_kind_and_state(self, board, club, call, cement):
        PledgeFactory(call=call, name="Geld offen")
        PledgeFactory(call=call, name="Geld erhalten", received_at=timezone.now())
        PledgeFactory(call=call, name="Geld storniert", cancelled_at=timezone.now())
        PledgeFactory(call=call, name="Zement", kind="material", need=cement, amount=None)

        def names(query):
            response = board.get(list_url(club, call) + query)
            return {pledge.name for pledge in response.context["page_obj"]}

        assert names("?art=material") == {"Zement"}
        assert names("?art=money&status=erhalten") == {"Geld erhalten"}
        assert names("?status=storniert") == {"Geld storniert"}
        assert names("?status=offen") == {"Geld offen", "Zement"}
        assert len(names("?art=unsinn&status=%00")) == 4

    def test_pages_of_fifty(self, board, club, call):
        PledgeFactory.create_batch(55, call=call)

        first = board.get(list_url(club, call))
        second = board.get(list_url(club, call) + "?page=2")
        junk = board.get(list_url(club, call) + "?page=abc")

        assert len(first.context["page_obj"]) == 50
        assert len(second.context["page_obj"]) == 5
        assert junk.status_code == 200

    def test_the_number_of_queries_does_not_grow_with_the_pledges(
        self, board, club, call, cement, django_assert_max_num_queries
    ):
        PledgeFactory.create_batch(3, call=call)
        board.get(list_url(club, call))
        with django_assert_max_num_queries(40) as few:
            board.get(list_url(club, call))
        PledgeFactory.create_batch(30, call=call)
        PledgeFactory.create_batch(10, call=call, kind="material", need=cement, amount=None)
        with django_assert_max_num_queries(len(few.captured_queries)):
            board.get(list_url(club, call))


@pytest.mark.django_db
class TestReceived:
    def test_confirm_and_undo(self, board, club, call):
        pledge = PledgeFactory(call=call, amount=Decimal("100"))

        response = board.post(received_url(club, call, pledge))
        pledge.refresh_from_db()
        assert pledge.received_at is not None
        assert response["Location"] == list_url(club, call)
        assert "100.00 € of 5,000.00 € received" in page_text(board.get(list_url(club, call)))

        board.post(received_url(club, call, pledge), {"undo": "1"})
        pledge.refresh_from_db()
        assert pledge.received_at is None

    def test_goes_back_to_the_filtered_list_but_never_elsewhere(self, board, club, call):
        pledge = PledgeFactory(call=call)
        back = list_url(club, call) + "?status=offen"

        assert board.post(received_url(club, call, pledge), {"next": back})["Location"] == back
        elsewhere = board.post(
            received_url(club, call, pledge), {"undo": "1", "next": "https://evil.example/"}
        )
        assert elsewhere["Location"] == list_url(club, call)

    def test_time_and_cancelled_pledges_cannot_be_received(self, board, club, call, helpers_need):
        time = PledgeFactory(call=call, kind="time", need=helpers_need, amount=None)
        gone = PledgeFactory(call=call, cancelled_at=timezone.now())

        board.post(received_url(club, call, time))
        board.post(received_url(club, call, gone))

        assert not Pledge.objects.filter(received_at__isnull=False).exists()

    def test_get_is_not_allowed(self, board, club, call):
        pledge = PledgeFactory(call=call)

        assert board.get(received_url(club, call, pledge)).status_code == 405


@pytest.mark.django_db
class TestPermissions:
    def test_club_a_never_sees_club_b_pledges(self, board, club, call, other_club, other_call):
        PledgeFactory(call=other_call, name="Fremde Person")

        assert board.get(list_url(other_club, other_call)).status_code == 404
        assert board.get(list_url(club, other_call)).status_code == 404
        assert board.get(en_url("club_support_call_pledges", club.pk, 999999)).status_code == 404

    def test_club_a_never_confirms_club_b_pledges(self, board, club, call, other_club, other_call):
        foreign = PledgeFactory(call=other_call)

        for url in (
            received_url(other_club, other_call, foreign),
            received_url(club, call, foreign),
            received_url(club, other_call, foreign),
        ):
            assert board.post(url).status_code == 404
        foreign.refresh_from_db()
        assert foreign.received_at is None

    def test_the_other_club_sees_only_its_own(
        self, client, club, call, other_club, other_call, other_representative
    ):
        client.force_login(other_representative)

        assert client.get(list_url(club, call)).status_code == 404
        assert client.get(list_url(other_club, other_call)).status_code == 200

    def test_anonymous_visitors_are_sent_to_log_in(self, client, club, call):
        pledge = PledgeFactory(call=call)

        for response in (
            client.get(list_url(club, call)),
            client.post(received_url(club, call, pledge)),
        ):
            assert response.status_code == 302
            assert "/konto/anmelden/" in response["Location"]
        pledge.refresh_from_db()
        assert pledge.received_at is None

    def test_a_coordinator_who_represents_no_club_gets_404(self, client, club, call):
        coordinators = {role.group_name: group for role, group in setup_roles().items()}
        user = UserFactory(username="koordination")
        user.groups.add(coordinators[COORDINATORS.group_name])
        club.municipality.region.coordinators.add(user)
        client.force_login(user)

        assert client.get(list_url(club, call)).status_code == 404
