"""DSGVO: retention periods are applied by one command, a person's data can be exported and
erased in the admin, and every consent is kept with its text and time."""

import datetime
import io
import json

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from clubs.models import Interest
from home.models import FormPageSubmission, Registration
from home.personal_data.registry import ANONYMISED_DOMAIN, ERASED_ACTION, EXPORTED_ACTION
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    FormPageFactory,
    FundingApplicationFactory,
    InterestFactory,
    RegistrationFactory,
)
from workflows import actions
from workflows.models import Message

pytestmark = pytest.mark.django_db

PERSON = "lena.petersen@example.org"
CONSENT = "Ich bin mit der Speicherung meiner Angaben einverstanden (Fassung 2026-03)."


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def events(home_page):
    index = EventIndexPageFactory(parent=home_page)
    return {
        "long_past": EventPageFactory(parent=index, sessions_in=(-400,)),
        "recent": EventPageFactory(parent=index, sessions_in=(-30,)),
        "coming": EventPageFactory(parent=index, sessions_in=(14,), capacity=1),
    }


@pytest.fixture
def survey(home_page):
    return FormPageFactory(parent=home_page)


def answer(survey, email, days_old=0):
    submission = FormPageSubmission.objects.create(
        page=survey,
        form_data={"e-mail": email, "frage": "Mehr Kurse am Abend"},
        consent_text=CONSENT,
    )
    FormPageSubmission.objects.filter(pk=submission.pk).update(submit_time=days_ago(days_old))
    return submission


def interest(club, email, days_old=0):
    created = InterestFactory(club=club, email=email, name="Lena Petersen", consent_text=CONSENT)
    Interest.objects.filter(pk=created.pk).update(created_at=days_ago(days_old))
    return created


def closed_request(representative, coordinator, club, budget):
    application = actions.submit(
        representative, FundingApplicationFactory(club=club, budget=budget)
    )
    actions.post_message(representative, application, "Viele Grüße, Lena Petersen, Tel. 0431 1")
    review = actions.open_task(application, "review")
    actions.review_funding(coordinator, review, "reject", message="Nicht förderfähig.")
    application.refresh_from_db()
    return application


def retention(*args):
    out = io.StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


