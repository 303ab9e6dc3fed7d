"""A citizen signs up for a shift from a phone, and every public page of shifts passes axe at
1280 and 375 px in German and English (the demo's summer tournament has shifts with a few free
places, the courtyard concert's are full)."""

import re

from playwright.sync_api import expect

from clubs.models import Shift, ShiftSignup
from clubs.shifts.signups import cancel_token
from tests.browser.conftest import SCREENSHOTS
from tests.browser.helpers import axe_violations

HELPER = {"name": "Merle Schmidt", "email": "merle.schmidt@example.org"}
PHONE = {"width": 375, "height": 800}


def test_a_citizen_signs_up_for_a_shift_from_a_phone(page, demo, mailoutbox):
    page.set_viewport_size(PHONE)
    page.goto("/engagement/?schichten=on&sortierung=naechster-termin")
    page.get_by_role("link", name="Helfende für das Sommerturnier").click()

    shifts = page.get_by_role("region", name="Schichten")
    expect(shifts).to_contain_text("noch 1 von 4 Plätzen frei")
    expect(shifts).to_contain_text("Ausgebucht")
    shifts.get_by_role("link", name=re.compile("Für diese Schicht eintragen")).first.click()

    form = page.locator("form.shift-signup-form")
    form.get_by_label("Ihr Name").fill(HELPER["name"])
    form.get_by_label("Ihre E-Mail-Adresse").fill(HELPER["email"])
    form.get_by_role("checkbox", name=re.compile("Ich bin einverstanden")).check()
    form.get_by_role("button", name="Eintragen").click()

    expect(page.get_by_text(re.compile("Vielen Dank! Sie sind für die Schicht am"))).to_be_visible()
    signup = ShiftSignup.objects.select_related("shift").get(email=HELPER["email"])
    assert signup.shift.task == "Aufbau und Grill"
    assert signup.name == HELPER["name"]
    assert any(HELPER["email"] in mail.to for mail in mailoutbox)
    assert axe_violations(page) == ""


def test_the_pages_of_shifts_are_accessible(page, demo):
    free = Shift.objects.with_places().filter(free__gt=0).order_by("date", "starts_at").first()
    full = Shift.objects.with_places().filter(free=0).first()
    signup = ShiftSignup.objects.filter(shift=free).first()
    token = cancel_token(signup)
    offer_de = free.opportunity
    offer_en = offer_de.get_translation(offer_de.locale.__class__.objects.get(language_code="en"))
    folder = SCREENSHOTS / "shifts"
    folder.mkdir(parents=True, exist_ok=True)
    failures = []
    for prefix, offer in (("", offer_de), ("/en", offer_en)):
        paths = {
            "offer": offer.url,
            "signup-form": f"{prefix}/schichten/{free.pk}/anmelden/",
            "signup-full": f"{prefix}/schichten/{full.pk}/anmelden/",
            "cancel": f"{prefix}/schichten/absagen/{token}/",
            "cancel-invalid": f"{prefix}/schichten/absagen/kaputt/",
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
            page.goto(f"{prefix}/schichten/{free.pk}/anmelden/")
            page.locator("form.shift-signup-form button[type=submit]").click()
            page.wait_for_load_state()
            if report := axe_violations(page):
                failures.append(f"errors of {prefix or '/'} at {width} px:\n{report}")
    assert not failures, "\n\n".join(failures)
