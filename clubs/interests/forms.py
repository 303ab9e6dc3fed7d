"""Expressions of interest ("Ich möchte helfen"): the form on every club and opportunity page.

`InterestFormPageMixin` gives a page the form: a GET shows it empty (`interest_form` in the
context), a valid POST stores an `Interest`, queues a confirmation to the volunteer and a
notification to the club's representatives (reply-to the volunteer) and redirects back to the
page; an invalid POST shows the page again with the entries and the errors.

The club's email address is never printed: the form is the only way to write to a club. Against
abuse there is a honeypot field, which bots fill and people never see, and a rate limit per email
address and per IP address; a double click stores and mails once (home.submissions). The
volunteer's own words never go into the confirmation email, so the form cannot be used to send
text of one's choosing to somebody else's address.
"""

from django import forms
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from clubs.interests.models import Interest
from home.kern_forms import (
    KernFormMixin,
    consent_field,
    consent_with_privacy_link,
    email_field,
    honeypot_field,
    honeypot_filled,
    person_name_field,
    phone_field,
    privacy_page_url,
)
from home.mail import send_templated_mail, site_name, volunteer_area_url
from home.ratelimit import RateLimit, claim_for_form, client_ip
from home.submissions import OnceOnly, Outcome, SubmissionTokenField

EMAIL_RATE_LIMIT = RateLimit("interest-email", limit=3, window=60 * 60)
# The per-email limit is the one that protects a club's inbox. Many neighbours can share one
# public address (carrier-grade NAT, the community hall's wireless after a village meeting), so
# the per-IP limit only stops floods and is set well above what one village sends in an hour.
IP_RATE_LIMIT = RateLimit("interest-ip", limit=60, window=60 * 60)
MESSAGE_MAX_LENGTH = 3000


