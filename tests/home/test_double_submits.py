"""A public form sent twice from the same display (a double click, a second tab, a reload of a
slow answer) stores one row and sends one set of mails; the repeat gets the first answer."""

import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation

from clubs.interests.forms import EMAIL_RATE_LIMIT, InterestFormPageMixin
from clubs.models import Interest
from home.models import FormPageSubmission, Registration, SubmissionReceipt
from home.submissions import TOKEN_FIELD, OnceOnly
from tests.concurrency import HeldAtFirstCall, in_thread, until_it_waits_for_a_lock
from tests.factories import (
    ClubDirectoryPageFactory,
    ClubPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FormPageFactory,
    FormPageFieldFactory,
    MunicipalityFactory,
    RegionFactory,
)

VOLUNTEER = {
    "name": "Alex Beispiel",
    "email": "alex@example.org",
    "phone": "",
    "message": "Ich habe samstags Zeit.",
    "consent": "on",
    "website": "",
}
PERSON = {
    "name": "Jürgen Müller",
    "email": "juergen@example.org",
    "consent": "on",
    "website": "",
}
ANSWERS = {"frage": "Mehr Fortbildungen", "consent": "on", "website": ""}


@pytest.fixture
def club(home_page):
    directory = ClubDirectoryPageFactory(parent=home_page)
    region = RegionFactory(name="Amt Nordheide", slug="amt-nordheide")
    return ClubPageFactory(
        parent=directory,
        title="TSV Lindau",
        slug="tsv-lindau",
        municipality=MunicipalityFactory(region=region, name="Lindau", slug="lindau"),
        contact_email="vorstand@tsv-lindau.example",
    )


@pytest.fixture
def event(home_page):
    index = EventIndexPageFactory(parent=home_page)
    return EventPageFactory(parent=index, title="Kassenführung", slug="kasse", capacity=3)


@pytest.fixture
def survey(home_page):
    page = FormPageFactory(
        parent=home_page,
        title="Bedarfsumfrage",
        slug="bedarfsumfrage",
        subject="Neue Antwort",
        to_address="umfrage@example.org",
    )
    FormPageFieldFactory(page=page, label="Frage", field_type="singleline")
    return page


def token_on(client, page):
    """The token of the form as the page shows it."""
    with translation.override("de"):
        soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return soup.select_one(f"form input[type=hidden][name={TOKEN_FIELD}]")["value"]


def send(client, page, data, capture, ip="203.0.113.7"):
    with capture(execute=True), translation.override("de"):
        return client.post(page.url, data, REMOTE_ADDR=ip)


def answer_page(client, response):
    """The page the answer sends people to (by GET), with its messages."""
    with translation.override("de"):
        return client.get(response["Location"]).content.decode()


def de(text, params=None):
    with translation.override("de"):
        text = translation.gettext(text)
    return text % params if params else text


def _first_check_finds_nothing():
    """`OnceOnly.earlier_response` as a twin sees it that arrives before the first commits:
    nothing the first time, the stored answer afterwards."""
    original = OnceOnly.earlier_response
    calls = []

    def earlier_response(self, request):
        calls.append(request)
        return None if len(calls) == 1 else original(self, request)

    return earlier_response


def twice(client, page, data, capture):
    """The same submission twice; (first answer, page after it, second answer, page after it)."""
    first = send(client, page, data, capture)
    first_page = answer_page(client, first)
    second = send(client, page, data, capture)
    return first, first_page, second, answer_page(client, second)


