""" "Bestätigung erneut senden": people who lost the confirmation of their registration ask for it
again, with its cancellation link.

The page has one field, the email address. The answer is the same whether or not the address
holds a registration for the event, so the form tells nobody who registered; the mail goes only
to the address that registered, never to another. A rate limit per address and per IP address
keeps it from being used to flood an inbox, and a double click sends once (home.submissions).
"""

from django import forms
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.events.models import EventPage, Registration
from home.kern_forms import KernFormMixin, email_field, honeypot_field, honeypot_filled
from home.ratelimit import RateLimit, claim_for_form, client_ip
from home.submissions import OnceOnly, Outcome, SubmissionTokenField

from .registration import send_registration_mail

EMAIL_RATE_LIMIT = RateLimit("registration-resend-email", limit=3, window=60 * 60)
IP_RATE_LIMIT = RateLimit("registration-resend-ip", limit=20, window=60 * 60)
TEMPLATE = "pages/event_resend_page.html"
MAIL_FOR_STATUS = {
    Registration.Status.CONFIRMED: "registration_confirmed",
    Registration.Status.WAITING: "registration_waiting",
}


class ResendForm(KernFormMixin, forms.Form):
    email = email_field(
        _("Please enter the email address you registered with."),
        help_text=_("The address you entered when you registered."),
    )
    website = honeypot_field()
    submission_token = SubmissionTokenField()

    rate_limited_message = _(
        "You have asked for the confirmation several times in a short time. Please try again "
        "in an hour."
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip()


def resend_confirmation(index, request, event_slug):
    event = get_object_or_404(EventPage.objects.child_of(index).live().public(), slug=event_slug)
    event = event.specific
    form = ResendForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if honeypot_filled(form):
            return _answer(event, request).response(request)
        if form.is_valid():
            once = OnceOnly(f"resend:{event.pk}", form)
            if repeated := once.earlier_response(request):
                return repeated
            if claim := claim_for_form(
                request,
                form,
                [
                    (EMAIL_RATE_LIMIT, form.cleaned_data["email"]),
                    (IP_RATE_LIMIT, client_ip(request)),
                ],
            ):
                with claim:
                    return once.save(request, lambda: _resend(event, request, form), claim=claim)
    context = {"page": index, "self": index, "event": event, "form": form}
    return TemplateResponse(request, TEMPLATE, context)


def _resend(event, request, form):
    email = form.cleaned_data["email"]
    registration = (
        Registration.objects.filter(event=event.default_language_event(), email__iexact=email)
        .active()
        .first()
    )
    if registration is not None:
        send_registration_mail(MAIL_FOR_STATUS[registration.status], registration, request)
    return _answer(event, request)


def _answer(event, request):
    """The same for every address: whether it holds a registration stays unsaid."""
    message = gettext(
        "If this email address is registered for this event, we have sent the confirmation "
        "with the cancellation link to it again. Please also look in your spam folder."
    )
    return Outcome(f"{event.get_url(request=request) or '/'}#anmeldung", message)
