"""Every address of the request screens, for every role that must not see a request.

A funding application of club A (region north) with a message, an internal note, an attachment
and an open task is the secret. The representative of club B, the coordinator of region south,
an expert it was not assigned to, an editor and an anonymous visitor try every page, task,
attachment and export with its ids, by GET and by POST: nothing answers with its content, and
nothing changes. New addresses must be added to the tables here, or the first test fails.
"""

import io

import openpyxl
import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.shortcuts import resolve_url
from django.urls import reverse

from home.roles import EDITORS
from tests.factories import CoachingRequestFactory, FundingApplicationFactory, UserFactory
from workflows import actions
from workflows.applicant import urls as applicant_urls
from workflows.models import Attachment, Message
from workflows.staff import urls as staff_urls

SECRET_TITLE = "Geheimprojekt Vereinsheim Nordlicht"
PDF = b"%PDF-1.4\n%%EOF\n"

# URL name -> which ids it takes ("request", "task", "attachment") or fixed arguments.
OBJECT_URLS = {
    "my_request_detail": ("request",),
    "my_request_edit": ("request",),
    "my_request_submit": ("request",),
    "my_request_task": ("request", "task"),
    "my_request_message": ("request",),
    "my_request_upload": ("request",),
    "my_request_attachment": ("attachment",),
    "workflows_admin:request_detail": ("request",),
    "workflows_admin:task": ("request", "task"),
    "workflows_admin:task_take": ("request", "task"),
    "workflows_admin:message": ("request",),
    "workflows_admin:upload": ("request",),
    "workflows_admin:attachment": ("attachment",),
}
LIST_URLS = {
    "my_requests": (),
    "my_request_create": ("foerderantrag",),
    "workflows_admin:inbox": (),
    "workflows_admin:queue": (),
    "workflows_admin:requests": (),
    "workflows_admin:export": ("csv",),
    "workflows_admin:budgets": (),
}
EXTRA_LIST_ARGS = {"workflows_admin:export": [("xlsx",)]}


def all_names():
    names = {pattern.name for pattern in applicant_urls.urlpatterns}
    names |= {f"{staff_urls.app_name}:{pattern.name}" for pattern in staff_urls.urlpatterns}
    return names


def test_every_address_of_the_request_screens_is_in_the_matrix():
    assert all_names() == set(OBJECT_URLS) | set(LIST_URLS)


@pytest.fixture
def secret(club_a, budget, representative, coordinator_a):
    application = actions.submit(
        representative,
        FundingApplicationFactory(club=club_a, budget=budget, title=SECRET_TITLE),
    )
    actions.post_message(representative, application, "Bitte bald prüfen.")
    actions.post_message(coordinator_a, application, "Intern: Kassenwart anrufen.", internal=True)
    attachment = actions.add_attachment(
        representative, application, SimpleUploadedFile("angebot.pdf", PDF), kind="quote"
    )
    return {
        "request": application,
        "task": actions.open_task(application, "review"),
        "attachment": attachment,
    }


@pytest.fixture
def editor(roles):
    user = UserFactory(username="redaktion")
    user.groups.add(Group.objects.get(name=EDITORS.group_name))
    return user


OUTSIDERS = ["other_representative", "coordinator_b", "expert_user", "editor", "anonymous"]


def text_of(response):
    if response.get("Content-Type", "").startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    ):
        workbook = openpyxl.load_workbook(io.BytesIO(response.content))
        return " ".join(
            str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row
        )
    if hasattr(response, "streaming_content"):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def state(secret):
    request = type(secret["request"]).objects.get(pk=secret["request"].pk)
    task = type(secret["task"]).objects.get(pk=secret["task"].pk)
    return (
        request.status,
        request.title,
        Message.objects.filter(request=request).count(),
        Attachment.objects.filter(request=request).count(),
        task.status,
        task.owner_id,
    )


@pytest.mark.parametrize("role", OUTSIDERS)
def test_outsiders_never_see_or_change_the_request_of_another_club_or_region(
    client, request, secret, role
):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    login = resolve_url(settings.LOGIN_URL)
    before = state(secret)
    reference = secret["request"].reference
    checked = 0
    for name, parts in OBJECT_URLS.items():
        url = reverse(name, args=[secret[part].pk for part in parts])
        for method in (client.get, client.post):
            response = method(url, {"body": "x", "title": "Übernommen", "decision": "approve"})
            checked += 1
            assert response.status_code in (302, 403, 404, 405), (role, name, response.status_code)
            if response.status_code == 302:
                assert role != "anonymous" or response["Location"].startswith(login), name
            body = text_of(response)
            assert SECRET_TITLE not in body, (role, name)
            assert reference not in body, (role, name)
    for name, args in LIST_URLS.items():
        for arguments in [args, *EXTRA_LIST_ARGS.get(name, [])]:
            response = client.get(reverse(name, args=arguments))
            checked += 1
            assert response.status_code in (200, 302, 403, 404), (role, name)
            body = text_of(response)
            assert SECRET_TITLE not in body, (role, name)
            assert reference not in body, (role, name)
    assert state(secret) == before
    assert checked == 2 * len(OBJECT_URLS) + len(LIST_URLS) + 1


def test_the_coordinator_of_the_region_and_the_applicant_do_see_it(
    client, secret, representative, coordinator_a
):
    request = secret["request"]
    client.force_login(coordinator_a)
    staff_page = client.get(reverse("workflows_admin:request_detail", args=[request.pk]))
    assert staff_page.status_code == 200
    assert "Intern: Kassenwart anrufen." in text_of(staff_page)
    client.force_login(representative)
    own_page = client.get(reverse("my_request_detail", args=[request.pk]))
    assert own_page.status_code == 200
    assert SECRET_TITLE in text_of(own_page)
    assert "Intern: Kassenwart anrufen." not in text_of(own_page)


def test_experts_see_what_is_assigned_to_them_and_nothing_else(
    client, club_a, representative, coordinator_a, expert_user, topic
):
    assigned = actions.submit(
        representative, CoachingRequestFactory(club=club_a, topic=topic, title="Für die Lotsin")
    )
    other = actions.submit(
        representative, CoachingRequestFactory(club=club_a, topic=topic, title="Nicht für sie")
    )
    actions.triage_coaching(
        coordinator_a, actions.open_task(assigned, "triage"), expert=expert_user.expert
    )
    client.force_login(expert_user)

    assert (
        client.get(reverse("workflows_admin:request_detail", args=[assigned.pk])).status_code == 200
    )
    assert client.get(reverse("workflows_admin:request_detail", args=[other.pk])).status_code == 404
    listing = text_of(client.get(reverse("workflows_admin:requests")))
    assert "Für die Lotsin" in listing
    assert "Nicht für sie" not in listing
    inbox = text_of(client.get(reverse("workflows_admin:inbox")))
    assert "Für die Lotsin" in inbox
