"""The forms of saved searches: the address and frequency on the public page (with consent,
honeypot and submission token like every public form), and the frequency when changing one.
The filters themselves are the finder's own form (clubs.opportunities.filters)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from clubs.saved_searches.models import SavedSearch
from clubs.volunteer_area.access import normalised
from home.kern_forms import (
    KernFormMixin,
    consent_field,
    consent_with_privacy_link,
    email_field,
    honeypot_field,
    honeypot_filled,
)
from home.ratelimit import RateLimit
from home.submissions import SubmissionTokenField

EMAIL_RATE_LIMIT = RateLimit("saved-search-email", limit=5, window=60 * 60)
# Per address is the limit that matters; per IP only stops floods (a village hall's wireless
# is one address for many).
IP_RATE_LIMIT = RateLimit("saved-search-ip", limit=30, window=60 * 60)


def frequency_field():
    return forms.ChoiceField(
        label=_("How often"),
        choices=SavedSearch.Frequency.choices,
        initial=SavedSearch.Frequency.WEEKLY,
        widget=forms.RadioSelect,
        help_text=_("We only write when there is something new."),
        error_messages={
            "required": _("Please choose how often we send you new offers."),
            "invalid_choice": _("Please choose daily or weekly."),
        },
    )


class SavedSearchForm(KernFormMixin, forms.Form):
    email = email_field(
        _("Please enter your email address so that we can send you new offers."),
        help_text=_("We first send a link to this address to confirm it."),
    )
    frequency = frequency_field()
    consent = consent_field(
        _(
            "Please agree that we store your address for this saved search; otherwise we "
            "cannot send you new offers."
        )
    )
    website = honeypot_field()
    submission_token = SubmissionTokenField()

    rate_limited_message = _(
        "You have saved several searches in a short time. Please try again in an hour."
    )

    def __init__(self, *args, privacy_url=None, **kwargs):
        super().__init__(*args, **kwargs)
        consent = gettext(
            "I agree that my email address and these filters are stored to send me new offers "
            "until I unsubscribe, and that the saved search ends after %(days)s days without use."
        ) % {"days": settings.SAVED_SEARCH_UNUSED_DAYS}
        consent, label_html = consent_with_privacy_link(consent, privacy_url)
        self.consent_text = consent  # stored with the search: the exact words agreed to
        self.fields["consent"].label_html = label_html

    def clean_email(self):
        """In lower case, as every address of Mein Engagement: the rate limit per address and
        the area's lists then treat Anna@ and anna@ as the one person they are."""
        return normalised(self.cleaned_data["email"])

    @property
    def honeypot_filled(self):
        return honeypot_filled(self)


class FrequencyForm(KernFormMixin, forms.Form):
    frequency = frequency_field()
