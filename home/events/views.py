"""The cancellation page that the link in the confirmation email opens.

A GET only shows what would be cancelled and asks for confirmation, so that mail scanners that
follow links cancel nothing; the POST (with CSRF protection) cancels. The link is signed, so
nobody can cancel somebody else's place by guessing a number.
"""

from django.template.response import TemplateResponse
from django.utils.translation import gettext

from home.events.models import Registration

from .registration import cancel_and_notify, event_in_language, registration_for_token

TEMPLATE = "pages/event_cancel_page.html"


def cancel_registration(index, request):
    token = request.POST.get("token") if request.method == "POST" else request.GET.get("token")
    registration = registration_for_token(token or "")
    context = {"page": index, "self": index, "token": token}
    if registration is None:
        context["invalid"] = True
        return TemplateResponse(request, TEMPLATE, context, status=404)

    event = event_in_language(registration)
    context.update(registration=registration, event=event)
    if request.method == "POST":
        cancelled, _moved_up = cancel_and_notify(registration, request)
        registration.refresh_from_db()
        context["registration"] = registration
        if cancelled:
            context["done_message"] = gettext(
                "Your registration is cancelled. We have sent you a confirmation by email."
            )
        else:
            context["done_message"] = gettext("This registration was already cancelled.")
    elif registration.status == Registration.Status.CANCELLED:
        context["done_message"] = gettext("This registration was already cancelled.")
    return TemplateResponse(request, TEMPLATE, context)
