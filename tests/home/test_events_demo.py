"""The demo events: every kind, current dates, a full course with a waiting list, translations."""

import pytest
from django.apps import apps
from django.utils import timezone
from wagtail.models import Locale, Page, Revision

from home.demo.events import EventsDemoLoader
from home.models import EventIndexPage, EventPage, Registration

pytestmark = pytest.mark.django_db


def german_events():
    return EventPage.objects.filter(locale=Locale.get_default())


def test_demo_has_upcoming_and_past_events_of_every_kind(demo):
    upcoming = german_events().upcoming()
    past = german_events().live().exclude(pk__in=upcoming.values("pk"))

    assert 15 <= upcoming.count() <= 20
    assert 3 <= past.count() <= 4
    assert set(upcoming.values_list("kind", flat=True)) == set(EventPage.Kind.values)
    assert set(upcoming.values_list("region__slug", flat=True)) == {
        "amt-eiderheide",
        "landkreis-ohmtal",
    }


def test_demo_certificate_course_has_four_modules_and_organiser(demo):
    course = german_events().get(slug="zertifikatskurs-vereinsmanagement")

    titles = [session.title for session in course.ordered_sessions()]
    assert titles == [
        "Vorstandsarbeit und Satzung",
        "Finanzen, Kasse und Gemeinnützigkeit",
        "Recht, Haftung und Versicherungen",
        "Mitglieder gewinnen und halten",
    ]
    assert course.required_sessions() == 3
    assert course.organiser.specific_class.__name__ == "ContactPointPage"
    assert all(session.start > timezone.now() for session in course.ordered_sessions())


def test_demo_has_a_full_course_with_a_waiting_list(demo):
    course = german_events().get(slug="zertifikatskurs-vereinsmanagement")
    registrations = Registration.objects.filter(event=course)

    assert registrations.filter(status="confirmed").count() == course.capacity
    assert registrations.filter(status="waiting").count() == 3


def test_demo_stammtische_are_monthly_and_ahead(demo):
    stammtische = german_events().filter(kind="stammtisch").upcoming()

    assert stammtische.count() == 6
    assert not stammtische.filter(registration_enabled=True).exists()


def test_demo_translates_the_index_and_some_events(demo, client):
    english = Locale.objects.get(language_code="en")

    assert EventIndexPage.objects.filter(locale=english).live().count() == 1
    assert 3 <= EventPage.objects.filter(locale=english).live().count() <= 4
    assert client.get("/veranstaltungen/").status_code == 200
    response = client.get("/en/veranstaltungen/")
    assert "Certificate course in club management" in response.content.decode()


def test_demo_home_page_shows_the_next_events(demo, client):
    html = client.get("/").content.decode()

    assert "Nächste Veranstaltungen und Kurse" in html
    assert html.count("event-card") >= 3


def test_demo_events_load_twice_without_changing_anything(demo):
    def snapshot():
        counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
        pages = list(Page.objects.order_by("pk").values_list("pk", "path", "latest_revision_id"))
        return counts, pages, Revision.objects.count()

    first = snapshot()

    EventsDemoLoader(log=lambda message: None).run()

    assert snapshot() == first
