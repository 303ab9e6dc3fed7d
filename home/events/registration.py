"""Registration for events (Anmeldung), the waiting list and cancellation.

Capacity is never exceeded, also when many people register at the same moment: `register()` and
`cancel()` take a row lock on the event (SELECT ... FOR UPDATE on PostgreSQL) inside one
transaction, so counting the places taken and storing the new registration happen one request
after the other. A unique constraint on (event, email) for active registrations backs up the
duplicate check; a double click on the form gets the first answer and no second mail
(home.submissions). When a confirmed person cancels, the first people on the waiting list move up,
in the order they registered, and get an email.

Registrations belong to the event in the default language, whichever translation people used;
their emails are written in the language of the page they registered on.
"""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from home.events.models import EventIndexPage, EventPage, Registration
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
from home.mail import send_templated_mail, volunteer_area_url
from home.models.taxonomy import Topic
from home.ratelimit import RateLimit, claim_for_form, client_ip
from home.submissions import OnceOnly, Outcome, SubmissionTokenField

from .dates import format_session

EMAIL_RATE_LIMIT = RateLimit("registration-email", limit=5, window=60 * 60)
# Per email is the primary limit; a village behind one public address (carrier-grade NAT, the
# community hall's wireless) registers for the same course together, so per IP only stops floods.
IP_RATE_LIMIT = RateLimit("registration-ip", limit=60, window=60 * 60)
CANCEL_SALT = "home.events.cancel-registration"


class RegistrationError(Exception):
    """Registration is not possible; `message` tells the person why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class RegistrationForm(KernFormMixin, forms.Form):
    name = person_name_field(
        _("Please enter your name."),
        help_text=_("As it should appear on the participation certificate."),
    )
    email = email_field(
        _("Please enter your email address so that we can confirm your place."),
        help_text=_("We send the confirmation and the cancellation link to this address."),
    )
    organisation = forms.CharField(
        label=_("Club or organisation"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={
            "max_length": _("Please shorten the name to at most %(limit_value)d characters."),
        },
    )
    phone = phone_field(help_text=_("In case the date changes at short notice."))
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs"),
        required=False,
        max_length=1000,
        help_text=_("e.g. step-free access, sign language interpreting, large print."),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": _(
                "Please shorten your note to at most %(limit_value)d characters; "
                "it has %(show_value)d."
            ),
        },
    )
    consent = consent_field(
        _("Please agree that we store your details; otherwise we cannot register you.")
    )
    website = honeypot_field()
    submission_token = SubmissionTokenField()

    rate_limited_message = _(
        "You have registered several times in a short time. Please try again in an hour."
    )

    def __init__(self, *args, event_title, privacy_url=None, **kwargs):
        super().__init__(*args, **kwargs)
        consent = gettext(
            "I agree that my details are stored to organise “%(event)s”, that the organisers "
            "see them and that they are used for the participation certificate."
        ) % {"event": event_title}
        consent, label_html = consent_with_privacy_link(consent, privacy_url)
        self.consent_text = consent  # stored with the registration, as plain text
        self.fields["consent"].label_html = label_html

    def clean_name(self):
        # One line: no line breaks that could end up in a mail header, the export or the PDF.
        return " ".join(self.cleaned_data["name"].split())

    def clean_organisation(self):
        return " ".join(self.cleaned_data["organisation"].split())

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    @property
    def honeypot_filled(self):
        return honeypot_filled(self)


@dataclass(frozen=True)
class Availability:
    """What a card and the event page say about places: one of `none` (no registration),
    `closed`, `open`, `waiting` (full, waiting list open) or `full`."""

    state: str
    free_places: int | None = None

    @property
    def accepts_registrations(self):
        return self.state in ("open", "waiting")


def availability(event, confirmed_count, last_end, now=None):
    """Pure: from the event's settings, the confirmed registrations and its last session's end."""
    now = now or timezone.now()
    if not event.registration_enabled:
        return Availability("none")
    if (
        last_end is None
        or last_end < now
        or (event.registration_deadline and event.registration_deadline < now)
    ):
        return Availability("closed")
    if event.capacity is None:
        return Availability("open")
    free = max(event.capacity - confirmed_count, 0)
    if free:
        return Availability("open", free)
    return Availability("waiting" if event.waiting_list_enabled else "full", 0)


def with_availability(events, now=None):
    """Attach `availability` to events annotated by `EventQuerySet.with_listing_data` and
    `upcoming` (no queries)."""
    events = list(events)
    for event in events:
        event.availability = availability(event, event.confirmed_count, event.last_end, now)
    return events


def _lock(event):
    """The event row, locked until the transaction ends (a no-op on SQLite, which writes one
    transaction at a time anyway)."""
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)


def register(event, data, *, consent_text, language, now=None):
    """Store a registration: confirmed while places are free, else on the waiting list.

    Raises RegistrationError when registration is closed, full without a waiting list, or the
    email address already holds a place.
    """
    target = event.default_language_event()
    duplicate = RegistrationError(
        _(
            "You are already registered for this event with this email address. Your "
            "confirmation email has the link to cancel."
        )
    )
    try:
        with transaction.atomic():
            locked = _lock(target)
            # Taken once the lock is held: registration times follow the order of the queue.
            now = now or timezone.now()
            reason = locked.registration_closed_reason(now)
            if reason:
                raise RegistrationError(reason)
            active = Registration.objects.filter(event=locked).active()
            if active.filter(email__iexact=data["email"]).exists():
                raise duplicate
            confirmed = active.filter(status=Registration.Status.CONFIRMED).count()
            if locked.capacity is None or confirmed < locked.capacity:
                status, confirmed_at = Registration.Status.CONFIRMED, now
            elif locked.waiting_list_enabled:
                status, confirmed_at = Registration.Status.WAITING, None
            else:
                raise RegistrationError(_("All places are taken."))
            return Registration.objects.create(
                event=locked,
                status=status,
                name=data["name"],
                email=data["email"],
                organisation=data.get("organisation", ""),
                phone=data.get("phone", ""),
                accessibility_needs=data.get("accessibility_needs", ""),
                consent_text=consent_text,
                language=language,
                created_at=now,
                confirmed_at=confirmed_at,
            )
    except IntegrityError:
        # Only the unique constraint can fail here: the same address at the same moment.
        raise duplicate from None


def fill_free_places(event, now=None):
    """Move people up from the waiting list, in order, while places are free. Call it with
    the event locked; returns the registrations that moved up."""
    now = now or timezone.now()
    end = event.ends_at()
    if end is None or end < now:
        return []
    confirmed = event.registrations.filter(status=Registration.Status.CONFIRMED).count()
    moved = []
    for waiting in event.registrations.waiting_in_order():
        if event.capacity is not None and confirmed >= event.capacity:
            break
        waiting.status = Registration.Status.CONFIRMED
        waiting.confirmed_at = now
        waiting.save(update_fields=["status", "confirmed_at"])
        confirmed += 1
        moved.append(waiting)
    return moved


def cancel(registration, now=None):
    """Cancel a registration; (was it active, the registrations that moved up)."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _lock(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Registration.Status.CANCELLED:
            return False, []
        was_confirmed = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        moved = fill_free_places(event, now) if was_confirmed else []
    return True, moved