class InterestForm(KernFormMixin, forms.Form):
    name = person_name_field(_("Please enter your name so that the club knows who is writing."))
    email = email_field(_("Please enter your email address so that the club can answer you."))
    phone = phone_field(help_text=_("If the club may also call you."))
    message = forms.CharField(
        label=_("Your message"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Please write a message to the club."),
            "max_length": _(
                "Please shorten your message to at most %(limit_value)d characters; "
                "it has %(show_value)d."
            ),
        },
    )
    consent = consent_field(
        _(
            "Please agree that we pass your details on to the club; otherwise we cannot "
            "send your message."
        )
    )
    website = honeypot_field()
    submission_token = SubmissionTokenField()

    rate_limited_message = _(
        "You have sent several messages in a short time. Please try again in an hour."
    )

    def __init__(self, *args, club_title, privacy_url=None, for_opportunity=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_opportunity = for_opportunity
        if for_opportunity:
            # "I would like to help" says enough; a message is welcome, not required.
            message = self.fields["message"]
            message.required = False
            message.help_text = _("For example when you have time or what you would like to do.")
        consent = gettext(
            "I agree that my details are passed on to %(club)s and to the coordination of "
            "volunteering in the region, and that they are deleted after %(days)s days at "
            "the latest."
        ) % {"club": club_title, "days": settings.INTEREST_RETENTION_DAYS}
        consent, label_html = consent_with_privacy_link(consent, privacy_url)
        # Stored with the interest: the exact wording the volunteer agreed to, as plain text.
        self.consent_text = consent
        self.fields["consent"].label_html = label_html

    def clean_name(self):
        # One line: no line breaks or tabs that could end up in a mail header or the export.
        return " ".join(self.cleaned_data["name"].split())

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    @property
    def honeypot_filled(self):
        return honeypot_filled(self)


def _default_language_version(page):
    return page.get_translation_or_none(Locale.get_default()) or page


class InterestFormPageMixin:
    """The "Ich möchte helfen" form for a page: `ClubPage` and `OpportunityPage` mix it in."""

    interest_form_class = InterestForm

    def interest_targets(self):
        """(club, opportunity) of this page, in the page's own language: a club's page is
        its own club; `OpportunityPage` returns its club and itself."""
        return self, None

    def get_interest_form(self, request, data=None):
        club, opportunity = self.interest_targets()
        form = self.interest_form_class(
            data,
            club_title=club.title,
            privacy_url=privacy_page_url(request),
            for_opportunity=opportunity is not None,
        )
        form.is_preview = getattr(request, "is_preview", False)
        return form

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = getattr(request, "_interest_form", None)  # a refused POST, with its errors
        context["interest_form"] = self.get_interest_form(request) if form is None else form
        return context

    def accepts_interest(self):
        """Pages that no longer take messages (an opportunity that is over) say so instead."""
        return True

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and self.accepts_interest():
            form = self.get_interest_form(request, data=request.POST)
            answer = receive_interest(
                request,
                form,
                scope=f"interest:{self.pk}",
                store=lambda: self._store_interest(request, form),
                success=lambda: self._interest_success(request),
            )
            if answer is not None:
                return answer
            # Shown again with the entries and the errors; get_context() picks the form up.
            request._interest_form = form
        return super().serve(request, *args, **kwargs)

    def _interest_success(self, request):
        return self._interest_outcome(request).response(request)

    def _interest_outcome(self, request):
        club, _opportunity = self.interest_targets()
        return Outcome(self.get_url(request=request) or request.path, thanks_message(club.title))

    def _store_interest(self, request, form):
        self._save_interest(request, form)
        return self._interest_outcome(request)

    def _save_interest(self, request, form):
        club, opportunity = self.interest_targets()
        with transaction.atomic():
            interest = create_interest(
                form,
                # Representatives and coordinators find every message at the club and
                # opportunity in the default language, whichever translation was used.
                club=_default_language_version(club),
                opportunity=_default_language_version(opportunity) if opportunity else None,
            )
            self._send_interest_emails(request, interest, club, opportunity)
        return interest

    def _send_interest_emails(self, request, interest, club, opportunity):
        send_interest_emails(
            request,
            interest,
            club_title=club.title,
            subject_title=opportunity.title if opportunity else "",
            page_url=request.build_absolute_uri(self.get_url(request=request) or request.path),
            language=self.locale.language_code,
        )


def receive_interest(request, form, *, scope, store, success):
    """A POSTed interest form: the answer after storing it once (`store()` returns the
    Outcome), the bots' fake success (`success()`), or None when the form is to be shown
    again with its errors (invalid, or refused by a rate limit)."""
    if form.honeypot_filled:
        # Bots get the same answer as people, but nothing is stored or sent.
        return success()
    if not form.is_valid():
        return None
    once = OnceOnly(scope, form)
    if repeated := once.earlier_response(request):
        return repeated
    claim = claim_for_form(
        request,
        form,
        [(EMAIL_RATE_LIMIT, form.cleaned_data["email"]), (IP_RATE_LIMIT, client_ip(request))],
    )
    if not claim:
        return None
    with claim:
        return once.save(request, store, claim=claim)


def thanks_message(club_title):
    return gettext(
        "Thank you! Your message has been passed on to %(club)s. We have sent you a "
        "confirmation by email."
    ) % {"club": club_title}


def create_interest(form, *, club, opportunity=None, exchange_item=None):
    """The stored message of a valid form, to the club in the default language."""
    data = form.cleaned_data
    return Interest.objects.create(
        club=club,
        opportunity=opportunity,
        exchange_item=exchange_item,
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        message=data["message"],
        consent_text=form.consent_text,
        language=translation.get_language() or settings.LANGUAGE_CODE,
    )


def send_interest_emails(request, interest, *, club_title, subject_title, page_url, language):
    """The confirmation to the volunteer (in `language`, the page's) and the notification to
    the club's representatives (in the default language, reply-to the volunteer).
    `subject_title` names what the volunteer answered (an opportunity or a Tauschbörse need)
    in the page's language; the club reads the default language's title."""
    context = {
        "site_name": site_name(request),
        "club_title": club_title,
        "opportunity_title": subject_title,
        "page_url": page_url,
        "retention_days": settings.INTEREST_RETENTION_DAYS,
        "volunteer_area_url": volunteer_area_url(request, language),
    }
    send_templated_mail("interest_confirmation", context, to=[interest.email], language=language)

    recipients = interest.club.representative_emails()
    if not recipients:
        return
    answered = interest.opportunity or interest.exchange_item
    context = {
        "site_name": site_name(request),
        "interest": interest,
        "club_title": interest.club.title,
        "opportunity_title": answered.title if answered else "",
        "page_url": page_url,
        "language_name": dict(settings.LANGUAGES).get(interest.language, ""),
        "my_area_url": request.build_absolute_uri(reverse("my_area")),
    }
    send_templated_mail(
        "interest_notification",
        context,
        to=recipients,
        language=settings.LANGUAGE_CODE,
        reply_to=[interest.email],
    )
