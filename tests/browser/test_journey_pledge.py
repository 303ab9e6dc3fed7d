"""A citizen pledges material and money to a support call from a phone, finds the pledge by the
link in the mail and cancels one; the club confirms the money; axe checks the pages of pledges
in German and English at 1280 and 375 px.

The journey starts on the call's pledge page, which shows the same progress and form as the
call's own page (pledge_section.html). Texts are read in English (the /en/ addresses), the
source language of the new messages."""

import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from clubs.support_calls.models import Pledge, SupportNeed
from clubs.support_calls.pledges import manage_token
from tests.browser.conftest import SCREENSHOTS
from tests.browser.helpers import axe_violations
from tests.clubs.support_call_factories import (
    PledgeFactory,
    SupportCallPageFactory,
    SupportNeedFactory,
)
from tests.factories import ClubDirectoryPageFactory, ClubPageFactory, UserFactory

PHONE = {"width": 375, "height": 800}
CITIZEN = {"name": "Merle Schmidt", "email": "merle.schmidt@example.org"}


@pytest.fixture
def call_world(home_page):
    club = ClubPageFactory(
        parent=ClubDirectoryPageFactory(parent=home_page),
        title="Sportverein Lindau",
        contact_email="post@sv.example",
    )
    call = SupportCallPageFactory(parent=club, title="Neues Dach fürs Vereinsheim", slug="dach")
    SupportNeedFactory(page=call, kind=SupportNeed.Kind.MATERIAL, label="Sack Zement", quantity=10)
    SupportNeedFactory(page=call, kind=SupportNeed.Kind.HELPERS, label="Streichen", quantity=4)
    representative = UserFactory(username="vorstand.sv")
    representative.groups.add(club.representatives)
    return club, call, representative


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


def fill_in_the_person(form):
    form.get_by_label("Your name").fill(CITIZEN["name"])
    form.get_by_label("Your email address").fill(CITIZEN["email"])
    form.get_by_role("checkbox", name=re.compile("I agree")).check()


def test_a_citizen_pledges_material_and_money_and_cancels_one(page, call_world, mailoutbox):
    _club, call, _representative = call_world
    page.set_viewport_size(PHONE)
    page.goto(f"/en/unterstuetzen/{call.pk}/zusage/")
    expect(page.get_by_text("The portal processes no payments.", exact=False)).to_be_visible()

    form = page.locator("form.pledge-form")
    form.get_by_role("radio", name="Material").check()
    form.get_by_label("Which material (for material)").select_option(
        label="Sack Zement (10 of 10 open)"
    )
    form.get_by_label("How many").fill("3")
    fill_in_the_person(form)
    form.get_by_role("button", name="Pledge").click()
    expect(page.get_by_text("Thank you for your pledge!")).to_be_visible()
    material = Pledge.objects.get(kind="material")
    expect(page.get_by_text(material.purpose_reference).first).to_be_visible()

    page.goto(f"/en/unterstuetzen/{call.pk}/zusage/")
    expect(page.get_by_text("3 of 10 pledged, 7 still open").first).to_be_visible()
    form = page.locator("form.pledge-form")
    form.get_by_role("radio", name="Money").check()
    form.get_by_label("Amount in euros (for money)").fill("25,50")
    fill_in_the_person(form)
    form.get_by_role("button", name="Pledge").click()
    expect(page.get_by_text("Thank you for your pledge!")).to_be_visible()
    money = Pledge.objects.get(kind="money")
    assert money.amount == Decimal("25.50")
    expect(page.get_by_text("DE02120300000000202051")).to_be_visible()

    confirmation = next(
        mail
        for mail in mailoutbox
        if mail.to == [CITIZEN["email"]] and material.purpose_reference in mail.body
    )
    link = re.search(r"https?://\S+/zusage/\S+/", confirmation.body).group()
    page.goto(re.sub(r"^https?://[^/]+", "", link))
    expect(page.get_by_text("Sack Zement: 3 (material)")).to_be_visible()
    page.get_by_role("button", name="Cancel my pledge").click()
    expect(page.get_by_text("Your pledge is cancelled.")).to_be_visible()
    material.refresh_from_db()
    money.refresh_from_db()
    assert material.cancelled_at is not None
    assert money.cancelled_at is None
    with translation.override("de"):  # the club's notes go out in the site's language
        subject = gettext('Pledge cancelled: "%(call_title)s"') % {"call_title": call.title}
    assert any(mail.subject == subject for mail in mailoutbox if "post@sv.example" in mail.to)
    assert axe_violations(page) == ""


def test_the_club_confirms_that_the_money_arrived(page, live_server, call_world):
    club, call, representative = call_world
    pledge = PledgeFactory(call=call, name="Jana Kruse", amount=Decimal("40"))
    log_in_as(page, live_server, representative)
    page.set_viewport_size(PHONE)

    page.goto(f"/en/mein-bereich/vereine/{club.pk}/aufrufe/{call.pk}/zusagen/")
    expect(page.get_by_text("Jana Kruse")).to_be_visible()
    page.get_by_role("button", name=re.compile("Confirm received")).click()

    expect(page.get_by_text(re.compile("is confirmed as received"))).to_be_visible()
    expect(page.get_by_text("40.00 € of 5,000.00 € received").first).to_be_visible()
    pledge.refresh_from_db()
    assert pledge.received_at is not None


def test_the_pages_of_pledges_are_accessible(page, live_server, call_world):
    club, call, representative = call_world
    money = PledgeFactory(call=call, amount=Decimal("40"), received_at=None)
    PledgeFactory(call=call, amount=Decimal("60"), received_at="2026-01-05T10:00:00+01:00")
    log_in_as(page, live_server, representative)
    folder = SCREENSHOTS / "pledges"
    folder.mkdir(parents=True, exist_ok=True)
    failures = []
    for prefix in ("", "/en"):
        paths = {
            "pledge": f"{prefix}/unterstuetzen/{call.pk}/zusage/",
            "manage": f"{prefix}/unterstuetzen/zusage/{manage_token(money)}/",
            "manage-invalid": f"{prefix}/unterstuetzen/zusage/kaputt/",
            "club-list": f"{prefix}/mein-bereich/vereine/{club.pk}/aufrufe/{call.pk}/zusagen/",
        }
        for width in (1280, 375):
            page.set_viewport_size({"width": width, "height": 900})
            for name, path in paths.items():
                page.goto(path)
                language = "en" if prefix else "de"
                page.screenshot(path=folder / f"{name}-{language}-{width}.png", full_page=True)
                if report := axe_violations(page):
                    failures.append(f"{path} at {width} px:\n{report}")
            # The form's answer with errors, as a screen reader meets it.
            page.goto(f"{prefix}/unterstuetzen/{call.pk}/zusage/")
            page.locator("form.pledge-form button[type=submit]").click()
            expect(page.locator("[data-error-summary]")).to_be_visible()
            if report := axe_violations(page):
                failures.append(f"errors of {prefix or '/'} at {width} px:\n{report}")
    assert not failures, "\n\n".join(failures)
