"""An application's way from the public form to the coordinators.

The form stores it unconfirmed and mails a signed link; nobody sees it until the contact person
has opened that link. Confirming is one conditional UPDATE, so a second click (or a mail
scanner opening the link first) changes nothing and mails nobody twice. The confirmed
application goes to the active coordinators of the municipality's region, or, where a region
has none, to the administrators: no application waits unseen.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from clubs.joining.models import ClubApplication
from home.mail import mail_people, send_templated_mail, site_name

CONFIRM_SALT = "clubs.joining.confirm-email"
CONFIRM_MAX_AGE = timedelta(days=3)


def confirmation_token(application):
    return signing.dumps(application.pk, salt=CONFIRM_SALT)


def application_pk_from(token):
    """The application's pk, or None for a link that is expired, altered or not ours."""
    try:
        return signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:  # SignatureExpired is one too
        return None


def store(request, form):
    """Save the application and queue the mail with its confirmation link, together."""
    data = form.cleaned_data
    with transaction.atomic():
        application = ClubApplication.objects.create(
            name=data["name"],
            kind=data["kind"],
            municipality=data["municipality"],
            summary=data["summary"],
            contact_name=data["contact_name"],
            contact_email=data["email"],
            consent_text=form.consent_text,
            language=translation.get_language() or settings.LANGUAGE_CODE,
        )
        application.categories.set(form.chosen_categories())
        confirm_path = reverse(
            "club_application_confirm", kwargs={"token": confirmation_token(application)}
        )
        send_templated_mail(
            "club_application_confirm",
            {
                "site_name": site_name(request),
                "application": application,
                "confirm_url": request.build_absolute_uri(confirm_path),
                "valid_days": CONFIRM_MAX_AGE.days,
            },
            to=[application.contact_email],
            language=application.language,
        )
    return application


def confirm(request, pk):
    """(application, newly confirmed) or (None, False) when it no longer exists."""
    with transaction.atomic():
        updated = ClubApplication.objects.filter(
            pk=pk, status=ClubApplication.Status.UNCONFIRMED
        ).update(status=ClubApplication.Status.PENDING, email_confirmed_at=timezone.now())
        application = (
            ClubApplication.objects.select_related("municipality__region").filter(pk=pk).first()
        )
        if updated and application is not None:
            notify_coordinators(request, application)
    return application, bool(updated)


def recipients_for(application):
    """The region's active coordinators, else the active administrators."""
    coordinators = application.municipality.region.coordinators.filter(is_active=True)
    if coordinators.exists():
        return list(coordinators)
    return list(get_user_model().objects.filter(is_superuser=True, is_active=True))


def notify_coordinators(request, application):
    admin_path = reverse("club_applications_admin:detail", args=[application.pk])
    mail_people(
        "club_application_received",
        recipients_for(application),
        {
            "site_name": site_name(request),
            "application": application,
            "region": application.municipality.region.name,
            "admin_url": request.build_absolute_uri(admin_path),
        },
    )
