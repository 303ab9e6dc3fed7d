"""Two-factor login: after the password, a code from an app or a recovery code; groups can
require it. Codes are computed the way an authenticator app computes them (RFC 6238)."""

import re

import pytest
import time_machine
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import given, settings
from wagtail.models import ModelLogEntry

from home.login_throttle import LOGIN_CODE_FAILURES_PER_ACCOUNT
from home.models import GroupTwoFactorRequirement
from home.roles import EDITORS, setup_role
from home.two_factor.devices import confirm_app_device, pending_app_device
from tests.factories import UserFactory
from tests.security.payloads import hostile_text
from tests.security.test_hostile_input import HOSTILE, assert_shown_back, fresh_example

pytestmark = pytest.mark.django_db

LOGIN = "/konto/anmelden/"
CODE_STEP = "/konto/anmelden/code/"
SETUP = "/konto/zwei-faktor/einrichten/"
PASSWORD = "correct-horse-battery"  # UserFactory's


def app_code(device, steps_off=0):
    """The code the authenticator app shows now (or `steps_off` periods away) for the device's
    secret."""
    code = totp(
        device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=steps_off
    )
    return f"{code:06d}"


def wrong_code(device):
    """A code that is none of those the device accepts now (the current period and one on
    either side, for clocks that are a little off)."""
    accepted = {app_code(device, steps_off) for steps_off in (-1, 0, 1)}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in accepted)


@pytest.fixture
def editor(site):
    user = UserFactory(username="redakteurin")
    user.groups.add(setup_role(EDITORS))
    return user


@pytest.fixture
def recovery_codes(editor):
    """The editor's second factor, set up; returns the recovery codes."""
    return confirm_app_device(pending_app_device(editor))


def app_device(user):
    return TOTPDevice.objects.get(user=user, confirmed=True)


def log_in_with_password(client, username="redakteurin", **data):
    return client.post(LOGIN, {"username": username, "password": PASSWORD, **data})


def test_an_account_without_second_factor_logs_in_with_the_password_as_before(client, editor):
    response = log_in_with_password(client)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.session[SESSION_KEY] == str(editor.pk)
    assert client.get("/admin/").status_code == 200


def test_the_password_alone_opens_nothing_when_a_second_factor_is_set_up(
    client, editor, recovery_codes
):
    response = log_in_with_password(client)

    assert response["Location"] == CODE_STEP
    assert SESSION_KEY not in client.session
    # Half logged in: neither the admin nor "Mein Bereich" opens.
    assert client.get("/admin/")["Location"].startswith("/konto/anmelden/?next=/admin/")
    assert client.get("/mein-bereich/")["Location"].startswith("/konto/anmelden/")
    html = client.get(CODE_STEP).content.decode()
    assert 'autocomplete="one-time-code"' in html


def test_the_code_from_the_app_completes_the_login_and_follows_next(client, editor, recovery_codes):
    log_in_with_password(client, next="/admin/pages/")

    response = client.post(CODE_STEP, {"code": app_code(app_device(editor))})

    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.session[SESSION_KEY] == str(editor.pk)
    assert client.get("/admin/").status_code == 200


@time_machine.travel("2026-12-07 10:00:05 +00:00", tick=False)
def test_a_wrong_code_is_refused_and_five_lock_the_code_step(client, editor, recovery_codes):
    log_in_with_password(client)

    for _ in range(LOGIN_CODE_FAILURES_PER_ACCOUNT.limit):
        response = client.post(CODE_STEP, {"code": wrong_code(app_device(editor))})
        assert response.status_code == 200
        assert "Dieser Code stimmt nicht oder wurde schon verwendet" in response.content.decode()
        assert SESSION_KEY not in client.session
    # A new password login does not buy new guesses, and now even the right code waits.
    log_in_with_password(client)
    response = client.post(CODE_STEP, {"code": app_code(app_device(editor))})

    assert "Zu viele Versuche. Bitte warten Sie 15 Minuten" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_a_code_from_the_app_is_accepted_only_once(client, editor, recovery_codes):
    with time_machine.travel(timezone.now(), tick=False):
        log_in_with_password(client)
        code = app_code(app_device(editor))
        assert client.post(CODE_STEP, {"code": code}).status_code == 302
        client.logout()

        log_in_with_password(client)
        response = client.post(CODE_STEP, {"code": code})

    assert response.status_code == 200
    assert SESSION_KEY not in client.session


