"""Forms that applicants and staff share: a message and a document upload."""

from django import forms
from django.utils.translation import gettext_lazy as _

from workflows.models import Attachment


class MessageForm(forms.Form):
    body = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea({"rows": 3}))


class StaffMessageForm(MessageForm):
    internal = forms.BooleanField(
        label=_("Internal note (the applicant does not see it)"), required=False
    )


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Document"), help_text=_("PDF, JPEG or PNG, at most 10 MB."))
    kind = forms.ChoiceField(label=_("Kind"), choices=Attachment.Kind.choices)
