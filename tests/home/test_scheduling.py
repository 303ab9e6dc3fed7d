"""Scheduled publishing and expiry: `manage.py publish_scheduled` (a timer in production) puts
pages live and takes them down at the times editors set."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_a_scheduled_page_goes_live_at_its_time_and_leaves_at_expiry(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="sommerfest", live=False)
    page.go_live_at = timezone.now() + timedelta(hours=1)
    page.expire_at = timezone.now() + timedelta(days=2)
    revision = page.save_revision()
    revision.publish()  # with a future date, "publish" only schedules

    assert client.get("/sommerfest/").status_code == 404

    # An hour later: the timer's run publishes it.
    an_hour_later = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = an_hour_later.isoformat()
    revision.approved_go_live_at = an_hour_later
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    assert client.get("/sommerfest/").status_code == 200
    assert "/sommerfest/" in client.get("/sitemap.xml").content.decode()

    # Two days later: it expires and leaves the site.
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled")
    assert client.get("/sommerfest/").status_code == 404
    assert "/sommerfest/" not in client.get("/sitemap.xml").content.decode()
    assert Page.objects.get(pk=page.pk).expired
