"""The mails about hours: to the volunteer when the club confirmed a shift's hours or recorded
hours to be confirmed, and to the club when the volunteer says recorded hours are wrong. Each is
queued in the caller's transaction (home.mail)."""

from django.conf import settings
from django.urls import reverse
from django.utils import formats, translation

from clubs.hours.certificate_pdf import hours_text
from clubs.hours.recording import CONFIRM_LINK_DAYS, confirm_token
from home.mail import send_templated_mail, site_name


def _period(record):
    start = formats.date_format(record.starts_on, "SHORT_DATE_FORMAT")
    if record.starts_on == record.ends_on:
        return start
    return f"{start} – {formats.date_format(record.ends_on, 'SHORT_DATE_FORMAT')}"


def _context(record, request):
    with translation.override(record.language):
        area = reverse("volunteer_area")
        return {
            "site_name": site_name(request),
            "record": record,
            "period": _period(record),
            "hours": hours_text(record.hours),
            "area_url": request.build_absolute_uri(area),
        }


def send_shift_hours_confirmed(record, request):
    send_templated_mail(
        "hours_shift_confirmed",
        _context(record, request),
        to=[record.email],
        language=record.language,
    )


def send_please_confirm(record, request):
    context = _context(record, request)
    with translation.override(record.language):
        path = reverse("hours_confirm", kwargs={"token": confirm_token(record)})
    context.update(confirm_url=request.build_absolute_uri(path), link_days=CONFIRM_LINK_DAYS)
    send_templated_mail(
        "hours_please_confirm", context, to=[record.email], language=record.language
    )


def send_declined_to_club(record, request):
    club = record.club.specific if record.club else None
    recipients = club.representative_emails() if club else []
    if not recipients:
        return
    language = settings.LANGUAGE_CODE
    context = _context(record, request)
    with translation.override(language):
        context["hours_url"] = request.build_absolute_uri(
            reverse("club_hours", kwargs={"club_id": club.pk})
        )
    send_templated_mail("hours_declined", context, to=recipients, language=language)