class TestRetention:
    @pytest.fixture
    def stored(self, club_a, events, survey, representative, coordinator_a, budget):
        request = closed_request(representative, coordinator_a, club_a, budget)
        return {
            "old_interest": interest(club_a, "alt@example.org", days_old=366),
            "new_interest": interest(club_a, "neu@example.org", days_old=364),
            "old_registration": RegistrationFactory(event=events["long_past"]),
            "recent_registration": RegistrationFactory(event=events["recent"]),
            "old_answer": answer(survey, "alt@example.org", days_old=366),
            "new_answer": answer(survey, "neu@example.org", days_old=10),
            "request": request,
        }

    def test_the_dry_run_reports_and_changes_nothing(self, stored):
        before = (Interest.objects.count(), FormPageSubmission.objects.count())

        out = retention()

        assert "Would remove or anonymise 1 expressions of interest" in out
        assert "Would remove or anonymise 1 event registrations" in out
        assert "Would remove or anonymise 1 form answers" in out
        assert "Would remove or anonymise 0 requests" in out  # closed today
        assert "nothing was changed" in out
        assert (Interest.objects.count(), FormPageSubmission.objects.count()) == before
        assert Registration.objects.get(pk=stored["old_registration"].pk).name

    def test_apply_removes_what_is_past_its_period_and_keeps_the_rest(self, stored):
        ModelLogEntry.objects.log_action(stored["old_interest"], "wagtail.edit")

        out = retention("--apply")

        assert "Removed or anonymised 1 expressions of interest" in out
        assert list(Interest.objects.values_list("email", flat=True)) == ["neu@example.org"]
        assert not ModelLogEntry.objects.filter(label__contains="Lena Petersen").exists()
        assert list(FormPageSubmission.objects.all()) == [stored["new_answer"]]
        old = Registration.objects.get(pk=stored["old_registration"].pk)
        assert (old.name, old.phone) == ("", "")
        assert old.email.endswith("@" + ANONYMISED_DOMAIN)
        assert old.status == "confirmed"  # the event's numbers stay right
        recent = Registration.objects.get(pk=stored["recent_registration"].pk)
        assert recent.email == stored["recent_registration"].email

    def test_closed_requests_lose_correspondence_but_keep_the_decision(
        self, stored, settings, time_machine
    ):
        request = stored["request"]
        time_machine.move_to(request.closed_at + datetime.timedelta(days=731))

        assert "Would remove or anonymise 1 requests" in retention()
        retention("--apply")

        request.refresh_from_db()
        assert request.submitted_by is None
        assert not Message.objects.filter(request=request).exists()
        assert (request.status, request.specific.requested_amount) == (
            stored["request"].status,
            stored["request"].specific.requested_amount,
        )
        assert request.events.filter(action__isnull=False).count() >= 2  # the timeline stays
        assert "Would remove or anonymise 0 requests" in retention()  # done once

    def test_periods_come_from_the_settings(self, stored, settings):
        settings.INTEREST_RETENTION_DAYS = 400
        settings.FORM_SUBMISSION_RETENTION_DAYS = 5

        retention("--apply")

        assert Interest.objects.count() == 2
        assert not FormPageSubmission.objects.exists()

    def test_the_default_periods_are_stated_in_the_docs(self):
        from pathlib import Path

        from portal.settings import base

        privacy_doc = (Path(base.BASE_DIR) / "docs" / "privacy.md").read_text()
        for setting in (
            "INTEREST_RETENTION_DAYS",
            "REGISTRATION_RETENTION_DAYS",
            "FORM_SUBMISSION_RETENTION_DAYS",
            "CLOSED_REQUEST_RETENTION_DAYS",
        ):
            assert f"| `{setting}` | {getattr(base, setting)} |" in privacy_doc

    def test_a_period_below_one_day_is_refused(self, settings, db):
        from django.core.exceptions import ImproperlyConfigured

        settings.REGISTRATION_RETENTION_DAYS = 0

        with pytest.raises(ImproperlyConfigured, match="REGISTRATION_RETENTION_DAYS"):
            retention("--apply")


