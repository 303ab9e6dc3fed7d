"""Brute force against the one login (site and admin) and the password reset is throttled."""

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail

from home.login_throttle import LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_IP
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/konto/anmelden/"
PASSWORD = "correct-horse-battery"  # UserFactory's


def _fail(client, username, times, **extra):
    for _ in range(times):
        response = client.post(LOGIN, {"username": username, "password": "geraten"}, **extra)
        assert response.status_code == 200
    return response


def test_after_five_wrong_passwords_even_the_right_one_is_refused_with_a_wait_time(client):
    UserFactory(username="kim", email="kim@example.org")
    # Switching between user name and email address does not buy more attempts.
    _fail(client, "kim", 3)
    _fail(client, "KIM@example.org", 2)

    response = client.post(LOGIN, {"username": "kim", "password": PASSWORD})

    assert response.status_code == 200
    assert "Zu viele Versuche. Bitte warten Sie 15 Minuten" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_the_lock_ends_with_the_window_and_a_success_clears_the_count(client, monkeypatch):
    UserFactory(username="kim")
    _fail(client, "kim", LOGIN_FAILURES_PER_ACCOUNT.limit)
    later = __import__("time").time() + LOGIN_FAILURES_PER_ACCOUNT.window + 1
    monkeypatch.setattr("home.login_throttle.time.time", lambda: later)
    monkeypatch.setattr("home.ratelimit.time.time", lambda: later)

    assert client.post(LOGIN, {"username": "kim", "password": PASSWORD}).status_code == 302
    client.logout()
    _fail(client, "kim", LOGIN_FAILURES_PER_ACCOUNT.limit - 1)
    assert client.post(LOGIN, {"username": "kim", "password": PASSWORD}).status_code == 302


def test_one_address_trying_many_accounts_is_stopped(client):
    UserFactory(username="kim")
    for number in range(LOGIN_FAILURES_PER_IP.limit):
        _fail(client, f"unbekannt{number}", 1, REMOTE_ADDR="203.0.113.9")

    response = client.post(
        LOGIN, {"username": "kim", "password": PASSWORD}, REMOTE_ADDR="203.0.113.9"
    )
    assert "Zu viele Versuche" in response.content.decode()
    # Another visitor is not affected.
    other = client.post(
        LOGIN, {"username": "kim", "password": PASSWORD}, REMOTE_ADDR="198.51.100.4"
    )
    assert other.status_code == 302


def test_the_admin_login_leads_to_the_throttled_login(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/konto/anmelden/?next=/admin/pages/"


def test_password_reset_mails_at_most_three_times_an_hour_per_address(
    client, django_capture_on_commit_callbacks
):
    UserFactory(username="kim", email="kim@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        answers = [
            client.post("/konto/passwort-vergessen/", {"email": "kim@example.org"})
            for _ in range(4)
        ]

    assert [answer.status_code for answer in answers] == [302, 302, 302, 200]
    assert "Zu viele Versuche" in answers[-1].content.decode()
    assert len(mail.outbox) == 3