@pytest.mark.django_db
class TestSameDisplayTwice:
    def test_interest_is_stored_and_mailed_once_and_both_see_the_thanks(
        self, client, club, mailoutbox, django_capture_on_commit_callbacks
    ):
        data = {**VOLUNTEER, TOKEN_FIELD: token_on(client, club)}
        first, first_page, second, second_page = twice(
            client, club, data, django_capture_on_commit_callbacks
        )

        thanks = de(
            "Thank you! Your message has been passed on to %(club)s. We have sent you a "
            "confirmation by email.",
            {"club": "TSV Lindau"},
        )
        assert Interest.objects.count() == 1
        assert len(mailoutbox) == 2  # the confirmation and the club's notification, once
        assert first.status_code == second.status_code == 302
        assert second["Location"] == first["Location"]
        assert thanks in first_page
        assert thanks in second_page

    def test_a_twin_that_lost_the_race_uses_up_none_of_the_limit(
        self, client, club, monkeypatch, django_capture_on_commit_callbacks
    ):
        """A parallel twin passes the check for an earlier answer before the first commits,
        claims its rate-limit slots, then loses the receipt: it must give them back."""
        data = {**VOLUNTEER, TOKEN_FIELD: token_on(client, club)}
        send(client, club, data, django_capture_on_commit_callbacks)
        monkeypatch.setattr(OnceOnly, "earlier_response", _first_check_finds_nothing())

        second = send(client, club, data, django_capture_on_commit_callbacks)

        assert second.status_code == 302
        assert Interest.objects.count() == 1
        assert len(EMAIL_RATE_LIMIT._hit_times(VOLUNTEER["email"])) == 1

    def test_registration_is_stored_and_mailed_once_and_both_see_the_confirmation(
        self, client, event, mailoutbox, django_capture_on_commit_callbacks
    ):
        data = {**PERSON, TOKEN_FIELD: token_on(client, event)}
        first, first_page, second, second_page = twice(
            client, event, data, django_capture_on_commit_callbacks
        )

        confirmed = de("Thank you! Your place is confirmed. We have sent you an email.")
        assert Registration.objects.count() == 1
        assert len(mailoutbox) == 1
        assert second["Location"] == first["Location"]
        assert confirmed in first_page
        assert confirmed in second_page

    def test_survey_answer_is_stored_and_mailed_once_and_both_see_the_thank_you_text(
        self, client, survey, mailoutbox, django_capture_on_commit_callbacks
    ):
        data = {**ANSWERS, TOKEN_FIELD: token_on(client, survey)}
        first, _first_page, second, _second_page = twice(
            client, survey, data, django_capture_on_commit_callbacks
        )

        assert FormPageSubmission.objects.count() == 1
        assert len(mailoutbox) == 1
        assert first["Location"] == second["Location"] == f"{survey.url}?gesendet=1"
        assert TOKEN_FIELD not in FormPageSubmission.objects.get().get_data()

    def test_the_same_answers_from_a_new_display_are_a_new_submission(
        self, client, survey, django_capture_on_commit_callbacks
    ):
        for _display in range(2):
            data = {**ANSWERS, TOKEN_FIELD: token_on(client, survey)}
            send(client, survey, data, django_capture_on_commit_callbacks)

        assert FormPageSubmission.objects.count() == 2

    def test_two_people_with_the_token_of_one_cached_page_are_both_stored(
        self, client, club, mailoutbox, django_capture_on_commit_callbacks
    ):
        token = token_on(client, club)
        for email in ("alex@example.org", "kim@example.org"):
            data = {**VOLUNTEER, "email": email, TOKEN_FIELD: token}
            send(client, club, data, django_capture_on_commit_callbacks)

        assert sorted(Interest.objects.values_list("email", flat=True)) == [
            "alex@example.org",
            "kim@example.org",
        ]

    @pytest.mark.parametrize("token", [None, "", "kurz", "<script>" * 20])
    def test_old_forms_without_a_valid_token_are_stored_as_before(
        self, client, club, token, django_capture_on_commit_callbacks
    ):
        data = {**VOLUNTEER} if token is None else {**VOLUNTEER, TOKEN_FIELD: token}
        response = send(client, club, data, django_capture_on_commit_callbacks)

        assert response.status_code == 302
        assert Interest.objects.count() == 1


@pytest.mark.django_db
def test_retention_removes_receipts_after_their_hours(settings):
    settings.SUBMISSION_RECEIPT_HOURS = 48
    now = timezone.now()
    SubmissionReceipt.objects.create(key="alt", created_at=now - timedelta(hours=49))
    SubmissionReceipt.objects.create(key="neu", created_at=now - timedelta(hours=47))
    out = io.StringIO()

    call_command("apply_retention", "--apply", stdout=out)

    assert list(SubmissionReceipt.objects.values_list("key", flat=True)) == ["neu"]
    assert "1 submission receipts" in out.getvalue()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_identical_interests_at_the_same_moment_store_and_mail_once(
    club, mailoutbox, monkeypatch
):
    data = {**VOLUNTEER, TOKEN_FIELD: token_on(Client(), club)}
    # The first interest stops right after it was stored, inside its transaction.
    held = HeldAtFirstCall(monkeypatch, InterestFormPageMixin, "_send_interest_emails")

    def post():
        with translation.override("de"):
            return Client().post(club.url, data, REMOTE_ADDR="203.0.113.7")

    first_thread, first = in_thread(post)
    assert held.inside.wait(timeout=60)
    second_thread, second = in_thread(post)
    until_it_waits_for_a_lock(second_thread)  # the twin waits for the first one's transaction
    held.release()
    first_thread.join()
    second_thread.join()

    assert Interest.objects.count() == 1
    assert len(mailoutbox) == 2
    assert first["response"].status_code == second["response"].status_code == 302
    assert second["response"]["Location"] == first["response"]["Location"]
