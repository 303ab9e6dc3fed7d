""" "Bestätigung erneut senden": the confirmation of a registration, with its cancellation link,
sent again to the address that registered; the answer never tells whether it did."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from home.events.registration import cancel_token
from home.events.resend import EMAIL_RATE_LIMIT
from tests.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

SENT_AGAIN = (
    "If this email address is registered for this event, we have sent the confirmation "
    "with the cancellation link to it again. Please also look in your spam folder."
)


def de(text):
    with translation.override("de"):
        return translation.gettext(text)


@pytest.fixture
def event(home_page):
    index = EventIndexPageFactory(parent=home_page)
    return EventPageFactory(parent=index, title="Kassenführung", slug="kasse", capacity=1)


def resend_url(event):
    return f"{event.get_parent().url}kasse/bestaetigung/"


@pytest.fixture
def ask(client, django_capture_on_commit_callbacks):
    def ask(event, email, ip="203.0.113.9"):
        with django_capture_on_commit_callbacks(execute=True), translation.override("de"):
            return client.post(resend_url(event), {"email": email}, REMOTE_ADDR=ip)

    return ask


def answer_of(client, response):
    """Where the answer leads and what the page then says."""
    with translation.override("de"):
        page = client.get(response["Location"]).content.decode()
    return response["Location"], de(SENT_AGAIN) in page


def test_the_event_page_links_to_the_form(client, event):
    with translation.override("de"):
        soup = BeautifulSoup(client.get(event.url).content, "html.parser")
    link = soup.select_one(f'.registration-section a[href="{resend_url(event)}"]')
    assert link.get_text(strip=True) == de("Send the confirmation again")
    with translation.override("de"):
        form_page = client.get(resend_url(event))
    assert form_page.status_code == 200
    assert 'name="email"' in form_page.content.decode()


def test_a_registered_person_gets_the_confirmation_with_the_cancellation_link_again(
    ask, client, event, mailoutbox
):
    registration = RegistrationFactory(event=event, email="juergen@example.org")

    response = ask(event, "Juergen@Example.org")

    (mail,) = mailoutbox
    assert mail.to == ["juergen@example.org"]
    assert "Kassenführung" in mail.subject
    assert f"?token={cancel_token(registration)[:20]}" in mail.body.replace("%3A", ":")
    assert answer_of(client, response) == (f"{event.url}#anmeldung", True)


def test_a_person_on_the_waiting_list_gets_the_waiting_list_mail_again(ask, event, mailoutbox):
    RegistrationFactory(event=event)
    RegistrationFactory(event=event, email="kim@example.org", status="waiting")

    ask(event, "kim@example.org")

    (mail,) = mailoutbox
    assert mail.to == ["kim@example.org"]
    with translation.override("de"):
        waiting = translation.gettext("Waiting list: %(title)s") % {"title": "Kassenführung"}
    assert mail.subject == waiting


@pytest.mark.parametrize("status", [None, "cancelled"])
def test_an_unknown_or_cancelled_address_gets_the_same_answer_and_no_mail(
    ask, client, event, mailoutbox, status
):
    if status:
        RegistrationFactory(event=event, email="juergen@example.org", status=status)
    RegistrationFactory(event=event, email="someone.else@example.org")

    response = ask(event, "juergen@example.org")

    assert mailoutbox == []
    assert answer_of(client, response) == (f"{event.url}#anmeldung", True)


def test_a_double_click_sends_once(client, event, mailoutbox, django_capture_on_commit_callbacks):
    RegistrationFactory(event=event, email="juergen@example.org")
    with translation.override("de"):
        soup = BeautifulSoup(client.get(resend_url(event)).content, "html.parser")
    token = soup.select_one("input[name=submission_token]")["value"]
    data = {"email": "juergen@example.org", "submission_token": token}

    for _click in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(resend_url(event), data)
        assert response.status_code == 302

    assert len(mailoutbox) == 1


def test_the_rate_limit_per_address_stops_a_flood_of_mails(ask, client, event, mailoutbox):
    RegistrationFactory(event=event, email="juergen@example.org")

    answers = [ask(event, "juergen@example.org", ip=f"203.0.113.{n}") for n in range(1, 6)]

    assert len(mailoutbox) == EMAIL_RATE_LIMIT.limit
    refused = answers[-1].content.decode()
    assert "juergen@example.org" in refused  # the form again, with the entry
    assert (
        de(
            "You have asked for the confirmation several times in a short time. Please try "
            "again in an hour."
        )
        in refused
    )


@pytest.mark.parametrize("email", ["", "keine-adresse", "a" * 300 + "@example.org"])
def test_bad_input_gets_the_form_with_a_message(ask, event, mailoutbox, email):
    response = ask(event, email)

    assert response.status_code == 200
    assert "data-error-summary" in response.content.decode()
    assert mailoutbox == []


def test_an_unknown_event_is_not_found(client, event):
    assert client.get(f"{event.get_parent().url}gibt-es-nicht/bestaetigung/").status_code == 404
