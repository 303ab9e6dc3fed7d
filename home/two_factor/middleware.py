"""Keeps sessions that owe a second factor out of the portal and the admin.

Runs after django-otp's OTPMiddleware, which marks a session as verified once a code was
accepted in it. A logged-in session that is not verified is checked (one query):

- the account has a second factor: the session never passed a code (it was opened before the
  factor was set up, e.g. in another browser), so it is ended and the person logs in again;
- a group of the account requires a second factor and none is set up: only the set-up page and
  logging out are open until it is.

The second login step itself needs nothing here: until the code is accepted nobody is logged
in (home.two_factor.views).
"""

from functools import partial

from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.functional import LazyObject, SimpleLazyObject, empty

from home.two_factor.devices import second_factor_status

OPEN_WHILE_SETUP_IS_DUE = {"two_factor_setup", "logout"}


def _unwrapped(user):
    """The account itself behind `request.user`, still looked up only when first used.

    django-otp wraps Django's lazy user in a lazy object of its own; Wagtail's audit log looks
    through one lazy layer only and would silently log nothing about `request.user`.
    """
    while isinstance(user, LazyObject):
        if user._wrapped is empty:
            user._setup()
        user = user._wrapped
    return user


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.user = SimpleLazyObject(partial(_unwrapped, request.user))
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        has_device, required = second_factor_status(user)
        if has_device:
            logout(request)
            return redirect_to_login(request.get_full_path())
        if required and request.resolver_match.url_name not in OPEN_WHILE_SETUP_IS_DUE:
            return redirect("two_factor_setup")
        return None
