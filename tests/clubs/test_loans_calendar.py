"""A club's calendar of loans: its coming accepted loans as lender and borrower, on the page
and as an iCalendar file whose entries keep their UID whichever host asked."""

from urllib.parse import urlsplit

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone, translation

from clubs.exchange.models import Loan
from tests.clubs.exchange_factories import item_of, loan_of
from tests.clubs.loan_world import *  # noqa: F403 (the fixtures)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def url(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


@pytest.fixture
def loans(club_a, club_b, club_c, item_of_b):
    own = item_of(club_a, title="Beamer")
    return {
        "borrowed": loan_of(item_of_b, club_a, days_ahead=3, state=Loan.State.ACCEPTED),
        "lent": loan_of(own, club_c, days_ahead=0, state=Loan.State.ACCEPTED),
        "requested": loan_of(item_of_b, club_a, days_ahead=20),
        "past": loan_of(own, club_b, days_ahead=-10, state=Loan.State.ACCEPTED),
        "others": loan_of(item_of_b, club_c, days_ahead=30, state=Loan.State.ACCEPTED),
    }


def test_the_page_lists_coming_accepted_loans_in_both_roles(client, representative, club_a, loans):
    client.force_login(representative)

    response = client.get(url("club_calendar", club_a.pk))

    assert [row["loan"] for row in response.context["lent"]] == [loans["lent"]]
    assert [row["loan"] for row in response.context["borrowed"]] == [loans["borrowed"]]
    page = response.content.decode()
    assert "Kulturverein Nord" in page  # the club that borrows our projector
    assert "Chor Süd" in page  # the club we borrow the tent from


def test_the_ics_file_holds_the_same_loans_as_all_day_events(
    client, representative, club_a, loans, settings
):
    client.force_login(representative)

    response = client.get(url("club_calendar_ics", club_a.pk))

    assert response["Content-Type"].startswith("text/calendar")
    assert response["Cache-Control"] == "private, no-store"
    events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    by_uid = {str(event["UID"]): event for event in events}
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname
    assert set(by_uid) == {f"loan-{loans['lent'].pk}@{host}", f"loan-{loans['borrowed'].pk}@{host}"}
    borrowed = by_uid[f"loan-{loans['borrowed'].pk}@{host}"]
    assert borrowed["DTSTART"].dt == loans["borrowed"].starts_on
    assert (borrowed["DTEND"].dt - loans["borrowed"].ends_on).days == 1
    assert "Chor Süd" in str(borrowed["SUMMARY"])


def test_uids_do_not_depend_on_the_host_of_the_request(
    client, representative, club_a, loans, settings
):
    settings.ALLOWED_HOSTS = ["*"]
    client.force_login(representative)

    def uids(host):
        response = client.get(url("club_calendar_ics", club_a.pk), HTTP_HOST=host)
        return sorted(
            str(event["UID"])
            for event in icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        )

    assert uids("portal.example.org") == uids("other.example.net")


def test_an_empty_calendar_says_so(client, representative, club_a):
    client.force_login(representative)

    page = client.get(url("club_calendar", club_a.pk)).content.decode()

    assert "No accepted loans ahead." in page