def test_a_recovery_code_logs_in_once(client, editor, recovery_codes):
    code = recovery_codes[0]
    log_in_with_password(client)
    # Typed as people type it: in capitals, in two halves.
    response = client.post(
        CODE_STEP, {"code": f"{code[:4].upper()} {code[4:].upper()}"}, follow=True
    )

    assert client.session[SESSION_KEY] == str(editor.pk)
    assert "noch 9" in response.content.decode() or "9 remain" in response.content.decode()
    client.logout()
    log_in_with_password(client)
    response = client.post(CODE_STEP, {"code": code})

    assert response.status_code == 200
    assert SESSION_KEY not in client.session


def test_the_code_step_without_a_password_sends_back_to_the_login(client, editor, recovery_codes):
    response = client.post(CODE_STEP, {"code": app_code(app_device(editor))})

    assert response["Location"] == LOGIN
    assert SESSION_KEY not in client.session


@time_machine.travel("2026-12-07 10:00:05 +00:00", tick=False)
def test_setup_shows_a_qr_code_and_the_key_and_switches_on_with_the_first_code(client, editor):
    client.force_login(editor)

    html = client.get(SETUP).content.decode()
    assert re.search(r'<img class="two-factor-qr" src="data:image/svg\+xml;base64,', html)
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    wrong = client.post(SETUP, {"code": wrong_code(device)})
    assert "Dieser Code stimmt nicht" in wrong.content.decode()
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()

    response = client.post(SETUP, {"code": app_code(device)})

    html = client.get(response["Location"]).content.decode()
    codes = StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    assert len(codes) == 10
    assert all(code in html for code in codes)
    assert "nur dieses eine Mal angezeigt" in html
    # The session that set it up stays logged in; the next login asks for a code.
    assert client.get("/admin/").status_code == 200
    client.logout()
    assert log_in_with_password(client)["Location"] == CODE_STEP


def test_a_double_click_on_switching_on_shows_the_recovery_codes_once(client, editor):
    client.force_login(editor)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    code = app_code(device)

    client.post(SETUP, {"code": code})
    second = client.post(SETUP, {"code": code})  # the browser shows the answer to this one
    shown = client.get(second["Location"]).content.decode()

    codes = list(StaticToken.objects.filter(device__user=editor).values_list("token", flat=True))
    assert len(codes) == 10
    assert all(code in shown for code in codes)
    reloaded = client.get(second["Location"])
    assert reloaded["Location"] == "/konto/zwei-faktor/"  # shown once, never again
    assert not any(code in client.get("/konto/zwei-faktor/").content.decode() for code in codes)


def test_switching_off_needs_the_password_or_a_code(client, editor, recovery_codes):
    log_in_with_password(client)
    client.post(CODE_STEP, {"code": recovery_codes[0]})

    refused = client.post("/konto/zwei-faktor/ausschalten/", {"confirmation": "geraten"})
    assert "Das Passwort oder der Code stimmt nicht" in refused.content.decode()
    assert TOTPDevice.objects.filter(user=editor).exists()

    response = client.post("/konto/zwei-faktor/ausschalten/", {"confirmation": PASSWORD})

    assert response["Location"] == "/konto/zwei-faktor/"
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticDevice.objects.filter(user=editor).exists()
    client.logout()
    assert log_in_with_password(client)["Location"] == "/admin/"


def test_a_session_opened_before_the_second_factor_was_set_up_is_ended(client, editor):
    client.force_login(editor)
    confirm_app_device(pending_app_device(editor))  # e.g. in another browser

    response = client.get("/mein-bereich/")

    assert response["Location"].startswith("/konto/anmelden/")
    assert SESSION_KEY not in client.session


@settings(HOSTILE, max_examples=40)
@given(code=hostile_text(100))
def test_hostile_codes_never_break_the_code_step_or_log_in(client, editor, recovery_codes, code):
    with fresh_example(client):
        log_in_with_password(client)
        response = client.post(CODE_STEP, {"code": code})

        assert SESSION_KEY not in client.session
        assert_shown_back(response, "code step", [code])


@pytest.fixture
def required_for_editors(editor):
    GroupTwoFactorRequirement.objects.create(group=editor.groups.get(), required=True)


