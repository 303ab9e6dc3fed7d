"""The rules of pledges: what may be pledged when, open quantities, cancelling, the signed
link, and the progress the call's page shows."""

from decimal import Decimal

import pytest
from django.core import signing
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail.models import Locale

from clubs.shifts.signups import CANCEL_SALT
from clubs.support_calls.models import Pledge
from clubs.support_calls.pledge_forms import parse_amount
from clubs.support_calls.pledges import (
    PledgeRefusedError,
    cancel,
    manage_token,
    mark_received,
    open_quantity,
    pledge,
    pledge_for_token,
)
from clubs.support_calls.progress import progress
from tests.clubs.pledges_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.support_call_factories import PledgeFactory, SupportCallPageFactory, in_days

PERSON = {"name": "Jana Kruse", "email": "jana@example.org", "consent_text": "ok", "language": "de"}


def material(call, need, quantity, **kwargs):
    return pledge(call, need, kind=Pledge.Kind.MATERIAL, quantity=quantity, **{**PERSON, **kwargs})


@pytest.mark.django_db
class TestPledge:
    def test_money_is_stored_without_a_need_and_without_a_cap(self, call):
        first = pledge(call, kind=Pledge.Kind.MONEY, amount=Decimal("4999"), **PERSON)
        beyond_the_goal = pledge(call, kind=Pledge.Kind.MONEY, amount=Decimal("500"), **PERSON)

        assert first.need is None
        assert beyond_the_goal.amount == Decimal("500")
        assert progress(call).pledged_amount == Decimal("5499")

    def test_material_up_to_the_open_quantity(self, call, cement):
        material(call, cement, 7)
        stored = material(call, cement, 3)

        assert stored.need_label == "Sack Zement"
        assert open_quantity(cement) == 0

    def test_more_than_is_open_is_refused_with_the_number_still_open(self, call, cement):
        material(call, cement, 8)

        with translation.override("en"), pytest.raises(PledgeRefusedError) as refused:
            material(call, cement, 3)

        assert refused.value.reason == PledgeRefusedError.TOO_MANY
        assert "Only 2 of “Sack Zement” are still open" in refused.value.message
        assert Pledge.objects.count() == 1

    def test_nothing_open_says_so(self, call, cement):
        material(call, cement, 10)

        with translation.override("en"), pytest.raises(PledgeRefusedError) as refused:
            material(call, cement, 1)

        assert "Nothing of “Sack Zement” is open any more" in refused.value.message

    def test_a_cancelled_pledge_frees_its_units(self, call, cement):
        first = material(call, cement, 10)
        assert cancel(first) == "cancelled"

        material(call, cement, 10)

        assert open_quantity(cement) == 0

    def test_time_needs_a_helper_role_and_material_a_material(self, call, cement, helpers_need):
        with pytest.raises(PledgeRefusedError) as refused:
            pledge(call, cement, kind=Pledge.Kind.TIME, **PERSON)
        assert refused.value.reason == PledgeRefusedError.NO_NEED

        stored = pledge(call, helpers_need, kind=Pledge.Kind.TIME, quantity=2, **PERSON)
        assert stored.need == helpers_need

    def test_a_need_of_another_call_is_refused(self, call, other_call, cement):
        with pytest.raises(PledgeRefusedError) as refused:
            material(other_call, cement, 1)

        assert refused.value.reason == PledgeRefusedError.NO_NEED

    @pytest.mark.parametrize(("starts", "ends"), [(1, 10), (-10, -1)])
    def test_calls_that_do_not_run_take_no_pledges(self, club, starts, ends):
        call = SupportCallPageFactory(parent=club, starts_on=in_days(starts), ends_on=in_days(ends))

        with pytest.raises(PledgeRefusedError) as refused:
            pledge(call, kind=Pledge.Kind.MONEY, amount=Decimal("10"), **PERSON)

        assert refused.value.reason == PledgeRefusedError.NOT_RUNNING

    def test_the_last_day_still_takes_pledges(self, club):
        call = SupportCallPageFactory(parent=club, starts_on=in_days(-5), ends_on=in_days(0))

        assert pledge(call, kind=Pledge.Kind.MONEY, amount=Decimal("10"), **PERSON).pk

    def test_a_translation_pledges_to_the_call_in_the_default_language(self, call, cement):
        english = Locale.objects.get_or_create(language_code="en")[0]
        translated = call.copy_for_translation(english, copy_parents=True)
        translated.save_revision().publish()

        stored = material(translated, cement, 2)

        assert stored.call_id == call.pk
        assert stored.need_id == cement.pk
        assert call.locale == Locale.get_default()


