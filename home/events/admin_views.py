"""Registrations in the Wagtail admin ("Anmeldungen"): the list per event, attendance per
session, the CSV export, participation certificates and cancellation by staff.

Only editors (group "Redaktion", with the registration permissions of home.roles) and
superusers get here. Every view checks the model permission and, for the event it names, that
the user may edit that page; an event of another type or a registration of another event is a
404. Registrations are listed at the event in the default language, where they are stored.
"""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale, Site

from home.events.models import EventPage, Registration
from home.exports import neutralise_formula

from .certificates import attended_sessions, certificate_pdf, qualifies
from .registration import cancel_and_notify

VIEW_PERMISSION = "home.view_registration"
CHANGE_PERMISSION = "home.change_registration"


def may_see_registrations(user):
    return user.is_active and user.has_perm(VIEW_PERMISSION)


def event_for(user, event_id, permission=VIEW_PERMISSION):
    """The default-language event, if the user may see (or change) its registrations."""
    if not (user.is_active and user.has_perm(permission)):
        raise PermissionDenied
    event = get_object_or_404(EventPage, pk=event_id).default_language_event()
    if not event.permissions_for_user(user).can_edit():
        raise PermissionDenied
    return event


def registrations_url(event):
    return reverse("event_registrations", args=[event.pk])


class EventOverviewView(WagtailAdminTemplateMixin, TemplateView):
    """Events of the default language that have not ended, with their numbers."""

    template_name = "admin/events/overview.html"
    page_title = _("Registrations")
    header_icon = "list-ul"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not may_see_registrations(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        events = (
            EventPage.objects.filter(locale=Locale.get_default())
            .upcoming()
            .with_listing_data()
            .annotate(
                waiting_count=Count("registrations", filter=Q(registrations__status="waiting"))
            )
            .order_by("next_start", "pk")
        )
        context["events"] = events
        return context


class EventRegistrationsView(WagtailAdminTemplateMixin, TemplateView):
    """The registrations of one event, with the attendance form."""

    template_name = "admin/events/registrations.html"
    header_icon = "list-ul"

    def dispatch(self, request, event_id):
        permission = CHANGE_PERMISSION if request.method == "POST" else VIEW_PERMISSION
        self.event = event_for(request.user, event_id, permission)
        return super().dispatch(request, event_id)

    def get_page_title(self):
        return gettext("Registrations: %(title)s") % {"title": self.event.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("event_registrations_overview"), "label": _("Registrations")},
            {"url": "", "label": self.event.title},
        ]

    def get_registrations(self):
        return (
            self.event.registrations.all()
            .prefetch_related("attended_sessions")
            .order_by("created_at", "pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sessions = self.event.ordered_sessions()
        rows, position = [], 0
        for registration in self.get_registrations():
            attended = attended_sessions(registration)
            attended_ids = {session.pk for session in attended}
            if registration.status == Registration.Status.WAITING:
                position += 1
            rows.append(
                {
                    "registration": registration,
                    "position": position
                    if registration.status == Registration.Status.WAITING
                    else None,
                    "attendance": [(session, session.pk in attended_ids) for session in sessions],
                    "attended_count": len(attended),
                    "qualifies": qualifies(registration, attended),
                }
            )
        confirmed = sum(1 for row in rows if row["registration"].status == "confirmed")
        context.update(
            event=self.event,
            sessions=sessions,
            rows=rows,
            confirmed=confirmed,
            waiting=position,
            required=self.event.required_sessions(),
            can_change=self.request.user.has_perm(CHANGE_PERMISSION),
            export_url=reverse("event_registrations_csv", args=[self.event.pk]),
        )
        return context

    def post(self, request, event_id):
        """Save the attendance of every confirmed person at once, from the ticked boxes."""
        sessions = {str(session.pk): session for session in self.event.sessions.all()}
        ticked = set(request.POST.getlist("attended"))
        with transaction.atomic():
            for registration in self.event.registrations.filter(
                status=Registration.Status.CONFIRMED
            ):
                registration.attended_sessions.set(
                    [
                        session
                        for key, session in sessions.items()
                        if f"{registration.pk}-{key}" in ticked
                    ]
                )
        messages.success(request, gettext("The attendance has been saved."))
        return redirect(registrations_url(self.event))


def export_csv(request, event_id):
    event = event_for(request.user, event_id)
    sessions = event.ordered_sessions()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="anmeldungen-{event.slug}.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read the umlauts as UTF-8
    writer = csv.writer(response)
    writer.writerow(
        [
            gettext("Registered"),
            gettext("Status"),
            gettext("Name"),
            gettext("Email address"),
            gettext("Club or organisation"),
            gettext("Phone"),
            gettext("Accessibility needs"),
            gettext("Language"),
            *[f"{index}. {gettext('Session')}" for index in range(1, len(sessions) + 1)],
        ]
    )
    registrations = event.registrations.prefetch_related("attended_sessions").order_by(
        "created_at", "pk"
    )
    for registration in registrations:
        attended = {session.pk for session in registration.attended_sessions.all()}
        cells = [
            timezone.localtime(registration.created_at).strftime("%d.%m.%Y %H:%M"),
            registration.get_status_display(),
            registration.name,
            registration.email,
            registration.organisation,
            registration.phone,
            registration.accessibility_needs,
            registration.language,
            *["x" if session.pk in attended else "" for session in sessions],
        ]
        writer.writerow([neutralise_formula(cell) for cell in cells])
    return response


def certificate(request, event_id, registration_id):
    event = event_for(request.user, event_id)
    registration = get_object_or_404(event.registrations, pk=registration_id)
    if not qualifies(registration):
        messages.error(
            request,
            gettext(
                "%(name)s attended %(attended)d of the %(required)d sessions needed, so there "
                "is no participation certificate."
            )
            % {
                "name": registration.name,
                "attended": registration.attended_sessions.count(),
                "required": event.required_sessions(),
            },
        )
        return redirect(registrations_url(event))
    site = Site.find_for_request(request)
    issuer = site.site_name if site and site.site_name else ""
    pdf = certificate_pdf(registration, issuer)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="teilnahmebescheinigung-{registration.pk}.pdf"'
    )
    return response


def cancel_by_staff(request, event_id, registration_id):
    """Staff cancel for somebody who called; the waiting list moves up as usual."""
    if request.method != "POST":
        return redirect(registrations_url(get_object_or_404(EventPage, pk=event_id)))
    event = event_for(request.user, event_id, CHANGE_PERMISSION)
    registration = get_object_or_404(event.registrations, pk=registration_id)
    cancelled, moved_up = cancel_and_notify(registration, request)
    if cancelled:
        text = gettext("The registration of %(name)s is cancelled.") % {"name": registration.name}
        if moved_up:
            text += " " + gettext("Moved up from the waiting list: %(names)s.") % {
                "names": ", ".join(person.name for person in moved_up)
            }
        messages.success(request, text)
    else:
        messages.info(request, gettext("This registration was already cancelled."))
    return redirect(registrations_url(event))


urlpatterns = [
    path("", EventOverviewView.as_view(), name="event_registrations_overview"),
    path("<int:event_id>/", EventRegistrationsView.as_view(), name="event_registrations"),
    path("<int:event_id>/csv/", export_csv, name="event_registrations_csv"),
    path(
        "<int:event_id>/<int:registration_id>/bescheinigung/",
        certificate,
        name="event_registration_certificate",
    ),
    path(
        "<int:event_id>/<int:registration_id>/stornieren/",
        cancel_by_staff,
        name="event_registration_cancel",
    ),
]
