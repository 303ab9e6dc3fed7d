"""The form to sign up for a shift: name, email, optional phone and consent, no account.

Like the other public forms it has a honeypot, rate limits per email and per IP address and a
submission token, so that a double click signs up and mails once (home.submissions).
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.kern_forms import (
    KernFormMixin,
    consent_field,
    consent_with_privacy_link,
    email_field,
    honeypot_field,
    honeypot_filled,
    person_name_field,
    phone_field,
)
from home.ratelimit import RateLimit
from home.submissions import SubmissionTokenField

EMAIL_RATE_LIMIT = RateLimit("shift-signup-email", limit=5, window=60 * 60)
# Per email is the limit that matters; neighbours behind one public address (the community
# hall's wireless after the meeting that planned the fair) sign up together, so per IP only
# stops floods.
IP_RATE_LIMIT = RateLimit("shift-signup-ip", limit=60, window=60 * 60)


class ShiftSignupForm(KernFormMixin, forms.Form):
    name = person_name_field(
        _("Please enter your name so that the club knows who is coming."),
    )
    email = email_field(
        _("Please enter your email address so that we can confirm your shift."),
        help_text=_("We send the confirmation and the link to cancel to this address."),
    )
    phone = phone_field(help_text=_("If the club may call you, e.g. when plans change."))
    consent = consent_field(
        _("Please agree that we pass your details on to the club; otherwise we cannot sign you up.")
    )
    website = honeypot_field()
    submission_token = SubmissionTokenField()

    rate_limited_message = _(
        "You have signed up several times in a short time. Please try again in an hour."
    )

    def __init__(self, *args, club_title, privacy_url=None, **kwargs):
        super().__init__(*args, **kwargs)
        consent = gettext(
            "I agree that my details are passed on to %(club)s for this shift and that they "
            "are deleted %(days)s days after the shift at the latest."
        ) % {"club": club_title, "days": settings.SHIFT_SIGNUP_RETENTION_DAYS}
        consent, label_html = consent_with_privacy_link(consent, privacy_url)
        self.consent_text = consent  # stored with the sign-up: the exact words agreed to
        self.fields["consent"].label_html = label_html

    def clean_name(self):
        # One line: no line breaks that could end up in a mail header or the helper list.
        return " ".join(self.cleaned_data["name"].split())

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    @property
    def honeypot_filled(self):
        return honeypot_filled(self)