class TestPersonalDataInTheAdmin:
    URL = "/admin/personenbezogene-daten/"

    @pytest.fixture
    def person_data(self, club_a, events, survey, representative, coordinator_a, budget):
        representative.email = PERSON
        representative.save()
        request = closed_request(representative, coordinator_a, club_a, budget)
        waiting = RegistrationFactory(event=events["coming"], status="waiting")
        return {
            "interest": interest(club_a, PERSON.upper()),
            "past": RegistrationFactory(event=events["recent"], email=PERSON, consent_text=CONSENT),
            "coming": RegistrationFactory(event=events["coming"], email=PERSON),
            "waiting": waiting,
            "answer": answer(survey, PERSON),
            "request": request,
            "somebody_else": interest(club_a, "jemand@example.org"),
        }

    def test_only_who_has_the_permission_gets_there(
        self, client, coordinator_a, programme_lead, superuser, person_data
    ):
        for user in (coordinator_a, programme_lead):
            client.force_login(user)
            shown = client.get(self.URL, {"email": PERSON})
            exported = client.post(self.URL, {"email": PERSON, "action": "export"})
            erased = client.post(self.URL, {"email": PERSON, "action": "erase", "confirmed": "on"})
            for response in (shown, exported, erased):
                assert response.status_code == 302  # Wagtail's answer to a refused admin view
                assert b"Petersen" not in response.content
        assert Interest.objects.filter(email__iexact=PERSON).exists()
        assert not ModelLogEntry.objects.filter(action=EXPORTED_ACTION).exists()
        client.force_login(superuser)

        page = client.get(self.URL, {"email": PERSON}).content.decode()

        assert "Lena Petersen" in page
        assert "jemand@example.org" not in page

    def test_the_export_holds_everything_with_consents_and_is_logged(
        self, client, superuser, person_data
    ):
        client.force_login(superuser)

        response = client.post(self.URL, {"email": PERSON, "action": "export"})

        assert response["Content-Disposition"].startswith("attachment;")
        data = json.loads(response.content)
        assert [i["email"] for i in data["expressions_of_interest"]] == [PERSON.upper()]
        assert data["expressions_of_interest"][0]["consent"]["text"] == CONSENT
        assert len(data["event_registrations"]) == 2
        past = next(r for r in data["event_registrations"] if r["status"] == "confirmed")
        assert past["consent"]["given_at"]
        assert data["form_answers"][0]["answers"]["frage"] == "Mehr Kurse am Abend"
        assert data["accounts"][0]["username"] == "verein.a"
        assert data["requests"][0]["messages_written"][0]["text"].startswith("Viele Grüße")
        entry = ModelLogEntry.objects.get(action=EXPORTED_ACTION)
        assert entry.user == superuser
        assert PERSON not in json.dumps(entry.data).lower()

    def test_erasing_needs_a_confirmation(self, client, superuser, person_data):
        client.force_login(superuser)

        response = client.post(self.URL, {"email": PERSON, "action": "erase"})

        assert "Bitte bestätigen Sie" in response.content.decode()
        assert Interest.objects.filter(email__iexact=PERSON).exists()

    def test_erasing_removes_the_person_and_keeps_decisions_and_others(
        self, client, superuser, person_data, representative, django_capture_on_commit_callbacks
    ):
        client.force_login(superuser)

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                self.URL, {"email": PERSON, "action": "erase", "confirmed": "on"}, follow=True
            )

        done = next(str(message) for message in response.context["messages"])
        assert done.startswith("Gelöscht oder anonymisiert")
        assert "Interessensbekundungen: 1" in done
        assert "Anträge" not in done  # requests are kept, so they are not listed as erased
        assert not Interest.objects.filter(email__iexact=PERSON).exists()
        assert Interest.objects.filter(pk=person_data["somebody_else"].pk).exists()
        assert not FormPageSubmission.objects.exists()
        assert not Registration.objects.filter(email__iexact=PERSON).exists()
        coming = Registration.objects.get(pk=person_data["coming"].pk)
        assert coming.status == "cancelled"
        assert coming.name == ""
        assert Registration.objects.get(pk=person_data["waiting"].pk).status == "confirmed"
        assert [message.to for message in mail.outbox][-1] == [person_data["waiting"].email]
        representative.refresh_from_db()
        assert (representative.email, representative.last_name, representative.is_active) == (
            "",
            "",
            False,
        )
        request = person_data["request"]
        request.refresh_from_db()
        assert request.decision == person_data["request"].decision
        assert request.submitted_by == representative  # the anonymised account
        entry = ModelLogEntry.objects.get(action=ERASED_ACTION)
        assert entry.user == superuser
        assert PERSON not in json.dumps(entry.data).lower()
        after = client.get(self.URL, {"email": PERSON}).content.decode()
        assert "Unter dieser Adresse speichert das Portal nichts." in after

    def test_staff_accounts_are_kept(self, client, superuser, coordinator_a):
        coordinator_a.email = PERSON
        coordinator_a.save()
        client.force_login(superuser)

        response = client.post(
            self.URL, {"email": PERSON, "action": "erase", "confirmed": "on"}, follow=True
        )

        assert "Unter dieser Adresse war nichts zu löschen." in response.content.decode()
        coordinator_a.refresh_from_db()
        assert coordinator_a.is_active
        assert coordinator_a.email == PERSON

    @pytest.mark.parametrize("email", ["", "keine-adresse", "a@" + "b" * 300 + ".de"])
    def test_a_wrong_address_gets_a_message(self, client, superuser, email):
        client.force_login(superuser)

        response = client.post(self.URL, {"email": email, "action": "export"})

        assert response.status_code == 200
        assert "E-Mail-Adresse" in response.content.decode()
