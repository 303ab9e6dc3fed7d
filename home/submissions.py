"""A public form sent twice (a double click, a second tab, a reload of a slow answer) is stored
and mailed once; the repeat gets the first one's answer.

Every display of a form carries a random token in a hidden field (`submission_token`). A valid
submission with a token claims a `SubmissionReceipt` whose key is a hash of the form's scope,
the token and the answers, in the same transaction as the stored row and its queued mails. The
key is unique, so the database refuses a second claim even when both requests arrive at once
(on PostgreSQL the second INSERT waits for the first transaction, then fails); the repeat then
answers with the redirect and the message that the first one stored.

The token does not depend on the session, so pages with forms stay cacheable: people who got
the same token from a cached page send different answers and so never collide, while the same
answers from a new display count as a new submission. A submission without a valid token (an
old page, a script) is stored as before, without the check: nothing breaks.
"""

import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import timezone

from home.models.submissions import SubmissionReceipt

TOKEN_FIELD = "submission_token"  # noqa: S105 (a field name, not a secret)
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,64}")


def new_token():
    return secrets.token_urlsafe(24)


class SubmissionTokenField(forms.CharField):
    """The hidden token, new on every display; a missing or malformed one cleans to "" (no
    check) instead of an error that nobody could correct."""

    widget = forms.HiddenInput

    def __init__(self):
        super().__init__(required=False, initial=new_token)

    def clean(self, value):
        value = (value or "").strip()
        return value if TOKEN_PATTERN.fullmatch(value) else ""


def submission_key(scope, cleaned_data, extra=None):
    """The receipt key of a submission, or None without a token."""
    token = cleaned_data.get(TOKEN_FIELD)
    if not token:
        return None
    answers = sorted((name, value) for name, value in cleaned_data.items() if name != TOKEN_FIELD)
    payload = json.dumps([str(scope), token, answers, extra], default=str, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


@dataclass(frozen=True)
class Outcome:
    """The answer to a stored submission: a success message and where to go (by GET)."""

    url: str
    message: str = ""

    def response(self, request):
        if self.message:
            messages.success(request, self.message)
        return redirect(self.url)


class _RepeatedError(Exception):
    """The receipt was claimed by an earlier request with the same key."""


class OnceOnly:
    """One submission of one form display.

    Call `earlier_response()` first (before rate limits, which the first submission already
    counted), then `save(store)` to store it.
    """

    def __init__(self, scope, form, extra=None):
        """`extra`: answers outside the form (e.g. a formset's) that make a submission differ."""
        self.key = submission_key(scope, form.cleaned_data, extra)

    def earlier_response(self, request):
        """The first answer when this submission was stored before, else None."""
        if self.key is None:
            return None
        receipt = SubmissionReceipt.objects.filter(key=self.key).first()
        if receipt is None:
            return None
        return Outcome(receipt.redirect_url or request.path, receipt.message).response(request)

    def save(self, request, store, claim=None):
        """Run `store()` (which stores and queues mails, and returns an Outcome) in one
        transaction with the receipt, unless a parallel twin got there first: then its answer,
        and the rate-limit `claim` of this repeat is given back (only stored submissions count).
        """
        try:
            with transaction.atomic():
                self._claim()
                outcome = store()
                if self.key is not None:
                    SubmissionReceipt.objects.filter(key=self.key).update(
                        redirect_url=outcome.url, message=outcome.message
                    )
        except _RepeatedError:
            if claim is not None:
                claim.give_back()
            return self.earlier_response(request) or redirect(request.path)
        return outcome.response(request)

    def _claim(self):
        if self.key is None:
            return
        try:
            with transaction.atomic():
                SubmissionReceipt.objects.create(key=self.key)
        except IntegrityError:
            raise _RepeatedError from None


def remove_old_receipts(apply=True, now=None):
    """Receipts older than SUBMISSION_RECEIPT_HOURS (a repeat after that counts as new):
    (cutoff, how many), removed only with `apply`."""
    cutoff = (now or timezone.now()) - timedelta(hours=settings.SUBMISSION_RECEIPT_HOURS)
    old = SubmissionReceipt.objects.filter(created_at__lt=cutoff)
    count = old.delete()[0] if apply else old.count()
    return cutoff, count