def test_a_group_that_requires_it_sends_members_without_a_factor_to_setup(
    client, editor, required_for_editors
):
    response = log_in_with_password(client, next="/admin/pages/")
    while response.status_code == 302:
        response = client.get(response["Location"])

    assert response.wsgi_request.path == SETUP
    assert "Ihre Gruppe verlangt die Zwei-Faktor-Anmeldung" in response.content.decode()
    for closed in ("/admin/", "/admin/pages/", "/mein-bereich/", "/konto/zwei-faktor/"):
        assert client.get(closed)["Location"] == SETUP, closed

    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    client.post(SETUP, {"code": app_code(device)})

    assert client.get("/admin/").status_code == 200
    assert client.get("/mein-bereich/").status_code == 200


def test_a_member_of_a_group_without_the_requirement_is_not_asked(client, editor):
    GroupTwoFactorRequirement.objects.create(
        group=Group.objects.create(name="Andere"), required=True
    )
    log_in_with_password(client)

    assert client.get("/admin/").status_code == 200


def test_an_administrator_requires_it_in_the_group_edit_view(client, editor):
    admin = UserFactory(username="admin", is_superuser=True)
    client.force_login(admin)
    group = editor.groups.get()
    url = f"/admin/groups/edit/{group.pk}/"
    assert "Mitglieder müssen sich mit einem zweiten Faktor anmelden" in (
        client.get(url).content.decode()
    )

    response = client.post(url, _group_form_data(group, **{"two_factor-required": "on"}))

    assert response.status_code == 302
    assert GroupTwoFactorRequirement.objects.get(group=group).required
    client.post(url, _group_form_data(group))
    assert not GroupTwoFactorRequirement.objects.get(group=group).required


def _group_form_data(group, **extra):
    """The group form as the admin posts it, with no permission rows (they do not matter here)."""
    data = {"name": group.name}
    for prefix in (
        "page_permissions",
        "collection_permissions",
        "image_permissions",
        "document_permissions",
    ):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    return {**data, **extra}


def test_an_administrator_removes_a_lost_second_factor(client, editor, recovery_codes):
    admin = UserFactory(username="admin", is_superuser=True)
    client.force_login(admin)

    listing = client.get("/admin/zwei-faktor/").content.decode()
    assert editor.get_full_name() in listing
    response = client.post("/admin/zwei-faktor/", {"user": editor.pk})

    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticDevice.objects.filter(user=editor).exists()
    entry = ModelLogEntry.objects.get(action="home.two_factor_removed")
    assert (entry.object_id, entry.user_id) == (str(editor.pk), admin.pk)
    client.logout()
    assert log_in_with_password(client)["Location"] == "/admin/"


def test_staff_without_the_right_to_change_accounts_cannot_remove_factors(
    client, editor, recovery_codes
):
    other = UserFactory(username="kollegin")
    other.groups.add(editor.groups.get())
    client.force_login(other)

    # Wagtail answers a refused admin page with a redirect to the dashboard and a message.
    assert client.get("/admin/zwei-faktor/")["Location"] == "/admin/"
    assert client.post("/admin/zwei-faktor/", {"user": editor.pk})["Location"] == "/admin/"
    assert TOTPDevice.objects.filter(user=editor).exists()


def test_account_managers_cannot_remove_an_administrators_factor(client):
    administrator = UserFactory(username="chefin", is_superuser=True)
    confirm_app_device(pending_app_device(administrator))
    manager = UserFactory(username="personal")
    manager.user_permissions.add(
        Permission.objects.get(content_type__app_label="home", codename="change_user"),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    client.force_login(manager)

    response = client.post("/admin/zwei-faktor/", {"user": administrator.pk})

    assert response.status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=administrator, confirmed=True).exists()
    assert not ModelLogEntry.objects.filter(action="home.two_factor_removed").exists()


def test_a_requirement_also_reaches_people_who_are_logged_in_already(client, editor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200

    GroupTwoFactorRequirement.objects.create(group=editor.groups.get(), required=True)

    assert client.get("/admin/")["Location"] == SETUP


def test_staff_find_their_second_factor_in_the_admin_account_page(client, editor):
    client.force_login(editor)

    html = client.get("/admin/account/").content.decode()

    assert 'href="/konto/zwei-faktor/"' in html
