"""Filters for the portal's log (LOGGING in portal/settings/base.py)."""

import logging


class WithoutTraceback(logging.Filter):
    """Keeps a record's one-line message and drops its traceback.

    For errors that say everything in their message and come in floods: scanners send requests
    with foreign Host headers all day, and a traceback for each would fill the disk (as one per
    503 did during a database outage, see home.views.server_error).
    """

    def filter(self, record):
        record.exc_info = None
        record.exc_text = None
        return True
