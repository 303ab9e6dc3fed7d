"""Admin wiring of events and courses: the registrations' screens (admin_views.py), their menu
item, and a link to them in each event page's header and in the page listing."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from home.events import admin_views
from home.events.models import EventPage


@hooks.register("register_admin_urls")
def register_event_registration_urls():
    return [path("anmeldungen/", include(admin_views.urlpatterns))]


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    class RegistrationsMenuItem(MenuItem):
        def is_shown(self, request):
            return admin_views.may_see_registrations(request.user)

    return RegistrationsMenuItem(
        _("Registrations"),
        reverse("event_registrations_overview"),
        name="registrations",
        icon_name="list-ul",
        order=330,
    )


def _registrations_button(page, user, priority):
    if page.specific_class is not EventPage or not admin_views.may_see_registrations(user):
        return []
    return [
        Button(
            _("Registrations"),
            reverse("event_registrations", args=[page.pk]),
            icon_name="list-ul",
            priority=priority,
        )
    ]


@hooks.register("register_page_header_buttons")
def event_registrations_header_button(page, user, view_name, next_url=None):
    return _registrations_button(page, user, priority=80)


@hooks.register("register_page_listing_more_buttons")
def event_registrations_listing_button(page, user, next_url=None):
    return _registrations_button(page, user, priority=80)