@pytest.mark.django_db
class TestCancelAndReceived:
    def test_cancel_twice_is_harmless_and_a_received_pledge_stays(self, call):
        first = PledgeFactory(call=call)
        received = PledgeFactory(call=call, received_at=timezone.now())

        assert cancel(first) == "cancelled"
        assert cancel(first) == "already"
        assert cancel(received) == "received"
        received.refresh_from_db()
        assert received.cancelled_at is None

    def test_received_and_back_only_for_active_money_and_material(self, call, helpers_need):
        money = PledgeFactory(call=call)
        time = PledgeFactory(call=call, kind=Pledge.Kind.TIME, need=helpers_need, amount=None)
        gone = PledgeFactory(call=call, cancelled_at=timezone.now())

        assert mark_received(money, None) is True
        assert mark_received(money, None) is False
        assert mark_received(time, None) is False
        assert mark_received(gone, None) is False
        assert mark_received(money, None, received=False) is True
        assert money.received_at is None


@pytest.mark.django_db
class TestManageToken:
    def test_the_token_names_the_pledge(self, call):
        stored = PledgeFactory(call=call)

        assert pledge_for_token(manage_token(stored)) == stored

    def test_forged_and_foreign_tokens_name_nothing(self, call):
        stored = PledgeFactory(call=call)
        token = manage_token(stored)

        assert pledge_for_token(token[:-2] + "xx") is None
        assert pledge_for_token(str(stored.pk)) is None
        assert pledge_for_token(signing.dumps(stored.pk, salt=CANCEL_SALT)) is None
        assert pledge_for_token("x" * 5000) is None
        stored.delete()
        assert pledge_for_token(token) is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("25", "25"),
        ("25,50", "25.50"),
        ("25,5", "25.5"),
        ("25.50", "25.50"),
        ("1.000", "1000"),
        ("1.000,50", "1000.50"),
        ("100.000", "100000"),
        (" 30 € ", "30"),
        ("30,-", "30"),
    ],
)
def test_amounts_are_read_the_german_and_the_english_way(text, amount):
    assert parse_amount(text) == Decimal(amount)


@pytest.mark.parametrize(
    "text", ["", "abc", "NaN", "Infinity", "1e5", "-5", "25,505", "1,000.50", "12.34.56", "٣"]
)
def test_junk_is_no_amount(text):
    assert parse_amount(text) is None


@pytest.mark.django_db
class TestProgress:
    def test_numbers_of_money_supporters_and_needs(self, call, cement, helpers_need):
        PledgeFactory(call=call, amount=Decimal("300"), received_at=timezone.now(), email="a@x.de")
        PledgeFactory(call=call, amount=Decimal("200"), email="A@x.de")
        PledgeFactory(call=call, amount=Decimal("1000"), cancelled_at=timezone.now())
        PledgeFactory(call=call, kind="material", need=cement, quantity=6, amount=None)
        PledgeFactory(call=call, kind="time", need=helpers_need, quantity=1, amount=None)

        numbers = progress(call)

        assert numbers.confirmed_amount == Decimal("300")
        assert numbers.pledged_amount == Decimal("500")
        assert numbers.percent_pledged == 10
        assert numbers.supporters == 3  # a@x.de and A@x.de are one person
        assert {n.need.label: (n.pledged, n.open) for n in numbers.needs} == {
            "Streichen": (1, 3),
            "Sack Zement": (6, 4),
        }

    def test_the_section_shows_progress_and_the_form_while_the_call_runs(self, call, cement):
        PledgeFactory(call=call, amount=Decimal("1250"), received_at=timezone.now())
        PledgeFactory(call=call, kind="material", need=cement, quantity=4, amount=None)
        html = render_section(call)

        assert "1,250.00 € of 5,000.00 € received" in html
        assert "4 of 10 pledged, 6 still open" in html
        assert "2 people support the project." in html
        assert f'action="/en/unterstuetzen/{call.pk}/zusage/"' in html
        assert "The portal processes no payments." in html

    def test_an_ended_call_says_so_and_has_no_form(self, club):
        ended = SupportCallPageFactory(parent=club, starts_on=in_days(-30), ends_on=in_days(-1))
        html = render_section(ended)

        assert "<form" not in html
        assert "takes no more pledges" in html
        assert "The portal processes no payments." in html

    def test_a_call_that_has_not_started_says_from_when(self, club):
        later = SupportCallPageFactory(parent=club, starts_on=in_days(3), ends_on=in_days(9))
        html = render_section(later)

        assert "<form" not in html
        assert "you can pledge from then on" in html


def render_section(page):
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        template = Template('{% include "clubs/support_calls/pledge_section.html" %}')
        return template.render(Context({"page": page, "request": request}))
