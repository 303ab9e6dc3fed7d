"""A club's loan calendar: the accepted loans that have not ended yet, as lender and as
borrower, for the page in "Mein Bereich" and as an iCalendar file (home.events.ical).

Each loan is one all-day event from its first to its last day. Its UID is made of the loan's
number and the configured site address (WAGTAILADMIN_BASE_URL), not the host of the request,
so calendar programs update an entry instead of adding it twice, whichever address fetched it.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from clubs.exchange.loans import is_lender, other_club
from clubs.exchange.models import Loan
from home.events.ical import calendar, escape_text, utc


def upcoming_loans(club, today=None):
    """Accepted loans of the club (as lender or borrower) that end today or later."""
    today = today or timezone.localdate()
    return (
        Loan.objects.filter(Q(item__club=club) | Q(borrower=club))
        .filter(state=Loan.State.ACCEPTED, ends_on__gte=today)
        .select_related("item__club", "borrower")
        .order_by("starts_on", "ends_on", "pk")
    )


def calendar_rows(club, today=None):
    return [
        {"loan": loan, "lender": is_lender(loan, club), "other_club": other_club(loan, club)}
        for loan in upcoming_loans(club, today)
    ]


def loan_uid(loan):
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    return f"loan-{loan.pk}@{host}"


def _summary(row):
    loan = row["loan"]
    if row["lender"]:
        return _("Lent: %(item)s to %(club)s") % {
            "item": loan.item.title,
            "club": row["other_club"].title,
        }
    return _("Borrowed: %(item)s from %(club)s") % {
        "item": loan.item.title,
        "club": row["other_club"].title,
    }


def _vevent(row, club, request, now):
    loan = row["loan"]
    url = request.build_absolute_uri(
        reverse("club_loan", kwargs={"club_id": club.pk, "loan_id": loan.pk})
    )
    day_after = loan.ends_on + datetime.timedelta(days=1)
    return [
        "BEGIN:VEVENT",
        f"UID:{loan_uid(loan)}",
        f"DTSTAMP:{utc(now)}",
        f"DTSTART;VALUE=DATE:{loan.starts_on:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day_after:%Y%m%d}",
        f"SUMMARY:{escape_text(_summary(row))}",
        f"DESCRIPTION:{escape_text(url)}",
        f"URL:{url}",
        "END:VEVENT",
    ]


def ics_response(club, request, now=None):
    """The club's calendar as a file; private, as it names agreements between clubs."""
    now = now or timezone.now()
    name = _("Loans of %(club)s") % {"club": club.title}
    body = calendar(name, [_vevent(row, club, request, now) for row in calendar_rows(club)])
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    filename = f"ausleihen-{slugify(club.title) or club.pk}.ics"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
