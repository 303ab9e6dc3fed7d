"""The form that asks for a link to Mein Engagement: one address, a honeypot, a submission token.

Its rate limits count every request alike, whether anything is stored under the address or
not, so that being refused says nothing about the address either.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.kern_forms import KernFormMixin, email_field, honeypot_field, honeypot_filled
from home.ratelimit import RateLimit
from home.submissions import SubmissionTokenField

# A person asks again when a mail is late; more than this floods a mailbox.
EMAIL_RATE_LIMIT = RateLimit("volunteer-area-link-email", limit=5, window=60 * 60)
# A village hall's wireless is one address for many, so per IP this only stops floods.
IP_RATE_LIMIT = RateLimit("volunteer-area-link-ip", limit=30, window=60 * 60)


class LinkRequestForm(KernFormMixin, forms.Form):
    email = email_field(
        _("Please enter the email address you used to sign up or write to a club."),
        help_text=_("The address you used for sign-ups, registrations or messages to clubs."),
    )
    website = honeypot_field()
    submission_token = SubmissionTokenField()

    rate_limited_message = _(
        "You have asked for a link several times in a short time. Please look in your mailbox "
        "(also in the spam folder) or try again in an hour."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Email address")

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    @property
    def honeypot_filled(self):
        return honeypot_filled(self)
