"""The client's address behind the documented proxy layouts (docs/deployment.md): each visitor
keeps their own limits, and a forged X-Forwarded-For buys nothing."""

import pytest
from django.test import RequestFactory

from home.ratelimit import RateLimit, client_ip
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/konto/anmelden/"
PASSWORD = "correct-horse-battery"  # UserFactory's
LOCAL = "127.0.0.1"
VISITOR = "198.51.100.4"
ATTACKER = "203.0.113.9"


def address(remote, forwarded=""):
    return client_ip(RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded))


@pytest.fixture
def few_failures_per_address(monkeypatch):
    """Three failed logins per address instead of the real limit, to keep the tests short."""
    limit = RateLimit("login-ip", limit=3, window=15 * 60)
    monkeypatch.setattr("home.login_throttle.LOGIN_FAILURES_PER_IP", limit)
    return limit


def fail_logins(client, times, **headers):
    for number in range(times):
        response = client.post(
            LOGIN, {"username": f"unbekannt{number}", "password": "geraten"}, **headers
        )
        assert response.status_code == 200


def test_without_proxy_settings_the_header_is_ignored(settings):
    assert settings.TRUSTED_PROXY_COUNT == 0
    assert address(LOCAL, VISITOR) == LOCAL
    assert address(VISITOR, "6.6.6.6") == VISITOR


def test_behind_nginx_the_address_nginx_saw_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # nginx: proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for
    assert address(LOCAL, VISITOR) == VISITOR
    assert address(LOCAL, f"6.6.6.6, {VISITOR}") == VISITOR  # the visitor's own entry is not read


def test_behind_nginx_and_varnish_the_address_nginx_saw_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    # Varnish appends its peer, nginx on the same machine.
    assert address(LOCAL, f"{VISITOR}, {LOCAL}") == VISITOR
    assert address(LOCAL, f"6.6.6.6, {VISITOR}, {LOCAL}") == VISITOR
    # Somebody reaching Varnish without nginx is known by the address Varnish saw.
    assert address(LOCAL, f"6.6.6.6, {ATTACKER}") == ATTACKER


def test_behind_a_load_balancer_only_its_network_is_trusted(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXY_NETWORKS = ["10.0.5.0/24"]
    assert address("10.0.5.2", VISITOR) == VISITOR
    # Another machine of the private network can reach the app but is no proxy.
    assert address("10.0.9.7", "6.6.6.6") == "10.0.9.7"
    assert address(LOCAL, "6.6.6.6") == LOCAL
    # IPv4 peers on a dual-stack socket are compared as IPv4.
    assert address("::ffff:10.0.5.2", VISITOR) == VISITOR


def test_behind_a_load_balancer_and_nginx_the_address_the_balancer_saw_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    settings.TRUSTED_PROXY_NETWORKS = ["127.0.0.0/8", "::1/128", "10.0.5.0/24"]
    assert address(LOCAL, f"6.6.6.6, {VISITOR}, 10.0.5.2") == VISITOR
    # A visitor who reaches nginx without the balancer is known by the address nginx saw.
    assert address(LOCAL, f"6.6.6.6, {ATTACKER}") == ATTACKER


def test_through_nginx_and_varnish_one_visitor_s_failures_do_not_refuse_another(
    client, settings, few_failures_per_address
):
    settings.TRUSTED_PROXY_COUNT = 2
    UserFactory(username="kim")
    fail_logins(
        client,
        few_failures_per_address.limit,
        REMOTE_ADDR=LOCAL,
        HTTP_X_FORWARDED_FOR=f"{ATTACKER}, {LOCAL}",
    )
    refused = client.post(
        LOGIN,
        {"username": "kim", "password": PASSWORD},
        REMOTE_ADDR=LOCAL,
        HTTP_X_FORWARDED_FOR=f"{ATTACKER}, {LOCAL}",
    )

    response = client.post(
        LOGIN,
        {"username": "kim", "password": PASSWORD},
        REMOTE_ADDR=LOCAL,
        HTTP_X_FORWARDED_FOR=f"{VISITOR}, {LOCAL}",
    )

    assert refused.status_code == 429
    assert response.status_code == 302


def test_a_forged_header_sent_straight_to_the_app_buys_no_attempts(
    client, few_failures_per_address
):
    """The app reachable directly from a private network, without a proxy: every attempt
    claims another address, and all of them count for the one real peer."""
    for number in range(few_failures_per_address.limit):
        fail_logins(client, 1, REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")

    response = client.post(
        LOGIN,
        {"username": "unbekannt", "password": "geraten"},
        REMOTE_ADDR="10.0.0.5",
        HTTP_X_FORWARDED_FOR="198.51.100.200",
    )

    assert response.status_code == 429