def cancel_and_notify(registration, request):
    """Cancel a registration and queue its mails in one transaction: the cancellation mail and
    one for each person who moved up (home.mail). A queue that cannot be written leaves the
    place as it was, so nobody moves up without being told. (was it active, who moved up)"""
    with transaction.atomic():
        cancelled, moved_up = cancel(registration)
        if cancelled:
            registration.refresh_from_db()
            send_registration_mail("registration_cancelled", registration, request)
            for person in moved_up:
                send_registration_mail("registration_moved_up", person, request)
    return cancelled, moved_up


# Signed cancellation links


def cancel_token(registration):
    return signing.dumps(str(registration.reference), salt=CANCEL_SALT)


def registration_for_token(token):
    """The registration a cancellation link names, or None for a forged or broken link."""
    try:
        reference = signing.loads(str(token)[:500], salt=CANCEL_SALT)
    except signing.BadSignature:
        return None
    return (
        Registration.objects.filter(reference=reference).select_related("event").first()
        if isinstance(reference, str)
        else None
    )


def _index_in(locale_event):
    """The event index above an event page (any language), specific."""
    parent = locale_event.get_parent()
    return parent.specific if parent else None


def cancel_url(registration, event_in_language, request):
    index = _index_in(event_in_language)
    if not isinstance(index, EventIndexPage):
        return ""
    path = index.get_url(request=request) + index.reverse_subpage("cancel_registration")
    return request.build_absolute_uri(f"{path}?{urlencode({'token': cancel_token(registration)})}")


def event_in_language(registration):
    """The registration's event in the language the person registered in, if translated."""
    from wagtail.models import Locale

    event = registration.event
    locale = Locale.objects.filter(language_code=registration.language).first()
    if locale and locale.pk != event.locale_id:
        translated = event.get_translation_or_none(locale)
        if translated is not None and translated.live:
            return translated.specific
    return event


