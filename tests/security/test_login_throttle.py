"""Brute force against the one login (site and admin) and the password reset is throttled,
per account and address, so that nobody can lock the owner out."""

import re
import time

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail

from home.login_throttle import LOGIN_FAILURES_PER_ACCOUNT_AND_IP, LOGIN_FAILURES_PER_IP
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/konto/anmelden/"
PASSWORD = "correct-horse-battery"  # UserFactory's
OWNER_ADDRESS = "198.51.100.4"
ATTACKER_ADDRESS = "203.0.113.9"


def _fail(client, username, times, ip=ATTACKER_ADDRESS):
    for _ in range(times):
        response = client.post(LOGIN, {"username": username, "password": "geraten"}, REMOTE_ADDR=ip)
        assert response.status_code == 200
    return response


def _log_in(client, username, password=PASSWORD, ip=ATTACKER_ADDRESS):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_after_five_wrong_passwords_even_the_right_one_is_refused_with_a_wait_time(client):
    UserFactory(username="kim", email="kim@example.org")
    # Switching between user name and email address does not buy more attempts.
    _fail(client, "kim", 3)
    _fail(client, "KIM@example.org", 2)

    response = _log_in(client, "kim")

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 14 * 60
    assert "Zu viele Versuche. Bitte warten Sie 15 Minuten" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_strangers_guessing_from_many_addresses_do_not_lock_the_owner_out(client):
    UserFactory(username="admin")
    for number in range(5):
        _fail(client, "admin", LOGIN_FAILURES_PER_ACCOUNT_AND_IP.limit, ip=f"203.0.113.{number}")
    assert _log_in(client, "admin", ip="203.0.113.0").status_code == 429

    response = _log_in(client, "admin", ip=OWNER_ADDRESS)

    assert response.status_code == 302
    assert SESSION_KEY in client.session


def test_the_lock_ends_with_the_window_and_a_success_clears_the_count(client, monkeypatch):
    UserFactory(username="kim")
    _fail(client, "kim", LOGIN_FAILURES_PER_ACCOUNT_AND_IP.limit)
    later = time.time() + LOGIN_FAILURES_PER_ACCOUNT_AND_IP.window + 1
    monkeypatch.setattr("time.time", lambda: later)  # also the cache's clock

    assert _log_in(client, "kim").status_code == 302
    client.logout()
    _fail(client, "kim", LOGIN_FAILURES_PER_ACCOUNT_AND_IP.limit - 1)
    assert _log_in(client, "kim").status_code == 302


def test_a_completed_password_reset_unlocks_the_account(client, django_capture_on_commit_callbacks):
    UserFactory(username="kim", email="kim@example.org")
    _fail(client, "kim", LOGIN_FAILURES_PER_ACCOUNT_AND_IP.limit, ip=OWNER_ADDRESS)
    assert _log_in(client, "kim", ip=OWNER_ADDRESS).status_code == 429

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/konto/passwort-vergessen/", {"email": "kim@example.org"})
    link = re.search(r"https?://[^/\s]+(/konto/passwort-neu/\S+)", mail.outbox[0].body)[1]
    form_url = client.get(link)["Location"]
    new_password = "a-new-and-long-one-2026"
    done = client.post(form_url, {"new_password1": new_password, "new_password2": new_password})
    assert done.status_code == 302

    response = _log_in(client, "kim", password=new_password, ip=OWNER_ADDRESS)

    assert response.status_code == 302
    assert SESSION_KEY in client.session


def test_one_address_trying_many_accounts_is_stopped(client):
    UserFactory(username="kim")
    for number in range(LOGIN_FAILURES_PER_IP.limit):
        _fail(client, f"unbekannt{number}", 1)

    response = _log_in(client, "kim")

    assert response.status_code == 429
    assert "Zu viele Versuche" in response.content.decode()
    # Another visitor is not affected.
    assert _log_in(client, "kim", ip=OWNER_ADDRESS).status_code == 302


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

    assert [answer.status_code for answer in answers] == [302, 302, 302, 429]
    assert int(answers[-1]["Retry-After"]) > 59 * 60
    assert "Zu viele Versuche" in answers[-1].content.decode()
    assert len(mail.outbox) == 3
