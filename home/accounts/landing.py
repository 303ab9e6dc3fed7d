"""Where people land after logging in. Its own module because the login (home.accounts.views)
and the second login step (home.two_factor.views) both need it, and the first imports the
second."""

from django.urls import reverse

from home.roles import is_staff_member


def landing_url(user):
    """Staff work in the Wagtail admin; everybody else starts in "Mein Bereich"."""
    if is_staff_member(user):
        return reverse("wagtailadmin_home")
    return reverse("my_area")
