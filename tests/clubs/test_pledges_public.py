"""The citizen's side: the pledge form (junk, amounts, quantities, ended calls, double clicks,
rate limits), the mails, and the pledge's own page with the cancel button."""

import re
from decimal import Decimal

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from clubs.shifts.signups import CANCEL_SALT
from clubs.support_calls.models import Pledge
from clubs.support_calls.pledges import manage_token
from tests.clubs.pledges_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.pledges_setup import en_url, page_text
from tests.clubs.support_call_factories import PledgeFactory, SupportCallPageFactory, in_days

CITIZEN = {"name": "Jana Kruse", "email": "jana@example.org", "consent": "on"}


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def send(url, data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return send


def pledge_url(call):
    return en_url("support_call_pledge", call.pk)


@pytest.mark.django_db
class TestForm:
    def test_get_shows_progress_form_and_that_no_payments_are_processed(self, client, call, cement):
        text = page_text(client.get(pledge_url(call)))

        assert "Neues Dach" in text
        assert "0 of 10 pledged, 10 still open" in text
        assert "The portal processes no payments." in text
        assert "Sack Zement (10 of 10 open)" in text

    def test_money_in_german_notation_is_stored_and_leads_to_the_pledge(
        self, post, call, mailoutbox
    ):
        response = post(pledge_url(call), {**CITIZEN, "kind": "money", "amount": "1.250,50"})

        stored = Pledge.objects.get()
        assert stored.amount == Decimal("1250.50")
        assert stored.call == call
        assert stored.language == "en"
        assert response.status_code == 302
        assert response["Location"] == en_url(
            "support_call_pledge_manage", token=manage_token(stored)
        )
        assert {tuple(mail.to) for mail in mailoutbox} == {
            ("jana@example.org",),
            ("post@sv.example",),
        }

    def test_material_with_its_quantity(self, post, call, cement):
        data = {**CITIZEN, "kind": "material", "material": str(cement.pk), "quantity": "3"}
        post(pledge_url(call), data)

        stored = Pledge.objects.get()
        assert (stored.kind, stored.need, stored.quantity, stored.amount) == (
            "material",
            cement,
            3,
            None,
        )

    def test_time_for_a_helper_role(self, post, call, helpers_need):
        post(pledge_url(call), {**CITIZEN, "kind": "time", "role": str(helpers_need.pk)})

        assert Pledge.objects.get().need == helpers_need

    def test_more_than_is_open_shows_how_many_are_left(self, post, call, cement):
        PledgeFactory(call=call, kind="material", need=cement, quantity=8, amount=None)
        data = {**CITIZEN, "kind": "material", "material": str(cement.pk), "quantity": "3"}

        response = post(pledge_url(call), data)

        assert response.status_code == 200
        assert "Only 2 of “Sack Zement” are still open" in page_text(response)
        assert Pledge.objects.count() == 1

    @pytest.mark.parametrize(
        ("amount", "error"),
        [
            ("", "Please enter the amount you want to give."),
            ("0,50", "Please pledge at least 1.00 €."),
            ("100.000,01", "Please pledge at most 100,000.00 € here"),
            ("zwanzig", "Please enter an amount in euros, such as 25 or 25,50."),
            ("1e9", "Please enter an amount in euros"),
        ],
    )
    def test_amounts_outside_the_limits_are_refused(self, post, call, amount, error):
        response = post(pledge_url(call), {**CITIZEN, "kind": "money", "amount": amount})

        assert response.status_code == 200
        assert "Please correct the following entries" in page_text(response)
        assert error in page_text(response)
        assert not Pledge.objects.exists()

    @pytest.mark.parametrize(
        "data",
        [
            {},
            {"kind": "bogus"},
            {"kind": "time", "role": "999999"},
            {"kind": "material", "material": "abc", "quantity": "-1"},
            {"kind": "material", "material": "1", "quantity": "9" * 30},
            {"kind": "material", "quantity": "zwei"},
            {"kind": "money", "amount": "9" * 300},
            {"kind": ["money", "time"], "amount": ["1", "2"]},
            {"kind": "money", "amount": "10", "name": "x" * 500, "email": "kein-at"},
            {"kind": "money", "amount": "10", "message": "m" * 5000},
            {"kind": "money", "amount": "10\x00"},
            {"kind": "money", "amount": "10", "submission_token": "<script>"},
        ],
    )
    def test_junk_is_answered_with_errors_never_a_500(self, client, call, cement, data):
        response = client.post(pledge_url(call), {**CITIZEN, "consent": "", **data})

        assert response.status_code == 200
        assert "Please correct the following entries" in page_text(response)
        assert not Pledge.objects.exists()

    def test_without_consent_nothing_is_stored(self, post, call):
        data = {**CITIZEN, "consent": "", "kind": "money", "amount": "10"}

        assert post(pledge_url(call), data).status_code == 200
        assert not Pledge.objects.exists()

    def test_a_double_click_stores_and_mails_once(self, post, client, call, mailoutbox):
        form = client.get(pledge_url(call)).context["form"]
        token = form["submission_token"].value()
        data = {**CITIZEN, "kind": "money", "amount": "20", "submission_token": token}

        first = post(pledge_url(call), data)
        second = post(pledge_url(call), data)

        assert Pledge.objects.count() == 1
        assert first["Location"] == second["Location"]
        assert len(mailoutbox) == 2

    def test_the_honeypot_stores_nothing(self, post, call, mailoutbox):
        data = {**CITIZEN, "kind": "money", "amount": "20", "website": "http://spam.example"}

        assert post(pledge_url(call), data).status_code == 302
        assert not Pledge.objects.exists()
        assert mailoutbox == []

    def test_many_pledges_from_one_address_are_limited(self, post, call):
        for amount in range(1, 6):
            post(pledge_url(call), {**CITIZEN, "kind": "money", "amount": str(amount)})

        response = post(pledge_url(call), {**CITIZEN, "kind": "money", "amount": "6"})

        assert response.status_code == 429
        assert Pledge.objects.count() == 5

    def test_an_ended_call_shows_no_form_and_stores_nothing(self, post, client, club):
        ended = SupportCallPageFactory(parent=club, starts_on=in_days(-9), ends_on=in_days(-1))

        response = post(pledge_url(ended), {**CITIZEN, "kind": "money", "amount": "20"})

        assert response.status_code == 200
        assert "takes no more pledges" in page_text(response)
        assert 'class="stacked-form pledge-form"' not in response.content.decode()
        assert not Pledge.objects.exists()

    def test_unknown_and_unpublished_calls_answer_404(self, client, call):
        assert client.get(en_url("support_call_pledge", 999999)).status_code == 404
        call.unpublish()
        assert client.get(pledge_url(call)).status_code == 404


@pytest.mark.django_db
class TestMails:
    def test_the_confirmation_has_reference_bank_details_next_steps_and_the_link(
        self, post, call, mailoutbox
    ):
        post(pledge_url(call), {**CITIZEN, "kind": "money", "amount": "25,50"})
        stored = Pledge.objects.get()
        mail = next(mail for mail in mailoutbox if mail.to == ["jana@example.org"])

        assert "Neues Dach" in mail.subject
        assert stored.purpose_reference in mail.body
        assert "DE02120300000000202051" in mail.body
        assert "25.50 €" in mail.body
        assert "The portal processes no payments." in mail.body
        assert "What happens next" in mail.body
        assert en_url("support_call_pledge_manage", token=manage_token(stored)) in mail.body

    def test_the_club_gets_a_note_it_can_answer(self, post, call, cement, mailoutbox):
        data = {**CITIZEN, "kind": "material", "material": str(cement.pk), "quantity": "2"}
        post(pledge_url(call), {**data, "message": "Ich bringe sie am Samstag."})
        note = next(mail for mail in mailoutbox if "post@sv.example" in mail.to)

        assert note.reply_to == ["jana@example.org"]
        assert "Sack Zement: 2" in note.body
        assert "Ich bringe sie am Samstag." in note.body
        assert f"/aufrufe/{call.pk}/zusagen/" in note.body

    def test_a_donation_link_instead_of_an_account(self, post, club, mailoutbox):
        linked = SupportCallPageFactory(
            parent=club, iban="", bic="", donation_url="https://spenden.example/dach"
        )
        post(pledge_url(linked), {**CITIZEN, "kind": "money", "amount": "10"})
        mail = next(mail for mail in mailoutbox if mail.to == ["jana@example.org"])

        assert "https://spenden.example/dach" in mail.body
        assert "IBAN" not in mail.body


@pytest.mark.django_db
class TestManage:
    def manage(self, pledge):
        return en_url("support_call_pledge_manage", token=manage_token(pledge))

    def test_get_shows_the_pledge_with_reference_and_bank_details_and_cancels_nothing(
        self, client, call
    ):
        stored = PledgeFactory(call=call, amount=Decimal("40"))

        text = page_text(client.get(self.manage(stored)))

        assert stored.purpose_reference in text
        assert "DE02120300000000202051" in text
        assert "40.00 €" in text
        assert "Cancel my pledge" in text
        stored.refresh_from_db()
        assert stored.cancelled_at is None

    def test_post_cancels_once_and_tells_the_club_once(self, post, call, mailoutbox):
        stored = PledgeFactory(call=call)

        first = post(self.manage(stored), {})
        second = post(self.manage(stored), {})

        stored.refresh_from_db()
        assert stored.cancelled_at is not None
        assert "Your pledge is cancelled." in page_text(first)
        assert "This pledge was already cancelled." in page_text(second)
        assert [mail.to for mail in mailoutbox] == [["post@sv.example"]]

    def test_a_received_pledge_is_not_cancelled_but_politely_refused(self, post, call, mailoutbox):
        stored = PledgeFactory(call=call, received_at=timezone.now())

        response = post(self.manage(stored), {})

        stored.refresh_from_db()
        assert stored.cancelled_at is None
        assert "can no longer be cancelled here" in page_text(response)
        assert mailoutbox == []

    @pytest.mark.parametrize("kind", ["forged", "shift", "number", "deleted"])
    def test_forged_and_foreign_links_answer_404(self, client, call, kind):
        stored = PledgeFactory(call=call)
        token = {
            "forged": manage_token(stored)[:-3] + "abc",
            "shift": signing.dumps(stored.pk, salt=CANCEL_SALT),
            "number": str(stored.pk),
            "deleted": manage_token(stored),
        }[kind]
        if kind == "deleted":
            stored.delete()

        response = client.post(en_url("support_call_pledge_manage", token=token))

        assert response.status_code == 404
        assert Pledge.objects.filter(cancelled_at__isnull=False).count() == 0


@pytest.mark.django_db
def test_the_form_carries_its_csrf_token_into_the_included_form(call):
    """The form is an included template: a browser's POST must pass the CSRF check."""
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(pledge_url(call))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())

    response = browser.post(
        pledge_url(call),
        {**CITIZEN, "kind": "money", "amount": "10", "csrfmiddlewaretoken": token.group(1)},
    )

    assert response.status_code == 302
    assert Pledge.objects.count() == 1
