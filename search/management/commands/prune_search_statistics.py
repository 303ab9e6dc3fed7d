import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import UnansweredQueryDailyHits


class Command(BaseCommand):
    help = (
        "Delete search statistics older than WAGTAILSEARCH_HITS_MAX_AGE days, and search terms "
        "that are neither searched any more nor have recommended results. Run it daily."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        days = settings.WAGTAILSEARCH_HITS_MAX_AGE
        oldest_kept = timezone.localdate() - datetime.timedelta(days=days)
        # One local day for both counts: Wagtail's garbage_collect counts days in UTC, which
        # keeps an extra day of counts between midnight in Germany and midnight in UTC.
        QueryDailyHits.objects.filter(date__lt=oldest_kept).delete()
        UnansweredQueryDailyHits.objects.filter(date__lt=oldest_kept).delete()
        Query.garbage_collect()
        self.stdout.write(f"Search statistics before {oldest_kept:%d.%m.%Y} deleted.")
