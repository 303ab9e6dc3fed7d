"""What home/ stores about people: accounts, event registrations and form or survey answers."""

from django.db.models import CharField, TextField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.events.models import Registration
from home.events.registration import cancel, send_registration_mail
from home.form_pages.models import FormPageSubmission
from home.models.users import User
from home.personal_data.registry import ANONYMISED_DOMAIN, PersonalDataKind, consent
from home.roles import is_staff_member


class Accounts(PersonalDataKind):
    key = "accounts"
    label = _("Accounts")
    erase_note = _(
        "Staff accounts are kept, so that their decisions stay attributable; deactivate them "
        "under Users. Other accounts lose name, address, password and groups."
    )

    def records(self, email):
        return User.objects.filter(email__iexact=email).prefetch_related("groups")

    def export(self, email):
        return [
            {
                "username": user.username,
                "first_name": user.first_name,
                "last_name": user.last_name,
                "email": user.email,
                "date_joined": user.date_joined,
                "last_login": user.last_login,
                "active": user.is_active,
                "groups": [group.name for group in user.groups.all()],
            }
            for user in self.records(email)
        ]

    def erase(self, email, request):
        erased = 0
        for user in self.records(email):
            if is_staff_member(user):
                continue
            user.username = f"geloescht-{user.pk}"
            user.first_name = user.last_name = user.email = ""
            user.is_active = False
            user.set_unusable_password()
            user.save()
            user.groups.clear()
            erased += 1
        return erased


class EventRegistrations(PersonalDataKind):
    key = "event_registrations"
    label = _("Event registrations")
    retention_setting = "REGISTRATION_RETENTION_DAYS"
    after_retention = "anonymised after the event's last session; places and attendance stay"
    erase_note = _(
        "Places at events still to come are cancelled, so the waiting list moves up; all "
        "registrations keep only their status and attendance."
    )

    def records(self, email):
        return Registration.objects.filter(email__iexact=email).select_related("event")

    def export(self, email):
        return [
            {
                "event": registration.event.title,
                "status": registration.status,
                "name": registration.name,
                "email": registration.email,
                "organisation": registration.organisation,
                "phone": registration.phone,
                "accessibility_needs": registration.accessibility_needs,
                "language": registration.language,
                "registered_at": registration.created_at,
                "confirmed_at": registration.confirmed_at,
                "cancelled_at": registration.cancelled_at,
                "consent": consent(registration.consent_text, registration.created_at),
            }
            for registration in self.records(email)
        ]

    def erase(self, email, request):
        registrations = list(self.records(email))
        now = timezone.now()
        for registration in registrations:
            ends_at = registration.event.ends_at()
            if registration.status in registration.ACTIVE_STATUSES and ends_at and ends_at > now:
                _cancelled, moved_up = cancel(registration, now)
                for person in moved_up:
                    send_registration_mail("registration_moved_up", person, request)
        return self._anonymise(
            Registration.objects.filter(pk__in=[registration.pk for registration in registrations])
        )

    def expired(self, cutoff):
        return Registration.objects.exclude(event__sessions__end__gte=cutoff).exclude(
            email__endswith="@" + ANONYMISED_DOMAIN
        )

    def expire(self, records, cutoff):
        return self._anonymise(records)

    @staticmethod
    def _anonymise(registrations):
        return registrations.update(
            name="",
            organisation="",
            phone="",
            accessibility_needs="",
            email=Concat(Cast("reference", CharField()), Value("@" + ANONYMISED_DOMAIN)),
        )


class FormAnswers(PersonalDataKind):
    key = "form_answers"
    label = _("Form and survey answers")
    retention_setting = "FORM_SUBMISSION_RETENTION_DAYS"
    after_retention = "deleted"
    erase_note = _("Answers that name the address in one of their fields are deleted.")

    def records(self, email):
        submissions = FormPageSubmission.objects.select_related("page")
        if email.isascii():  # stored JSON escapes other characters; then every answer is read
            submissions = submissions.alias(text=Cast("form_data", TextField())).filter(
                text__icontains=email
            )
        wanted = email.strip().lower()
        matching = [
            submission.pk
            for submission in submissions
            if any(
                isinstance(value, str) and value.strip().lower() == wanted
                for value in submission.form_data.values()
            )
        ]
        return FormPageSubmission.objects.filter(pk__in=matching).select_related("page")

    def describe(self, record):
        return f"{record.page.title}, {timezone.localtime(record.submit_time):%d.%m.%Y %H:%M}"

    def export(self, email):
        return [
            {
                "form": submission.page.title,
                "submitted_at": submission.submit_time,
                "answers": submission.form_data,
                "language": submission.language,
                "consent": consent(submission.consent_text, submission.submit_time),
            }
            for submission in self.records(email)
        ]

    def erase(self, email, request):
        return self.records(email).delete()[0]

    def expired(self, cutoff):
        return FormPageSubmission.objects.filter(submit_time__lt=cutoff)

    def expire(self, records, cutoff):
        return records.delete()[0]
