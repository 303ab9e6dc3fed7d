"""The demo's requests: every type in every state, an inbox for every staff role, budgets kept."""

from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db.models import Sum

from home.demo import load_demo_content
from workflows import permissions
from workflows.models import (
    Budget,
    LedgerEntry,
    Message,
    Request,
    RequestKind,
    RequestStatus,
    RoutingRule,
)


def user(username):
    return get_user_model().objects.get(username=username)


def test_every_type_and_every_status_is_there(demo):
    assert set(Request.objects.values_list("kind", flat=True)) == set(RequestKind.values)
    assert set(Request.objects.values_list("status", flat=True)) == set(RequestStatus.values)


def test_each_staff_role_finds_work_it_may_do(demo):
    for username in ("koordination.nord", "koordination.sued", "programmleitung", "lotse"):
        staff = user(username)
        tasks = list(permissions.inbox_tasks(staff)) + list(permissions.queue_tasks(staff))
        assert tasks, username
        assert all(permissions.may_handle(staff, task) for task in tasks), username


def test_each_club_account_sees_its_own_requests_only(demo):
    for username in ("verein.sport", "verein.kultur"):
        representative = user(username)
        visible = permissions.visible_requests(representative)
        assert visible.count() >= 5
        clubs = {request.club.translation_key for request in visible.select_related("club")}
        own = set(
            permissions.represented_clubs(representative).values_list("translation_key", flat=True)
        )
        assert clubs == own


def test_budgets_are_never_overspent_and_match_their_ledger(demo):
    for budget in Budget.objects.all():
        assert 0 <= budget.committed <= budget.total
        sums = dict(
            LedgerEntry.objects.filter(budget=budget)
            .values_list("kind")
            .annotate(total=Sum("amount"))
            .order_by()
        )
        reserved = sums.get("reservation", Decimal(0)) - sums.get("release", Decimal(0))
        assert reserved == budget.committed


def test_loading_again_changes_nothing(demo):
    def counts():
        return [
            model.objects.count() for model in (Request, LedgerEntry, Message, RoutingRule, Budget)
        ]

    before = counts()
    load_demo_content(log=lambda message: None)
    assert counts() == before
