"""The benchmark's view from inside Django: which URLs to load, who is logged in, and how many
SQL queries each page needs (run by run.py with the benchmark's settings and database)."""

from django.contrib.auth import get_user_model
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS
from wagtail.models import Page

from clubs.models import ClubDirectoryPage, OpportunityFinderPage, OpportunityPage
from home.models import EventIndexPage, NewsPage
from workflows.models import Request


def finder_with_filters():
    """The finder narrowed to the village and category of a live opportunity, as a visitor would."""
    finder = OpportunityFinderPage.objects.live().filter(locale__language_code="de").first()
    opportunity = (
        OpportunityPage.objects.live()
        .filter(locale=finder.locale, municipality__isnull=False, categories__isnull=False)
        .select_related("municipality")
        .first()
    )
    category = opportunity.categories.first()
    return f"{finder.url}?ort={opportunity.municipality.name}&bereich={category.slug}"


def page_urls():
    german = {"locale__language_code": "de"}
    return {
        "Startseite": "/",
        "Engagement-Finder mit Filtern": finder_with_filters(),
        "Vereinsverzeichnis": ClubDirectoryPage.objects.live().filter(**german).first().url,
        "Veranstaltungen": EventIndexPage.objects.live().filter(**german).first().url,
        "Neuigkeit": NewsPage.objects.live().filter(**german).order_by("-date").first().url,
        "Suche „Verein“": reverse("search") + "?q=Verein",
        "Mein Bereich (verein.sport)": reverse("my_area"),
        "Eingang Koordination (koordination.nord)": reverse("workflows_admin:inbox"),
        "Alle Anträge (koordination.nord)": reverse("workflows_admin:requests"),
    }


def session_cookie(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client.cookies["sessionid"].value


def query_count(url, cookie):
    client = Client(HTTP_HOST="127.0.0.1")
    if cookie:
        client.cookies["sessionid"] = cookie
    response = client.get(url)  # warm the caches, as the load test does
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def probe_portal(pages):
    urls = page_urls()
    cookies = {user: session_cookie(user) for _name, user in pages if user}
    return {
        "urls": urls,
        "cookies": cookies,
        "queries": {name: query_count(urls[name], cookies.get(user)) for name, user in pages},
        "static_url": staticfiles_storage.url("css/portal.css"),
        "counts": {
            "live pages": Page.objects.live().count(),
            "requests": Request.objects.count(),
            "open tasks": Task.objects.filter(
                flow_task_type="HUMAN", status__in=[STATUS.NEW, STATUS.ASSIGNED]
            ).count(),
        },
    }
