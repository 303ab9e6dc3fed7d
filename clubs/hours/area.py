"""The hours' and certificates' part of "Mein Engagement": confirmed hours per club and year,
hours waiting for the volunteer's confirmation, and the certificates with the form to create
one.

Template: templates/clubs/hours/area_section.html.
"""

from collections import defaultdict
from decimal import Decimal

from django.db.models import Sum
from django.db.models.functions import ExtractYear

from clubs.hours.certificates import confirmed_names, years_with_hours
from clubs.hours.forms import CertificateForm
from clubs.hours.models import EngagementCertificate, HoursRecord


def hours_per_club_and_year(email):
    """[(year, [(club name, hours)], year's total)], latest year first; confirmed hours only."""
    sums = (
        HoursRecord.objects.confirmed()
        .filter(email__iexact=email)
        .annotate(year=ExtractYear("starts_on"))
        .values("year", "club_name")
        .annotate(total=Sum("hours"))
        .order_by("-year", "club_name")
    )
    years = defaultdict(list)
    for row in sums:
        years[row["year"]].append((row["club_name"], row["total"]))
    return [
        (year, clubs, sum((hours for _club, hours in clubs), Decimal(0)))
        for year, clubs in years.items()
    ]


def area_context(email):
    """What the section shows for `email` (lower case, as the area gives it)."""
    years = years_with_hours(email)
    return {
        "hours_by_year": hours_per_club_and_year(email),
        "hours_waiting": list(
            HoursRecord.objects.filter(
                email__iexact=email, volunteer_confirmed_at__isnull=True
            ).order_by("-starts_on", "pk")
        ),
        "engagement_certificates": list(EngagementCertificate.objects.filter(email__iexact=email)),
        "certificate_form": CertificateForm(years=years, names=confirmed_names(email))
        if years
        else None,
    }
