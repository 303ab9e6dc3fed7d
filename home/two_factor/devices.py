"""Who has or needs a second factor, and the few things done with django-otp's devices.

A person "has a second factor" when a confirmed TOTP device (an authenticator app) exists;
the recovery codes are a static device next to it, created and removed together with it.
"""

import base64
import re

import qrcode
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, OuterRef
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode.image.svg import SvgPathFillImage

from home.models.users import GroupTwoFactorRequirement

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "app"
RECOVERY_DEVICE_NAME = "recovery"


def _confirmed_app_devices(user_ref):
    return TOTPDevice.objects.filter(user=user_ref, confirmed=True)


def _requirements(user_ref):
    return GroupTwoFactorRequirement.objects.filter(required=True, group__user=user_ref)


def has_second_factor(user):
    return _confirmed_app_devices(user).exists()


def is_required(user):
    """Whether one of the user's groups requires a second factor."""
    return _requirements(user).exists()


def second_factor_status(user):
    """(has a second factor, one of the user's groups requires it), in one query: the middleware
    asks this on requests of sessions that did not pass a code."""
    status = (
        get_user_model()
        ._default_manager.filter(pk=user.pk)
        .annotate(
            has_device=Exists(_confirmed_app_devices(OuterRef("pk"))),
            required=Exists(_requirements(OuterRef("pk"))),
        )
        .values_list("has_device", "required")
        .first()
    )
    return status or (False, False)


def normalise_code(code):
    """Codes as people type them: with spaces or dashes, recovery codes in any case."""
    return re.sub(r"[\s-]", "", code or "").lower()


def matching_device(user, code):
    """The user's device that accepts the code (an app code or an unused recovery code), or
    None. Each code works once: the app device refuses a code it accepted before, and a recovery
    code is deleted when used. The devices are locked while checking, so two requests with the
    same code cannot both pass."""
    code = normalise_code(code)
    if not code:
        return None
    with transaction.atomic():
        for device in devices_for_user(user, confirmed=True, for_verify=True):
            if device.verify_token(code):
                return device
    return None


def pending_app_device(user):
    """The app device being set up (not confirmed yet), created with a new secret if needed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


@transaction.atomic
def confirm_app_device(device):
    """Switch the second factor on: the app device counts from now on, and a fresh set of
    recovery codes replaces any older one. Returns the recovery codes, to be shown once, or
    None when a parallel request (a double click) switched this device on first: its codes
    stay valid."""
    if not TOTPDevice.objects.select_for_update().filter(pk=device.pk, confirmed=False).exists():
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    StaticDevice.objects.filter(user=device.user).delete()
    recovery = StaticDevice.objects.create(
        user=device.user, name=RECOVERY_DEVICE_NAME, confirmed=True
    )
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=recovery, token=code) for code in codes)
    return codes


@transaction.atomic
def remove_second_factor(user):
    """Delete the user's app devices and recovery codes (turned off, or the phone is lost)."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def secret_for_typing(device):
    """The device's secret as authenticator apps take it when typed in: base32, in groups."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_data_uri(device):
    """The device's otpauth:// address as a QR code, an SVG rendered here (no third party sees
    the secret) and embedded as a data: image, which the Content-Security-Policy allows."""
    image = qrcode.make(device.config_url, image_factory=SvgPathFillImage, border=2)
    svg = image.to_string(encoding="unicode")
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
