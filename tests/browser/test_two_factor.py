"""Setting up two-factor login as a person does it: the QR code shows under the Content
Security Policy, the key typed into an "app" gives the code, and the next login asks for it."""

import base64

from django_otp.oath import totp
from playwright.sync_api import expect

from home.roles import EDITORS, setup_role
from tests.browser.helpers import assert_accessible
from tests.factories import UserFactory

PASSWORD = "correct-horse-battery"  # UserFactory's


def app_code_for(secret_as_shown):
    """What an authenticator app shows for the key the page gives for typing in."""
    secret = secret_as_shown.replace(" ", "")
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    return f"{totp(key):06d}"


def log_in_with_password(page):
    page.context.clear_cookies()
    page.goto("/konto/anmelden/")
    page.get_by_label("E-Mail-Adresse oder Benutzername").fill("redakteurin")
    page.get_by_label("Passwort", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Anmelden", exact=True).click()


def test_an_editor_sets_up_two_factor_login_and_logs_in_with_a_recovery_code(page):
    refusals = []
    page.on(
        "console",
        lambda message: (
            refusals.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    UserFactory(username="redakteurin").groups.add(setup_role(EDITORS))
    log_in_with_password(page)
    page.wait_for_url("**/admin/")

    page.goto("/konto/zwei-faktor/einrichten/")
    qr_code = page.get_by_alt_text("QR-Code mit dem geheimen Schlüssel")
    expect(qr_code).to_be_visible()
    assert qr_code.evaluate("image => image.naturalWidth") > 0
    assert_accessible(page)
    secret = page.locator(".two-factor-secret").inner_text()
    page.get_by_label("Code aus der App").fill(app_code_for(secret))
    page.get_by_role("button", name="Einschalten").click()
    expect(page.get_by_text("Sie werden nur dieses eine Mal angezeigt")).to_be_visible()
    recovery_code = page.locator(".two-factor-recovery-codes li").first.inner_text()

    log_in_with_password(page)
    page.wait_for_url("**/konto/anmelden/code/")
    assert_accessible(page)
    page.get_by_label("Code", exact=True).fill(recovery_code)
    page.get_by_role("button", name="Anmelden", exact=True).click()

    page.wait_for_url("**/admin/")
    assert refusals == []
