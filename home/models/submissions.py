"""Receipts of stored form submissions, so that a repeated submission is recognised
(home.submissions)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SubmissionReceipt(models.Model):
    """A form display's submission that was stored, and the answer it got.

    `key` is a hash of the form, its display token and the answers (no personal data can be
    read from it); it is unique, so the database refuses a second receipt even when two
    requests arrive at the same moment. Receipts are removed after SUBMISSION_RECEIPT_HOURS.
    """

    key = models.CharField(_("key"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    redirect_url = models.CharField(_("redirect address"), max_length=2000, blank=True)
    message = models.TextField(_("message"), blank=True)

    class Meta:
        verbose_name = _("submission receipt")
        verbose_name_plural = _("submission receipts")

    def __str__(self):
        return self.key
