"""What accumulates around a request: messages, internal notes, attachments and the timeline."""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from workflows.models.requests import Request


def private_storage():
    """Uploads of requests live outside MEDIA_ROOT, so no web server ever serves them directly;
    only workflows.files hands them out after checking the permission. A callable, so that
    migrations do not record this machine's folder."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


def attachment_path(attachment, filename):
    # A random name: the original name is kept in a column and never used as a path.
    suffix = PurePath(filename).suffix.lower()[:5]
    return f"requests/{attachment.request_id}/{uuid.uuid4().hex}{suffix}"


class Message(models.Model):
    """A message in the conversation, or an internal note that applicants never see."""

    request = models.ForeignKey(Request, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = models.TextField(_("message"), max_length=5000)
    internal = models.BooleanField(
        _("internal note"), default=False, help_text=_("Only staff see internal notes.")
    )
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self):
        return self.body[:60]


class Attachment(models.Model):
    """A quote, a receipt or another document of a request (PDF, JPEG or PNG)."""

    class Kind(models.TextChoices):
        QUOTE = "quote", pgettext_lazy("document of a request", "Quote")
        RECEIPT = "receipt", pgettext_lazy("document of a request", "Receipt")
        OTHER = "other", _("Other document")

    request = models.ForeignKey(Request, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    file = models.FileField(_("file"), upload_to=attachment_path, storage=private_storage)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField(_("size in bytes"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.original_name


class RequestEvent(models.Model):
    """One step in the timeline of a request: who did what, when."""

    request = models.ForeignKey(Request, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=40)
    description = models.CharField(_("step"), max_length=300)
    # Shown to applicants too? Internal steps (taking a task, reminders) are staff-only.
    public = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("step")
        verbose_name_plural = _("timeline")

    def __str__(self):
        return self.description


class ReferenceCounter(models.Model):
    """The last number given per prefix and year; incremented under a row lock."""

    prefix = models.CharField(max_length=4)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["prefix", "year"], name="unique_reference_counter")
        ]

    def __str__(self):
        return f"{self.prefix}-{self.year}: {self.last_number}"
