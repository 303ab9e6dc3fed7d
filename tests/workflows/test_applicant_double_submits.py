"""Applicants' forms sent twice from the same display (a double click): one draft, one message,
one notice; the repeat gets the first answer."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from home.submissions import TOKEN_FIELD
from tests.factories import FundingApplicationFactory
from tests.workflows.test_applicant_area import PDF, funding_data
from workflows import actions
from workflows.models import FundingApplication

pytestmark = pytest.mark.django_db


def token_in(client, url, action=None):
    """The token of the form on page `url` (of the form posting to `action`, if given)."""
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    form = soup.select_one(f'form[action="{action}"]') if action else soup
    return form.select_one(f"input[type=hidden][name={TOKEN_FIELD}]")["value"]


def test_a_double_click_on_a_new_request_saves_one_draft(client, representative, club_a, budget):
    client.force_login(representative)
    url = reverse("my_request_create", args=["foerderantrag"])
    data = {**funding_data(club_a, budget), TOKEN_FIELD: token_in(client, url)}

    first = client.post(url, data)
    second = client.post(url, data)

    draft = FundingApplication.objects.get()
    assert first["Location"] == second["Location"] == reverse("my_request_detail", args=[draft.pk])
    assert draft.cost_items.count() == 2


def test_a_double_click_on_a_message_posts_and_notifies_once(
    client,
    representative,
    coordinator_a,
    club_a,
    budget,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    application = actions.submit(
        representative, FundingApplicationFactory(club=club_a, budget=budget)
    )
    mailoutbox.clear()
    client.force_login(representative)
    url = reverse("my_request_message", args=[application.pk])
    detail = reverse("my_request_detail", args=[application.pk])
    data = {"body": "Das Angebot kommt morgen.", TOKEN_FIELD: token_in(client, detail, url)}

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url, data)
    with django_capture_on_commit_callbacks(execute=True):
        second = client.post(url, data)

    assert first["Location"] == second["Location"] == f"{detail}#messages"
    assert application.messages.filter(body="Das Angebot kommt morgen.").count() == 1
    assert [message.to for message in mailoutbox] == [[coordinator_a.email]]


def test_the_same_display_sent_again_with_another_cost_plan_is_not_swallowed(
    client, representative, club_a, budget
):
    client.force_login(representative)
    url = reverse("my_request_create", args=["foerderantrag"])
    token = token_in(client, url)
    for rent in ("150,00", "200,00"):
        costs = (("Honorar", "600,00"), ("Raummiete", rent))
        client.post(url, {**funding_data(club_a, budget, costs=costs), TOKEN_FIELD: token})

    totals = sorted(draft.total_costs for draft in FundingApplication.objects.all())
    assert totals == [Decimal("750"), Decimal("800")]


def test_a_double_click_on_an_upload_stores_one_document(client, representative, club_a, budget):
    draft = FundingApplicationFactory(club=club_a, budget=budget)
    client.force_login(representative)
    url = reverse("my_request_upload", args=[draft.pk])
    token = token_in(client, reverse("my_request_detail", args=[draft.pk]), url)

    answers = [
        client.post(
            url,
            {"kind": "quote", "file": SimpleUploadedFile("angebot.pdf", PDF), TOKEN_FIELD: token},
        )
        for _click in range(2)
    ]

    assert answers[0]["Location"] == answers[1]["Location"]
    assert draft.attachments.count() == 1
