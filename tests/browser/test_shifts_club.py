"""A club board at a phone-sized window adds shifts, sees who signed up and writes to the
helpers; axe checks the club's shift pages in German and English at 1280 and 375 px."""

import datetime

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from clubs.models import OpportunityPage, Shift
from tests.browser.helpers import assert_accessible
from tests.factories import (
    ClubDirectoryPageFactory,
    ClubPageFactory,
    OpportunityPageFactory,
    ShiftFactory,
    ShiftSignupFactory,
    UserFactory,
)

PHONE = {"width": 375, "height": 800}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def club_world(home_page):
    club = ClubPageFactory(parent=ClubDirectoryPageFactory(parent=home_page), title="TSV Lindau")
    offer = OpportunityPageFactory(
        parent=club,
        title="Sommerfest",
        commitment=OpportunityPage.Commitment.ONE_OFF,
        starts_on=timezone.localdate() + datetime.timedelta(days=14),
    )
    representative = UserFactory(username="vorstand.tsv", first_name="Lena", last_name="Petersen")
    representative.groups.add(club.representatives)
    return club, offer, representative


def log_in_as(page, live_server, user):
    """The session of a forced login, handed to the browser as its cookie."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def shifts_path(club, offer, prefix=""):
    return f"{prefix}/mein-bereich/vereine/{club.pk}/angebote/{offer.pk}/schichten/"


def add_shift(page, day, start, end, helpers, task):
    page.locator("[name=shift-date]").fill(day.isoformat())
    page.locator("[name=shift-starts_at]").fill(start)
    page.locator("[name=shift-ends_at]").fill(end)
    page.locator("[name=shift-helpers_needed]").fill(str(helpers))
    page.locator("[name=shift-task]").fill(task)
    page.locator("#add-shift ~ form button[type=submit]").click()
    page.wait_for_load_state()


def test_a_board_member_adds_two_shifts_and_writes_to_the_helpers_from_a_phone(
    page, live_server, club_world, mailoutbox
):
    club, offer, representative = club_world
    page.set_viewport_size(PHONE)
    log_in_as(page, live_server, representative)
    day = timezone.localdate() + datetime.timedelta(days=14)

    page.goto(shifts_path(club, offer))
    add_shift(page, day, "10:00", "13:00", 4, "Aufbau")
    add_shift(page, day, "13:00", "17:00", 2, "Kuchenstand")

    assert page.locator(".club-shift").count() == 2
    first = Shift.objects.get(task="Aufbau")
    ShiftSignupFactory(shift=first, name="Anna Beispiel", email="anna@example.org")
    ShiftSignupFactory(shift=first, name="Bodo Muster", email="bodo@example.org")
    page.reload()
    assert page.locator(".club-shift__signups strong", has_text="Anna Beispiel").is_visible()

    page.locator(f"a[href$='/schichten/{first.pk}/nachricht/']").click()
    page.locator("[name=subject]").fill("Treffpunkt")
    page.locator("[name=text]").fill("Wir treffen uns am Vereinsheim.")
    page.locator("form.stacked-form button[type=submit]").click()
    page.wait_for_url(f"**{shifts_path(club, offer)}")

    assert sorted(mail.to for mail in mailoutbox) == [["anna@example.org"], ["bodo@example.org"]]
    for mail in mailoutbox:
        other = "bodo@example.org" if mail.to == ["anna@example.org"] else "anna@example.org"
        assert other not in str(mail.message())
    assert page.locator(".site-messages").is_visible()


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_clubs_shift_pages_have_no_wcag_aa_violations(page, live_server, club_world, prefix):
    club, offer, representative = club_world
    shift = ShiftFactory(opportunity=offer, task="Kuchenstand", place_note="Am Sportplatz")
    signup = ShiftSignupFactory(shift=shift, name="Anna Beispiel", phone="0461 12345")
    ShiftFactory(opportunity=offer, date=timezone.localdate() - datetime.timedelta(days=3))
    log_in_as(page, live_server, representative)
    base = f"{prefix}/mein-bereich/vereine/{club.pk}"
    paths = [
        shifts_path(club, offer, prefix),
        f"{base}/schichten/{shift.pk}/nachricht/",
        f"{base}/angebote/{offer.pk}/nachricht/",
        f"{base}/anmeldungen/{signup.pk}/absagen/",
        f"{base}/schichten/{shift.pk}/loeschen/",
        f"{base}/schichten/{shift.pk}/bearbeiten/",
    ]

    for size in (DESKTOP, PHONE):
        page.set_viewport_size(size)
        for path in paths:
            response = page.goto(path)
            assert response.status == 200, path
            assert_accessible(page)
    # A form with its errors, too.
    page.goto(shifts_path(club, offer, prefix))
    page.locator("[name=shift-helpers_needed]").fill("0")
    page.locator("#add-shift ~ form button[type=submit]").click()
    page.wait_for_load_state()
    assert_accessible(page)
