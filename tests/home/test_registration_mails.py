"""Registration mails go to an address nobody has confirmed yet: they greet neutrally and never
repeat what the visitor typed, so the form cannot send a stranger text (or links) of the
sender's choosing in the portal's name."""

import pytest
from django.utils import translation

from home.events.registration import send_registration_mail
from tests.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

TYPED_NAME = "Gewinnen Sie 1000 Euro auf https://spam.example/jetzt"
TYPED_ORGANISATION = "Klicken Sie hier: www.spam.example"


@pytest.fixture
def event(home_page):
    index = EventIndexPageFactory(parent=home_page)
    return EventPageFactory(parent=index, title="Kassenführung leicht gemacht", capacity=1)


def assert_repeats_nothing_typed(mail):
    for text in (mail.subject, mail.body):
        assert "spam.example" not in text
        assert "Gewinnen" not in text
    assert mail.body.startswith("Guten Tag,\n")


@pytest.mark.parametrize(
    "template",
    [
        "registration_confirmed",
        "registration_waiting",
        "registration_moved_up",
        "registration_cancelled",
    ],
)
def test_registration_mails_greet_without_the_typed_name(
    event, rf, mailoutbox, django_capture_on_commit_callbacks, template
):
    registration = RegistrationFactory(
        event=event, name=TYPED_NAME, organisation=TYPED_ORGANISATION, language="de"
    )

    with django_capture_on_commit_callbacks(execute=True):
        send_registration_mail(template, registration, rf.get("/"))

    (mail,) = mailoutbox
    assert mail.to == [registration.email]
    assert_repeats_nothing_typed(mail)
    assert "Kassenführung leicht gemacht" in mail.body


def test_the_form_sends_no_typed_text_to_the_given_address(
    client, event, mailoutbox, django_capture_on_commit_callbacks
):
    data = {
        "name": TYPED_NAME,
        "email": "fremde@example.org",
        "organisation": TYPED_ORGANISATION,
        "phone": "",
        "accessibility_needs": "Besuchen Sie https://spam.example",
        "consent": "on",
        "website": "",
    }

    with django_capture_on_commit_callbacks(execute=True), translation.override("de"):
        response = client.post(event.url, data)

    assert response.status_code == 302
    (mail,) = mailoutbox
    assert mail.to == ["fremde@example.org"]
    assert_repeats_nothing_typed(mail)
