"""Forms and surveys built by staff: rendering, consent, storing, mail, spam protection, bad
input, and the submissions list and export in the admin."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from home.form_pages.builder import RESERVED_FIELD_NAMES
from home.form_pages.models import IP_RATE_LIMIT
from home.models import FormPageField, FormPageSubmission, PortalSettings
from home.roles import CLUB_REPRESENTATIVES, COORDINATORS, EDITORS, setup_roles
from tests.factories import (
    FormPageFactory,
    FormPageFieldFactory,
    StandardPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

ANSWERS = {
    "name_des_vereins": "TSV Lindau",
    "e_mail": "kim@tsv-lindau.example",
    "mitglieder": "120",
    "bereich": "Sport",
    "themen": ["Fördermittel", "Recht"],
    "beratung": "Telefon",
    "bis_wann": "2030-03-31",
    "anmerkungen": "Wir brauchen Hilfe beim Jahresabschluss.",
    "consent": "on",
    "website": "",
}


def de(text):
    with translation.override("de"):
        return translation.gettext(text)


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def error_summary(response):
    summary = soup_of(response).select_one("[data-error-summary]")
    return summary.get_text(" ", strip=True) if summary else ""


@pytest.fixture
def privacy_page(home_page, site):
    page = StandardPageFactory(parent=home_page, title="Datenschutz", slug="datenschutz")
    settings = PortalSettings.for_site(site)
    settings.privacy_page = page
    settings.save()
    return page


@pytest.fixture
def survey(home_page):
    page = FormPageFactory(
        parent=home_page,
        title="Bedarfsumfrage",
        slug="bedarfsumfrage",
        intro="Was braucht Ihr Verein?",
        subject="Neue Antwort auf die Bedarfsumfrage",
        to_address="umfrage@example.org, koordination@example.org",
    )
    fields = [
        ("Name des Vereins", "singleline", True, ""),
        ("E-Mail", "email", False, ""),
        ("Mitglieder", "number", False, ""),
        ("Bereich", "dropdown", True, "Sport\nKultur"),
        ("Themen", "checkboxes", True, "Fördermittel\nRecht\nDatenschutz"),
        ("Beratung", "radio", True, "Telefon\nVideogespräch\nVor Ort"),
        ("Bis wann", "date", False, ""),
        ("Anmerkungen", "multiline", False, ""),
    ]
    for label, field_type, required, choices in fields:
        FormPageFieldFactory(
            page=page, label=label, field_type=field_type, required=required, choices=choices
        )
    return page


def send(client, page, capture, data=None, without=(), ip="203.0.113.7", language="de", url=None):
    data = {key: value for key, value in {**ANSWERS, **(data or {})}.items() if key not in without}
    with capture(execute=True), translation.override(language):
        return client.post(url or page.url, data, REMOTE_ADDR=ip)


class TestForm:
    def test_fields_render_with_kern_and_consent_comes_last(self, client, survey, privacy_page):
        with translation.override("de"):
            soup = soup_of(client.get(survey.url))

        form = soup.select_one("form.form-page__form")
        assert form["method"] == "post"
        assert form.select_one("input[name=csrfmiddlewaretoken]")
        assert form.select_one("input[name=name_des_vereins].kern-form-input__input")
        assert form.select_one("input[name=bis_wann]")["type"] == "date"
        assert len(form.select("input[name=themen].kern-form-check__checkbox")) == 3
        dropdown = form.select("select[name=bereich] option")
        assert [option["value"] for option in dropdown] == ["", "Sport", "Kultur"]
        assert dropdown[0].get_text() == de("Please choose")
        assert form.select_one("fieldset legend").get_text(strip=True) == "Themen"
        assert de("optional") in form.select_one("label[for=id_e_mail]").get_text()
        names = [field["name"] for field in form.select(".form-field input, .form-field textarea")]
        assert names[-1] == "consent"
        consent_label = form.select_one("label[for=id_consent]")
        assert consent_label.select_one("a")["href"] == "/datenschutz/"
        honeypot = form.select_one("input[name=website]")
        assert honeypot.find_parent("div").has_attr("hidden")
        assert form.select_one("button[type=submit]").get_text(strip=True) == de("Send")

    def test_editors_preview_shows_the_form_but_cannot_send_it(self, survey):
        response = survey.make_preview_request(
            extra_request_attrs={"user": UserFactory(is_superuser=True)}
        )

        soup = soup_of(response.render())
        assert soup.select_one("input[name=name_des_vereins]")
        assert soup.select_one("form.form-page__form button[type=submit]").has_attr("disabled")

    def test_a_field_may_not_take_the_name_of_the_portals_own_fields(self, survey):
        for label in ("Website", "Consent", "submit time", "Language"):
            field = FormPageField(page=survey, label=label, field_type="singleline")

            with pytest.raises(ValidationError) as refused:
                field.clean()

            assert "label" in refused.value.message_dict
        assert {"website", "consent"} <= RESERVED_FIELD_NAMES


class TestSubmission:
    def test_answers_are_stored_with_consent_and_the_thank_you_text_follows(
        self, client, survey, privacy_page, django_capture_on_commit_callbacks
    ):
        response = send(client, survey, django_capture_on_commit_callbacks)

        assert response.status_code == 302
        assert response["Location"] == survey.url + "?gesendet=1"
        submission = FormPageSubmission.objects.get()
        assert submission.page_id == survey.pk
        assert submission.form_data == {
            "name_des_vereins": "TSV Lindau",
            "e_mail": "kim@tsv-lindau.example",
            "mitglieder": "120",
            "bereich": "Sport",
            "themen": ["Fördermittel", "Recht"],
            "beratung": "Telefon",
            "bis_wann": "2030-03-31",
            "anmerkungen": "Wir brauchen Hilfe beim Jahresabschluss.",
        }
        assert submission.consent_text.startswith(
            de("I agree that my entries are stored and evaluated for the purpose of this form.")
        )
        assert de("privacy policy") in submission.consent_text
        assert submission.submit_time is not None
        assert submission.language == "de"

        with translation.override("de"):
            landing = soup_of(client.get(response["Location"]))
        assert "Vielen Dank für Ihre Antworten!" in landing.get_text()
        assert landing.select_one("form.form-page__form") is None

    def test_staff_are_notified_after_the_commit(
        self, client, survey, mailoutbox, django_capture_on_commit_callbacks
    ):
        with (
            django_capture_on_commit_callbacks(execute=False) as callbacks,
            translation.override("de"),
        ):
            client.post(survey.url, ANSWERS, REMOTE_ADDR="203.0.113.7")
        assert mailoutbox == []

        for callback in callbacks:
            callback()

        mail = mailoutbox[0]
        assert mail.to == ["umfrage@example.org", "koordination@example.org"]
        assert mail.subject == "Neue Antwort auf die Bedarfsumfrage"
        assert mail.reply_to == ["kim@tsv-lindau.example"]
        assert "Name des Vereins: TSV Lindau" in mail.body
        assert "Themen: Fördermittel, Recht" in mail.body
        assert "Bis wann: 31.03.2030" in mail.body
        submissions = reverse("wagtailforms:list_submissions", args=[survey.pk])
        assert f"http://testserver{submissions}" in mail.body

    def test_without_a_recipient_nothing_is_mailed(
        self, client, survey, mailoutbox, django_capture_on_commit_callbacks
    ):
        survey.to_address = ""
        survey.save_revision().publish()

        send(client, survey, django_capture_on_commit_callbacks)

        assert FormPageSubmission.objects.count() == 1
        assert mailoutbox == []

    def test_english_answers_are_stored_with_the_german_form(
        self, client, survey, english, english_home_page, django_capture_on_commit_callbacks
    ):
        english_survey = survey.copy_for_translation(english)
        english_survey.title = "Needs survey"
        english_survey.save_revision().publish()
        english_survey.refresh_from_db()

        response = send(
            client,
            english_survey,
            django_capture_on_commit_callbacks,
            data={"themen": ["Recht"]},
            language="en",
        )

        assert response["Location"] == english_survey.url + "?gesendet=1"
        submission = FormPageSubmission.objects.get()
        assert submission.page_id == survey.pk
        assert submission.language == "en"
        assert list(english_survey.get_submissions()) == [submission]


class TestRefusedInput:
    def test_missing_answers_and_consent_are_explained_and_nothing_is_stored(
        self, client, survey, mailoutbox, django_capture_on_commit_callbacks
    ):
        response = send(
            client,
            survey,
            django_capture_on_commit_callbacks,
            without=("name_des_vereins", "bereich", "themen", "consent"),
        )

        assert response.status_code == 200
        summary = error_summary(response)
        assert "Name des Vereins" in summary
        assert "Themen" in summary
        assert de(
            "Please agree to the storage of your entries; otherwise we cannot accept them."
        ) in (summary)
        entered = soup_of(response).select_one("textarea[name=anmerkungen]").get_text().strip()
        assert entered == "Wir brauchen Hilfe beim Jahresabschluss."
        assert FormPageSubmission.objects.count() == 0
        assert mailoutbox == []

    @pytest.mark.parametrize(
        ("data", "field"),
        [
            ({"anmerkungen": "x" * 100_000}, "Anmerkungen"),
            ({"name_des_vereins": "x" * 10_000}, "Name des Vereins"),
            ({"mitglieder": "1e999999"}, "Mitglieder"),
            ({"mitglieder": "NaN"}, "Mitglieder"),
            ({"mitglieder": "9" * 5000}, "Mitglieder"),
            ({"bis_wann": "31.02.2030"}, "Bis wann"),
            ({"bis_wann": "99999-01-01"}, "Bis wann"),
            ({"themen": ["Gibt es nicht"]}, "Themen"),
            ({"beratung": ["Telefon", "<script>"]}, "Beratung"),
            ({"e_mail": "kim@example.org\nBcc: alle@example.org"}, "E-Mail"),
            ({"name_des_vereins": "TSV\x00Lindau"}, "Name des Vereins"),
        ],
    )
    def test_bad_input_is_explained_never_an_error(
        self, client, survey, django_capture_on_commit_callbacks, data, field
    ):
        response = send(client, survey, django_capture_on_commit_callbacks, data=data)

        assert response.status_code == 200
        assert field in error_summary(response)
        assert FormPageSubmission.objects.count() == 0

    def test_garbage_post_is_answered_with_the_form(
        self, client, survey, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True), translation.override("de"):
            response = client.post(
                survey.url, "\xff\xfe garbage", content_type="application/octet-stream"
            )

        assert response.status_code == 200
        assert error_summary(response)
        assert FormPageSubmission.objects.count() == 0

    def test_bots_that_fill_the_honeypot_see_success_but_nothing_is_kept(
        self, client, survey, mailoutbox, django_capture_on_commit_callbacks
    ):
        response = send(
            client, survey, django_capture_on_commit_callbacks, data={"website": "spam.example"}
        )

        assert response["Location"] == survey.url + "?gesendet=1"
        assert FormPageSubmission.objects.count() == 0
        assert mailoutbox == []

    def test_many_submissions_from_one_address_are_held_back(
        self, client, survey, django_capture_on_commit_callbacks
    ):
        for _ in range(IP_RATE_LIMIT.limit):
            assert send(client, survey, django_capture_on_commit_callbacks).status_code == 302

        refused = send(client, survey, django_capture_on_commit_callbacks)
        other_address = send(client, survey, django_capture_on_commit_callbacks, ip="198.51.100.1")

        assert refused.status_code == 429
        assert 0 < int(refused["Retry-After"]) <= 3600
        assert de(
            "You have sent this form several times in a short time. Please try again in an hour."
        ) in error_summary(refused)
        assert other_address.status_code == 302
        assert FormPageSubmission.objects.count() == IP_RATE_LIMIT.limit + 1


class TestSubmissionsInTheAdmin:
    @pytest.fixture
    def answered_survey(self, client, survey, django_capture_on_commit_callbacks):
        send(
            client,
            survey,
            django_capture_on_commit_callbacks,
            data={
                "name_des_vereins": '=HYPERLINK("http://evil.example","Klick")',
                "anmerkungen": "@SUM(1+1)",
                "mitglieder": "-5",
            },
        )
        return survey

    def member_of(self, role):
        setup_roles()
        user = UserFactory()
        user.groups.add(Group.objects.get(name=role.group_name))
        return user

    def test_editors_see_the_forms_and_their_submissions(self, client, answered_survey):
        client.force_login(self.member_of(EDITORS))

        forms = client.get(reverse("wagtailforms:index"))
        submissions = client.get(
            reverse("wagtailforms:list_submissions", args=[answered_survey.pk])
        )

        assert "Bedarfsumfrage" in forms.content.decode()
        assert submissions.status_code == 200
        assert "HYPERLINK" in submissions.content.decode()

    def test_csv_export_neutralises_formulas_but_keeps_numbers(self, client, answered_survey):
        client.force_login(self.member_of(EDITORS))
        url = reverse("wagtailforms:list_submissions", args=[answered_survey.pk])

        response = client.get(url + "?export=csv")

        rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
        assert len(rows) == 1
        assert rows[0]["Name des Vereins"] == '\'=HYPERLINK("http://evil.example","Klick")'
        assert rows[0]["Anmerkungen"] == "'@SUM(1+1)"
        assert rows[0]["Mitglieder"] == "-5"
        assert rows[0]["Themen"] == "Fördermittel, Recht"
        assert rows[0][de("Language")] == "de"
        assert rows[0][de("Consent")].startswith(
            de("I agree that my entries are stored and evaluated for the purpose of this form.")
        )

    @pytest.mark.parametrize("role", [COORDINATORS, CLUB_REPRESENTATIVES])
    def test_other_roles_do_not_see_the_submissions(self, client, answered_survey, role):
        client.force_login(self.member_of(role))

        response = client.get(reverse("wagtailforms:list_submissions", args=[answered_survey.pk]))

        assert response.status_code in (302, 403)
