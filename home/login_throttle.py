"""Brute-force protection for the one login (site and admin) and the password reset.

Failed logins are counted per account name and per IP address. Once either has used up its
attempts, the login is refused for the rest of the window even with the right password, so
guessing gains nothing; the account's owner can still reset the password by email. A
successful login clears the account's count. The counters live in the shared cache
(home/ratelimit.py), so they hold across worker processes.
"""

import math
import time

from django.core.exceptions import ValidationError
from django.utils.translation import ngettext

from home.auth import find_account
from home.ratelimit import RateLimit, client_ip

LOGIN_FAILURES_PER_ACCOUNT = RateLimit("login-account", limit=5, window=15 * 60)
LOGIN_FAILURES_PER_IP = RateLimit("login-ip", limit=20, window=15 * 60)
PASSWORD_RESETS_PER_EMAIL = RateLimit("password-reset-email", limit=3, window=60 * 60)
PASSWORD_RESETS_PER_IP = RateLimit("password-reset-ip", limit=10, window=60 * 60)


def _wait_message(seconds):
    minutes = max(1, math.ceil(seconds / 60))
    return ngettext(
        "Too many attempts. Please wait %(minutes)d minute and try again.",
        "Too many attempts. Please wait %(minutes)d minutes and try again.",
        minutes,
    ) % {"minutes": minutes}


def _refuse_if_exceeded(limits_and_keys):
    now = time.time()
    waits = [
        limit.retry_after(key, now)
        for limit, key in limits_and_keys
        if key and limit.is_exceeded(key, now)
    ]
    if waits:
        raise ValidationError(_wait_message(max(waits)), code="throttled")


class LoginThrottle:
    def __init__(self, request, login):
        # One count per account, whichever of its names (email or user name) is tried.
        account = find_account(login) if login else None
        self.account_key = f"account:{account.pk}" if account else (login or "").strip()
        self.ip = client_ip(request) if request is not None else ""

    def _limits(self):
        return [(LOGIN_FAILURES_PER_ACCOUNT, self.account_key), (LOGIN_FAILURES_PER_IP, self.ip)]

    def refuse_if_locked(self):
        _refuse_if_exceeded(self._limits())

    def record_failure(self):
        for limit, key in self._limits():
            if key:
                limit.hit(key)

    def record_success(self):
        if self.account_key:
            LOGIN_FAILURES_PER_ACCOUNT.reset(self.account_key)


def throttle_password_reset(request, email):
    """Count one reset request, or refuse it once the address or the IP has asked too often.

    The same answer whether or not an account exists for the address, so the limit reveals
    nothing about who is registered.
    """
    limits = [(PASSWORD_RESETS_PER_EMAIL, (email or "").strip().lower())]
    if request is not None:
        limits.append((PASSWORD_RESETS_PER_IP, client_ip(request)))
    _refuse_if_exceeded(limits)
    for limit, key in limits:
        if key:
            limit.hit(key)


# Wrong codes of the second login step (home/two_factor/). Counted apart from wrong passwords:
# a correct password clears the password count, and must not buy another round of code guesses.
LOGIN_CODE_FAILURES_PER_ACCOUNT = RateLimit("login-code-account", limit=5, window=15 * 60)


class LoginCodeThrottle:
    """Throttles the codes of one account: the second login step and turning the factor off."""

    def __init__(self, user):
        self.account_key = f"account:{user.pk}"

    def refuse_if_locked(self):
        _refuse_if_exceeded([(LOGIN_CODE_FAILURES_PER_ACCOUNT, self.account_key)])

    def record_failure(self):
        LOGIN_CODE_FAILURES_PER_ACCOUNT.hit(self.account_key)

    def record_success(self):
        LOGIN_CODE_FAILURES_PER_ACCOUNT.reset(self.account_key)
