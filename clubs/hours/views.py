"""The volunteer's side of hours, and the public verification of certificates.

- `hours_confirm`: the mailed link to recorded hours; GET only asks ("Stimmt das?"), the
  buttons POST (mail scanners open links, they do not press buttons).
- In "Mein Engagement" (`volunteer_area_required`): answer hours waiting for confirmation,
  create a certificate, download it. Each looks the record up by the area's address, so another
  person's record answers 404.
- `/nachweis/`: anybody checks a code; the page says whether the certificate is genuine and
  what it states, nothing more, and is never kept by a shared cache, so a revocation shows at
  once.
"""

from functools import wraps

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from clubs.hours import certificates, mails, recording
from clubs.hours.certificate_pdf import certificate_pdf, period
from clubs.hours.forms import CertificateForm, VerifyForm
from clubs.hours.models import EngagementCertificate, HoursRecord
from clubs.volunteer_area.access import volunteer_area_required
from home.mail import site_name
from home.models.site_settings import PortalSettings
from home.ratelimit import RateLimit, client_ip
from home.submissions import OnceOnly, Outcome

# Codes cannot be guessed (31^12), but nobody needs to check hundreds an hour either.
VERIFY_RATE_LIMIT = RateLimit("certificate-verify-ip", limit=60, window=60 * 60)


def _private(view):
    """Never kept by a shared cache or the browser: a revocation must show at once, and the
    pages name a person."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        return response

    return wrapped


def _area_url():
    return reverse("volunteer_area")


# The mailed link


@_private
def hours_confirm(request, token):
    try:
        record = recording.record_for_token(token)
    except recording.LinkExpiredError:
        return render(request, "clubs/hours/confirm.html", {"expired": True}, status=410)
    if record is None:
        return render(request, "clubs/hours/confirm.html", {"invalid": True}, status=404)
    done = ""
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "decline" and record.volunteer_confirmed_at is None:
            _decline(request, record)
            return render(
                request,
                "clubs/hours/confirm.html",
                {"record": record, "declined": True},
            )
        if action == "confirm":
            recording.confirm(record)
            done = _("Thank you! The hours are confirmed and count for your certificate.")
    return render(
        request,
        "clubs/hours/confirm.html",
        {"record": record, "done_message": done, "area_url": _area_url()},
    )


def _decline(request, record):
    """Delete the hours and tell the club, together or not at all."""
    with transaction.atomic():
        declined = recording.decline(record)
        if declined:
            mails.send_declined_to_club(record, request)
    return declined


# Mein Engagement


@volunteer_area_required
@require_POST
def hours_answer(request, record_id):
    """Confirm or decline hours waiting in the area; only the area's own records."""
    record = get_object_or_404(
        HoursRecord.objects.select_related("club"),
        pk=record_id,
        email__iexact=request.volunteer_email,
    )
    action = request.POST.get("action")
    if action == "decline":
        if _decline(request, record):
            messages.success(request, _("The hours are deleted; we have told the club."))
    elif action == "confirm":
        recording.confirm(record)
        messages.success(request, _("The hours are confirmed and count for your certificate."))
    return redirect(_area_url())


@volunteer_area_required
@require_POST
def certificate_create(request):
    email = request.volunteer_email
    form = CertificateForm(
        request.POST,
        years=certificates.years_with_hours(email),
        names=certificates.confirmed_names(email),
    )
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(_area_url() + "#certificates")
    once = OnceOnly(f"engagement-certificate:{email}", form)
    if repeated := once.earlier_response(request):
        return repeated
    return once.save(request, lambda: _issue(request, email, form))


def _issue(request, email, form):
    year = form.cleaned_data["year"]
    certificate = certificates.issue(
        email, form.cleaned_data["name"], year, translation.get_language() or "de"
    )
    if certificate is None:
        messages.warning(
            request,
            _("There are no confirmed hours for that year yet, so there is nothing to certify.")
            if year
            else _("There are no confirmed hours yet, so there is nothing to certify."),
        )
        return Outcome(_area_url() + "#certificates")
    return Outcome(
        _area_url() + "#certificates",
        _("Your Engagementnachweis %(code)s is ready to download.") % {"code": certificate.code},
    )


@volunteer_area_required
@require_POST
def certificate_withdraw(request, certificate_id):
    """The person withdraws their own certificate: its code then verifies as withdrawn. Only
    the holder's own certificates; a second click changes nothing."""
    certificate = get_object_or_404(
        EngagementCertificate, pk=certificate_id, email__iexact=request.volunteer_email
    )
    with translation.override(certificate.language):
        reason = _("Withdrawn by the person it was issued to.")
    if certificates.revoke(certificate.pk, None, reason):
        messages.success(
            request,
            _("The Engagementnachweis %(code)s is withdrawn; checking its code now says so.")
            % {"code": certificate.code},
        )
    return redirect(_area_url() + "#certificates")


def verify_url(request, certificate):
    with translation.override(certificate.language):
        path = reverse("engagement_certificate_verify_code", args=[certificate.code])
    return request.build_absolute_uri(path)


def _operator(request):
    """The portal's operator as the certificate names it: the site's name, and the office and
    address from the portal settings where they are filled in."""
    settings = PortalSettings.for_request(request)
    name = site_name(request)
    if settings.organisation_name and settings.organisation_name != name:
        name = f"{name} · {settings.organisation_name}"
    place = " ".join(part for part in (settings.postcode, settings.city) if part)
    address = ", ".join(part for part in (settings.street, place) if part)
    return name, address


@volunteer_area_required
def certificate_download(request, certificate_id):
    certificate = get_object_or_404(
        EngagementCertificate,
        pk=certificate_id,
        email__iexact=request.volunteer_email,
        revoked_at__isnull=True,
    )
    operator_name, operator_address = _operator(request)
    content = certificate_pdf(
        certificate,
        verify_url=verify_url(request, certificate),
        operator_name=operator_name,
        operator_address=operator_address,
    )
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="engagementnachweis-{certificate.code}.pdf"'
    )
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


# Public verification


@_private
def verify(request):
    form = VerifyForm(request.GET or None)
    if form.is_bound and form.is_valid():
        code = certificates.normalised_code(form.cleaned_data["code"])
        if code:
            return redirect("engagement_certificate_verify_code", code=code)
        form.add_error(
            "code",
            _("This is not a certificate code. It has 12 letters and digits, e.g. ABCD-EFGH-JKMN."),
        )
    return render(request, "clubs/hours/verify.html", {"form": form})


@_private
def verify_code(request, code):
    address = client_ip(request)
    if not VERIFY_RATE_LIMIT.allow(address):
        # TooManyRequestsMiddleware answers this page with 429 and Retry-After.
        request.rate_limit_retry_after = VERIFY_RATE_LIMIT.retry_after(address)
        refused = _("Too many codes checked from your connection. Please try again in an hour.")
        return render(
            request, "clubs/hours/verify.html", {"form": VerifyForm(), "refused": refused}
        )
    certificate = certificates.certificate_for_code(code)
    if certificate is None:
        return render(
            request,
            "clubs/hours/verify_result.html",
            {"form": VerifyForm()},
            status=404,
        )
    return render(
        request,
        "clubs/hours/verify_result.html",
        {
            "certificate": certificate,
            "statement": certificate.statement,
            "entries": [
                {**entry, "period": period(entry)}
                for entry in certificate.statement.get("entries", [])
            ],
        },
    )
