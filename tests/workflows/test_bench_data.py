"""The benchmark's data generator: what it adds to the demo must look and behave like content
and requests made by people, or the benchmark measures something the portal never serves."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.urls import reverse
from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS
from wagtail.models import Page

from clubs.models import ClubPage, OpportunityPage
from home.models import ArticlePage, EventPage, NewsPage
from workflows.demo.bench_data import generate
from workflows.models import Request

pytestmark = pytest.mark.django_db

OPEN = [STATUS.NEW, STATUS.ASSIGNED]


@pytest.fixture
def generated(demo):
    pages_before = set(Page.objects.values_list("pk", flat=True))
    requests_before = set(Request.objects.values_list("pk", flat=True))
    made = generate(pages=40, requests=30)
    new_pages = Page.objects.exclude(pk__in=pages_before).specific()
    new_requests = Request.objects.exclude(pk__in=requests_before)
    return made, list(new_pages), new_requests


def test_the_pages_are_live_in_their_sections_and_render(client, generated):
    made, pages, _requests = generated
    assert len(pages) == 40
    assert {type(page) for page in pages} == {
        ClubPage,
        OpportunityPage,
        EventPage,
        NewsPage,
        ArticlePage,
    }
    assert made["pages: news"] == 10
    for page in pages:
        assert page.live
        assert client.get(page.url).status_code == 200, page.url
    assert Page.find_problems() == ([], [], [], [], [])


def test_new_news_and_clubs_appear_in_their_listings(client, generated):
    _made, pages, _requests = generated
    news = [page for page in pages if isinstance(page, NewsPage)]
    assert set(news) <= set(news[0].get_parent().specific.news())
    club = next(page for page in pages if isinstance(page, ClubPage))
    listing = client.get(club.get_parent().url + f"?ort={club.municipality.slug}")
    assert club.title in listing.content.decode()


def test_the_requests_wait_in_every_state_and_staff_can_open_them(client, generated):
    made, _pages, requests = generated
    assert requests.count() == 33  # 30 open and a tenth of that closed
    assert sum(count for what, count in made.items() if not what.startswith("pages")) == 33
    processes = requests.values("process")
    assert Task.objects.filter(process__in=processes, status__in=OPEN).count() >= 30
    assert Task.objects.filter(process__in=processes, status=STATUS.DONE).exists()
    client.force_login(get_user_model().objects.get(username="programmleitung"))
    assert client.get(reverse("workflows_admin:requests")).status_code == 200
    for request in requests:
        page = client.get(reverse("workflows_admin:request_detail", args=[request.pk]))
        assert page.status_code == 200, request


@override_settings(ALLOW_DEMO_CONTENT=False)
def test_the_command_refuses_outside_demo_installations(db):
    with pytest.raises(CommandError):
        call_command("generate_bench_data", "--pages=1", "--requests=1")
