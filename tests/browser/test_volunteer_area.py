"""Mein Engagement in a real browser: a volunteer asks for the link, opens it and sees their
shift and course place; every page of the area passes axe at 1280 and 375 px in German and
English."""

import re

from playwright.sync_api import expect

from clubs.models import ClubPage, Interest, ShiftSignup
from clubs.volunteer_area.access import create_link
from home.models import EventPage, Registration
from tests.browser.test_accessibility import violations_on


def _volunteer(demo_signup):
    """The demo helper of `demo_signup`, also with a message and a course place."""
    email = demo_signup.email
    club = ClubPage.objects.live().filter(locale__language_code="de").first()
    Interest.objects.create(club=club, name=demo_signup.name, email=email, consent_text="ok")
    event = (
        EventPage.objects.live()
        .filter(locale__language_code="de", registration_enabled=True)
        .upcoming()
        .first()
    )
    Registration.objects.create(
        event=event, status="confirmed", name=demo_signup.name, email=email, consent_text="ok"
    )
    return email, event


def test_a_volunteer_asks_for_the_link_and_sees_what_they_signed_up_for(page, demo, mailoutbox):
    signup = ShiftSignup.objects.active().select_related("shift").first()
    email, event = _volunteer(signup)

    page.goto("/mein-engagement/")
    page.get_by_label("E-Mail-Adresse").fill(email.upper())
    page.get_by_role("button", name=re.compile("Link anfordern|Request link")).click()

    expect(page.locator("main")).to_contain_text(
        re.compile("Wenn es zu dieser Adresse etwas gibt|If there is something under this address")
    )
    (mail,) = [mail for mail in mailoutbox if mail.to == [email]]
    # The mail's link names the configured site address; the browser opens its path here.
    link = re.search(r"https?://[^/\s]+(/mein-engagement/zugang/\S+/)", mail.body).group(1)
    page.goto(link)

    expect(page.locator("main")).to_contain_text(email)
    expect(page.locator("section#shifts")).to_contain_text(signup.shift.task)
    expect(page.locator("section#events")).to_contain_text(event.title)


def test_the_pages_of_the_area_are_accessible(page, demo):
    signup = ShiftSignup.objects.active().first()
    email, _event = _volunteer(signup)
    before = violations_on(
        page,
        {f"{prefix} request": f"{prefix}/mein-engagement/" for prefix in ("", "/en")}
        | {
            f"{prefix} sent": f"{prefix}/mein-engagement/link-angefordert/"
            for prefix in ("", "/en")
        }
        | {
            f"{prefix} invalid link": f"{prefix}/mein-engagement/zugang/abgelaufen/"
            for prefix in ("", "/en")
        },
    )
    page.goto(f"/mein-engagement/zugang/{create_link(email)}/")
    page.locator("section#calendar").get_by_role("button").click()

    after = violations_on(
        page,
        {f"{prefix} overview": f"{prefix}/mein-engagement/" for prefix in ("", "/en")}
        | {f"{prefix} erase": f"{prefix}/mein-engagement/loeschen/" for prefix in ("", "/en")},
    )

    failures = before + after
    assert not failures, "\n\n".join(failures)
