"""A closed request's conversation is closed: applicants and staff cannot send messages on it
any more, also not by posting to the form's address directly; staff may still add internal
notes for the file."""

import pytest
from django.urls import reverse

from tests.factories import FundingApplicationFactory
from workflows import actions
from workflows.models import Message

pytestmark = pytest.mark.django_db

CLOSED = "Der Antrag ist abgeschlossen; es können keine Nachrichten mehr gesendet werden."


@pytest.fixture
def rejected(representative, coordinator_a, club_a, budget):
    application = actions.submit(
        representative, FundingApplicationFactory(club=club_a, budget=budget)
    )
    actions.review_funding(
        coordinator_a, actions.open_task(application, "review"), "reject", message="Nein."
    )
    application.refresh_from_db()
    assert application.is_finished
    return application


def test_the_applicant_cannot_post_on_a_closed_request(client, representative, rejected):
    client.force_login(representative)
    before = Message.objects.count()

    response = client.post(
        reverse("my_request_message", args=[rejected.pk]), {"body": "Warum denn nicht?"}
    )

    assert response.status_code == 200
    assert CLOSED in response.content.decode()
    assert Message.objects.count() == before


def test_the_closed_request_shows_no_message_form(client, representative, rejected):
    client.force_login(representative)

    response = client.get(reverse("my_request_detail", args=[rejected.pk]))

    html = response.content.decode()
    assert CLOSED in html
    assert reverse("my_request_message", args=[rejected.pk]) not in html


def test_staff_cannot_message_the_applicant_but_can_note_internally(
    client, coordinator_a, rejected
):
    client.force_login(coordinator_a)
    url = reverse("workflows_admin:message", args=[rejected.pk])
    before = Message.objects.count()

    refused = client.post(url, {"body": "Noch eine Frage"})
    noted = client.post(url, {"body": "Für die Akte", "internal": "on"})

    assert refused.status_code == 200
    assert CLOSED in refused.content.decode()
    assert noted.status_code == 302
    assert list(Message.objects.order_by("pk").values_list("body", "internal"))[before:] == [
        ("Für die Akte", True)
    ]
