"""The demo: one loan in progress between the sports club and the culture barn, with a short
thread, and one open request; loading again changes nothing."""

import pytest
from django.utils import timezone

from clubs.demo.loans import load_loans_demo
from clubs.exchange.models import Loan

pytestmark = pytest.mark.django_db


def test_one_loan_is_in_progress_and_one_request_is_open(demo):
    today = timezone.localdate()
    in_progress = Loan.objects.get(state=Loan.State.ACCEPTED)
    requested = Loan.objects.get(state=Loan.State.REQUESTED)

    assert in_progress.starts_on <= today <= in_progress.ends_on
    assert in_progress.messages.count() >= 2
    assert {in_progress.item.club.slug, in_progress.borrower.slug} == {
        "tsv-grotenhusen",
        "kulturscheune-lindenau",
    }
    assert requested.starts_on > today
    assert requested.item.club != requested.borrower


def test_loading_again_changes_nothing(demo):
    before = (Loan.objects.count(), Loan.objects.values("messages").count())

    load_loans_demo(log=lambda message: None)

    assert (Loan.objects.count(), Loan.objects.values("messages").count()) == before
