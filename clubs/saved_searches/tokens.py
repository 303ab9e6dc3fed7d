"""The signed links of saved searches. They carry the search's `reference` (a random UUID),
never its number, and are signed with a salt of their own, so no other signed link of the
portal works here.

The confirmation link expires with the unconfirmed search (SAVED_SEARCH_UNCONFIRMED_DAYS). The
link to change or unsubscribe has no expiry: it stands in every digest for the search's whole
life and dies with the search, as it names nothing else.
"""

import datetime
import uuid

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "clubs.saved_searches.confirm"
MANAGE_SALT = "clubs.saved_searches.manage"


def confirm_token(search):
    return signing.dumps(str(search.reference), salt=CONFIRM_SALT)


def manage_token(search):
    return signing.dumps(str(search.reference), salt=MANAGE_SALT)


def _reference(token, salt, max_age=None):
    try:
        return uuid.UUID(signing.loads(token, salt=salt, max_age=max_age))
    except (signing.BadSignature, ValueError, TypeError):  # SignatureExpired is a BadSignature
        return None


def confirm_reference(token):
    """The reference of a confirmation link, or None when altered, foreign or expired."""
    max_age = datetime.timedelta(days=settings.SAVED_SEARCH_UNCONFIRMED_DAYS)
    return _reference(token, CONFIRM_SALT, max_age)


def manage_reference(token):
    return _reference(token, MANAGE_SALT)
