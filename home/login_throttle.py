"""Brute-force protection for the one login (site and admin) and the password reset.

Failed logins are counted per pair of account and IP address, and per IP address across all
accounts. A stranger's guesses therefore use up only the stranger's own attempts: the owner,
logging in from another address, is never locked out by them. Once a limit is used up, the
login from that address is refused for the rest of the window even with the right password,
so guessing gains nothing. There is deliberately no limit per account across all addresses:
whoever reached it would lock the owner out, which is what this module must prevent. Guessing
from many addresses is slowed by the per-address limits and made hopeless by the password
validators.

Each attempt is counted *before* the password is checked (home/ratelimit.py claims a slot
atomically), so a burst of parallel guesses gets no further than the limit; a successful login
gives its slot back and clears the pair's count. The account's counters are keyed with its
password hash, so a new password (a completed reset or change) starts them from zero. The
counters live in the shared cache, so they hold across worker processes.
"""

import math

from django.core.exceptions import ValidationError
from django.utils.translation import ngettext

from home.auth import find_account
from home.ratelimit import RateLimit, RateLimitExceededError, claim_all, client_ip

LOGIN_FAILURES_PER_ACCOUNT_AND_IP = RateLimit("login-account-ip", limit=5, window=15 * 60)
# A whole village can share one public address (carrier-grade NAT, the community hall's
# wireless): this limit only stops one address from guessing at many accounts, so it is far
# above what the people behind one address mistype in 15 minutes.
LOGIN_FAILURES_PER_IP = RateLimit("login-ip", limit=50, window=15 * 60)
PASSWORD_RESETS_PER_EMAIL = RateLimit("password-reset-email", limit=3, window=60 * 60)
# The per-email limit protects each inbox; the per-IP one only stops floods (see above).
PASSWORD_RESETS_PER_IP = RateLimit("password-reset-ip", limit=30, window=60 * 60)


class ThrottledError(ValidationError):
    """A refusal by a limit: the German wait message, and the seconds for `Retry-After`."""

    def __init__(self, request, retry_after):
        minutes = max(1, math.ceil(retry_after / 60))
        message = ngettext(
            "Too many attempts. Please wait %(minutes)d minute and try again.",
            "Too many attempts. Please wait %(minutes)d minutes and try again.",
            minutes,
        ) % {"minutes": minutes}
        super().__init__(message, code="throttled")
        if request is not None:
            # home.ratelimit.TooManyRequestsMiddleware answers with 429 and Retry-After.
            request.rate_limit_retry_after = retry_after


def _claim_or_refuse(request, limits_and_keys):
    try:
        return claim_all(limits_and_keys)
    except RateLimitExceededError as refused:
        raise ThrottledError(request, refused.retry_after) from None


def _account_key(login):
    """One key per account, whichever of its names is tried, renewed with every new password."""
    account = find_account(login)
    if account is None:
        return f"login:{login.strip().lower()}"
    return f"account:{account.pk}:{account.password}"  # hashed again by RateLimit


class LoginThrottle:
    def __init__(self, request, login):
        self.request = request
        self.ip = client_ip(request) if request is not None else ""
        self.pair_key = f"{_account_key(login)}|{self.ip}" if login else ""
        self.claim = None

    def count_attempt(self):
        """Count this attempt as failed until it succeeds, or raise `ThrottledError`."""
        self.claim = _claim_or_refuse(
            self.request,
            [(LOGIN_FAILURES_PER_ACCOUNT_AND_IP, self.pair_key), (LOGIN_FAILURES_PER_IP, self.ip)],
        )

    def record_success(self):
        if self.claim is not None:
            self.claim.give_back()
        if self.pair_key:
            LOGIN_FAILURES_PER_ACCOUNT_AND_IP.reset(self.pair_key)


def throttle_password_reset(request, email):
    """Count one reset request, or refuse it once the address or the IP has asked too often.

    The same answer whether or not an account exists for the address, so the limit reveals
    nothing about who is registered.
    """
    limits = [(PASSWORD_RESETS_PER_EMAIL, (email or "").strip().lower())]
    if request is not None:
        limits.append((PASSWORD_RESETS_PER_IP, client_ip(request)))
    _claim_or_refuse(request, limits)


# Wrong codes of the second login step (home/two_factor/). Counted apart from wrong passwords:
# a correct password clears the password count, and must not buy another round of code guesses.
# Only someone who knows the password reaches this step, so a count per account cannot be used
# by strangers to lock the owner out.
LOGIN_CODE_FAILURES_PER_ACCOUNT = RateLimit("login-code-account", limit=5, window=15 * 60)


class LoginCodeThrottle:
    """Throttles the codes of one account: the second login step and turning the factor off.

    Like the password, each attempt is counted before the code is checked, so parallel guesses
    get no further than the limit; a right code gives its count back and clears the others.
    """

    def __init__(self, user):
        self.account_key = f"account:{user.pk}"
        self.claim = None

    def count_attempt(self):
        """Count this attempt as failed until it succeeds, or raise `ThrottledError`."""
        self.claim = _claim_or_refuse(None, [(LOGIN_CODE_FAILURES_PER_ACCOUNT, self.account_key)])

    def record_success(self):
        if self.claim is not None:
            self.claim.give_back()
        LOGIN_CODE_FAILURES_PER_ACCOUNT.reset(self.account_key)
