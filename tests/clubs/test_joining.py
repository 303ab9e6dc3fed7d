"""The public application "Verein oder Initiative eintragen", its confirmation link and where
the confirmed application goes."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from clubs.joining import applications
from clubs.joining.models import ClubApplication
from clubs.joining.views import EMAIL_RATE_LIMIT
from home.submissions import new_token
from tests.clubs.test_joining_setup import JoiningWorld, de
from tests.factories import CategoryFactory, ClubPageFactory

pytestmark = pytest.mark.django_db

URL = "/verein-eintragen/"


@pytest.fixture
def form_data(villages):
    CategoryFactory(name="Soziales", slug="soziales")
    return {
        "name": "Dorfladen Lindau",
        "kind": "initiative",
        "municipality": str(villages["lindau"].pk),
        "categories": ["soziales"],
        "summary": "Wir betreiben einen Dorfladen mit Café.",
        "contact_name": "Frauke Jessen",
        "email": "frauke@example.org",
        "consent": "on",
        "website": "",
    }


def post(client, data, captured, ip="203.0.113.7"):
    with captured(execute=True), translation.override("de"):
        return client.post(URL, data, REMOTE_ADDR=ip)


def error_summary(response):
    summary = BeautifulSoup(response.content.decode(), "html.parser").select_one(
        "[data-error-summary]"
    )
    return summary.get_text(" ", strip=True) if summary else ""


def confirm_link(mail):
    return re.search(r"https?://[^/]+(/verein-eintragen/bestaetigen/[^/\s]+/)", mail.body).group(1)


class TestForm(JoiningWorld):
    def test_form_lists_municipalities_by_region_and_categories(self, client, form_data):
        response = client.get(URL)

        soup = BeautifulSoup(response.content.decode(), "html.parser")
        groups = [group["label"] for group in soup.select("#id_municipality optgroup")]
        assert groups == ["Amt Nord", "Kreis Süd"]
        assert soup.select_one("input[name=categories][value=soziales]")
        assert soup.select_one("input[name=website]")  # the honeypot

    def test_valid_application_is_stored_unconfirmed_and_mails_a_link(
        self, client, form_data, mailoutbox, django_capture_on_commit_callbacks
    ):
        response = post(client, form_data, django_capture_on_commit_callbacks)

        assert response.status_code == 302
        assert response.url == reverse("club_application_sent")
        application = ClubApplication.objects.get()
        assert application.status == ClubApplication.Status.UNCONFIRMED
        assert [c.slug for c in application.categories.all()] == ["soziales"]
        assert application.contact_email == "frauke@example.org"
        assert application.consent_text.startswith(
            "Ich bin einverstanden, dass meine Angaben zur Bearbeitung dieses Eintrags"
        )
        [mail] = mailoutbox
        assert mail.to == ["frauke@example.org"]
        assert confirm_link(mail)

    @pytest.mark.parametrize(
        ("field", "message"),
        [
            ("name", "Please enter the name of your club or initiative."),
            ("municipality", "Please choose the municipality where your club is at home."),
            ("summary", "Please describe your club or initiative in one or two sentences."),
            ("email", "Please enter your email address; we send you a link to confirm it."),
            (
                "consent",
                "Please agree that we store your details; otherwise we cannot take your "
                "application.",
            ),
        ],
    )
    def test_each_required_field_names_the_fix_and_nothing_is_stored(
        self, client, form_data, mailoutbox, django_capture_on_commit_callbacks, field, message
    ):
        data = {key: value for key, value in form_data.items() if key != field}

        response = post(client, data, django_capture_on_commit_callbacks)

        assert response.status_code == 200
        assert de(message) in error_summary(response)
        assert not ClubApplication.objects.exists()
        assert mailoutbox == []

    def test_too_long_description_says_how_long(
        self, client, form_data, django_capture_on_commit_callbacks
    ):
        response = post(
            client, {**form_data, "summary": "x" * 301}, django_capture_on_commit_callbacks
        )

        assert "301" in error_summary(response)
        assert not ClubApplication.objects.exists()

    def test_unknown_municipality_is_refused_without_error_page(
        self, client, form_data, django_capture_on_commit_callbacks
    ):
        response = post(
            client, {**form_data, "municipality": "999999"}, django_capture_on_commit_callbacks
        )

        assert response.status_code == 200
        assert de("Please choose a municipality from the list.") in error_summary(response)

    def test_honeypot_gets_the_same_answer_and_stores_nothing(
        self, client, form_data, mailoutbox, django_capture_on_commit_callbacks
    ):
        response = post(
            client, {**form_data, "website": "http://spam"}, django_capture_on_commit_callbacks
        )

        assert response.status_code == 302
        assert response.url == reverse("club_application_sent")
        assert not ClubApplication.objects.exists()
        assert mailoutbox == []

    def test_double_click_stores_and_mails_once(
        self, client, form_data, mailoutbox, django_capture_on_commit_callbacks
    ):
        data = {**form_data, "submission_token": new_token()}

        first = post(client, data, django_capture_on_commit_callbacks)
        second = post(client, data, django_capture_on_commit_callbacks)

        assert first.url == second.url == reverse("club_application_sent")
        assert ClubApplication.objects.count() == 1
        assert len(mailoutbox) == 1

    def test_rate_limit_per_email_address(
        self, client, form_data, mailoutbox, django_capture_on_commit_callbacks
    ):
        for number in range(EMAIL_RATE_LIMIT.limit):
            post(client, form_data, django_capture_on_commit_callbacks, ip=f"198.51.100.{number}")

        response = post(
            client,
            {**form_data, "email": "FRAUKE@example.org"},
            django_capture_on_commit_callbacks,
            ip="198.51.100.99",
        )

        assert response.status_code == 429
        assert de(
            "You have sent several applications in a short time. Please try again in an hour."
        ) in error_summary(response)
        assert ClubApplication.objects.count() == EMAIL_RATE_LIMIT.limit

    def test_english_form_lives_under_en(self, client, form_data, english):
        response = client.get("/en/verein-eintragen/")

        assert response.status_code == 200
        assert "Register a club or initiative" in response.content.decode()


class TestConfirmation(JoiningWorld):
    @pytest.fixture
    def unconfirmed(self, client, form_data, mailoutbox, django_capture_on_commit_callbacks):
        post(client, form_data, django_capture_on_commit_callbacks)
        link = confirm_link(mailoutbox.pop())
        return ClubApplication.objects.get(), link

    def open(self, client, link, captured):
        with captured(execute=True):
            return client.post(link)

    def test_opening_the_link_only_asks(
        self, client, unconfirmed, coordinator_north, mailoutbox, django_capture_on_commit_callbacks
    ):
        application, link = unconfirmed

        with django_capture_on_commit_callbacks(execute=True), translation.override("de"):
            response = client.get(link)

        assert response.status_code == 200
        assert de("Confirm the application") in response.content.decode()
        application.refresh_from_db()
        assert application.status == ClubApplication.Status.UNCONFIRMED
        assert mailoutbox == []

    def test_link_confirms_and_mails_the_region_s_coordinators_only(
        self,
        client,
        unconfirmed,
        coordinator_north,
        coordinator_south,
        admin_user,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        application, link = unconfirmed

        response = self.open(client, link, django_capture_on_commit_callbacks)

        assert response.status_code == 200
        application.refresh_from_db()
        assert application.status == ClubApplication.Status.PENDING
        assert application.email_confirmed_at is not None
        assert [mail.to for mail in mailoutbox] == [[coordinator_north.email]]
        assert reverse("club_applications_admin:detail", args=[application.pk]) in (
            mailoutbox[0].body
        )

    def test_region_without_coordinators_goes_to_the_administrators(
        self,
        client,
        unconfirmed,
        coordinator_south,
        admin_user,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        _application, link = unconfirmed

        self.open(client, link, django_capture_on_commit_callbacks)

        assert [mail.to for mail in mailoutbox] == [[admin_user.email]]

    def test_second_click_changes_nothing_and_mails_nobody(
        self, client, unconfirmed, coordinator_north, mailoutbox, django_capture_on_commit_callbacks
    ):
        _application, link = unconfirmed
        self.open(client, link, django_capture_on_commit_callbacks)
        confirmed_at = ClubApplication.objects.get().email_confirmed_at

        response = self.open(client, link, django_capture_on_commit_callbacks)

        assert response.status_code == 200
        assert ClubApplication.objects.get().email_confirmed_at == confirmed_at
        assert len(mailoutbox) == 1

    def test_expired_link_gets_a_friendly_page(
        self, client, unconfirmed, coordinator_north, mailoutbox, django_capture_on_commit_callbacks
    ):
        _application, link = unconfirmed
        with (
            mock.patch("clubs.joining.applications.CONFIRM_MAX_AGE", timedelta(seconds=-1)),
            translation.override("de"),
        ):
            response = self.open(client, link, django_capture_on_commit_callbacks)

        assert response.status_code == 200
        assert de("We could not confirm this application.") in response.content.decode()
        assert ClubApplication.objects.get().status == ClubApplication.Status.UNCONFIRMED
        assert mailoutbox == []

    def test_altered_link_gets_the_same_page(self, client, unconfirmed):
        _application, link = unconfirmed

        with translation.override("de"):
            response = client.post(link.replace("bestaetigen/", "bestaetigen/x"))

        assert response.status_code == 200
        assert de("We could not confirm this application.") in response.content.decode()

    def test_link_of_a_deleted_application_gets_the_same_page(self, client, unconfirmed):
        application, link = unconfirmed
        application.delete()

        with translation.override("de"):
            response = client.post(link)

        assert de("We could not confirm this application.") in response.content.decode()


class TestDuplicateFlag:
    def test_same_name_in_same_municipality_is_flagged_whatever_the_case(self, villages, directory):
        ClubPageFactory(parent=directory, title="Dorfladen Lindau", municipality=villages["lindau"])
        applications.ClubApplication.objects.create(
            name="DORFLADEN LINDAU",
            municipality=villages["lindau"],
            summary="x",
            contact_name="x",
            contact_email="x@example.org",
            consent_text="x",
        )
        applications.ClubApplication.objects.create(
            name="Dorfladen Lindau",
            municipality=villages["nachbardorf"],
            summary="x",
            contact_name="x",
            contact_email="y@example.org",
            consent_text="x",
        )

        flags = dict(
            ClubApplication.objects.with_duplicate_flag().values_list(
                "municipality__slug", "possible_duplicate"
            )
        )

        assert flags == {"lindau": True, "nachbardorf": False}