def send_registration_mail(template, registration, request):
    """One of the emails about a registration, in the person's language (after commit)."""
    from wagtail.models import Site

    event = event_in_language(registration)
    site = Site.find_for_request(request)
    site_name = site.site_name if site and site.site_name else settings.WAGTAIL_SITE_NAME
    with translation.override(registration.language):
        sessions = [
            {"when": format_session(session.start, session.end), "title": session.title}
            for session in event.ordered_sessions()
        ]
    context = {
        "site_name": site_name,
        "registration": registration,
        "event": event,
        "sessions": sessions,
        "event_url": request.build_absolute_uri(event.get_url(request=request) or "/"),
        "cancel_url": cancel_url(registration, event, request),
        "place": place_text(event),
        "volunteer_area_url": volunteer_area_url(request, registration.language),
    }
    send_templated_mail(template, context, to=[registration.email], language=registration.language)


def place_text(event):
    """The place in one line, or how to take part online."""
    if event.is_online:
        return gettext("Online") + (f" – {event.online_note}" if event.online_note else "")
    town = " ".join(part for part in (event.postcode, event.town) if part)
    if not town and event.municipality_id:
        town = event.municipality.name
    return ", ".join(part for part in (event.venue, event.street, town) if part)


# The event page


def get_registration_form(event, request, data=None):
    form = RegistrationForm(data, event_title=event.title, privacy_url=privacy_page_url(request))
    form.is_preview = getattr(request, "is_preview", False)
    return form


def registration_context(event, request):
    target = event.default_language_event()
    confirmed = (
        target.registrations.filter(status=Registration.Status.CONFIRMED).count()
        if target.pk  # an event being created, in the editors' preview, has none yet
        else 0
    )
    state = availability(event, confirmed, event.ends_at())
    form = getattr(request, "_registration_form", None)  # a refused POST, with its errors
    return {
        "availability": state,
        "registration_form": form or get_registration_form(event, request),
        "sessions": event.ordered_sessions(),
        "organiser": event.organiser_page(),
        "topic_names": _topic_names(event),
        "place": place_text(event),
        "calendar_url": event_calendar_url(event, request),
        "resend_url": _subpage_url(event, "resend_confirmation", request),
    }


def event_calendar_url(event, request=None):
    return _subpage_url(event, "event_calendar", request)


def _subpage_url(event, name, request=None):
    """The address of one of the index's pages about `event` (its calendar file, the form to
    resend the confirmation); "" for an event being created or outside an index."""
    if not event.pk:
        return ""
    index = _index_in(event)
    if not isinstance(index, EventIndexPage):
        return ""
    return (index.get_url(request=request) or "") + index.reverse_subpage(
        name, kwargs={"event_slug": event.slug}
    )


def _topic_names(event):
    return Topic.objects.names_in_active_locale(event.topics.all())


def handle_registration_post(event, request):
    """A redirect after a stored registration, or None to show the page with the errors."""
    form = get_registration_form(event, request, data=request.POST)
    if form.honeypot_filled:
        # Bots get an answer that looks like success, but nothing is stored or sent.
        messages.success(request, gettext("Thank you! We have sent you an email."))
        return redirect(event.get_url(request=request) or request.path)
    if form.is_valid():
        once = OnceOnly(f"registration:{event.pk}", form)
        if repeated := once.earlier_response(request):
            return repeated
        if claim := _claim_rate_limits(request, form):
            try:
                with claim:
                    return once.save(
                        request, lambda: _store_registration(event, request, form), claim=claim
                    )
            except RegistrationError as refused:
                form.add_error(None, refused.message)
    request._registration_form = form
    return None


def _claim_rate_limits(request, form):
    return claim_for_form(
        request,
        form,
        [(EMAIL_RATE_LIMIT, form.cleaned_data["email"]), (IP_RATE_LIMIT, client_ip(request))],
    )


def _store_registration(event, request, form):
    registration = register(
        event,
        form.cleaned_data,
        consent_text=form.consent_text,
        language=event.locale.language_code,
    )
    text = _after_registration(request, form, registration)
    return Outcome(event.get_url(request=request) or request.path, text)


def _after_registration(request, form, registration):
    """Queue the mail; the text that tells the person."""
    if registration.status == Registration.Status.CONFIRMED:
        send_registration_mail("registration_confirmed", registration, request)
        text = gettext("Thank you! Your place is confirmed. We have sent you an email.")
    else:
        send_registration_mail("registration_waiting", registration, request)
        position = waiting_position(registration)
        text = ngettext(
            "All places are taken: you are number %(position)d on the waiting list. We will "
            "write to you as soon as a place becomes free.",
            "All places are taken: you are number %(position)d on the waiting list. We will "
            "write to you as soon as a place becomes free.",
            position,
        ) % {"position": position}
    return text


def waiting_position(registration):
    """1 for the first person on the waiting list."""
    earlier = registration.event.registrations.waiting_in_order().filter(
        created_at__lte=registration.created_at
    )
    return earlier.exclude(created_at=registration.created_at, pk__gt=registration.pk).count()
