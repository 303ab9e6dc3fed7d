import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import ModelLogEntry

from clubs.models import Interest


class Command(BaseCommand):
    help = (
        "Delete the messages of volunteers to clubs (expressions of interest) that are older "
        "than INTEREST_RETENTION_DAYS (default 365 days), with the admin's log entries about "
        "them. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only report how many would be deleted; delete nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        days = settings.INTEREST_RETENTION_DAYS
        if days < 1:
            raise CommandError(f"INTEREST_RETENTION_DAYS must be at least 1, not {days}.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = Interest.objects.filter(created_at__lt=cutoff)
        since = timezone.localtime(cutoff).strftime("%Y-%m-%d %H:%M")

        if dry_run:
            count = old.count()
            self.stdout.write(
                f"Would delete {count} expression(s) of interest received before {since} "
                f"(retention: {days} days). Nothing was deleted."
            )
            return

        with transaction.atomic():
            # The admin's history names the volunteer, so it goes too: entries about the
            # deleted interests, and any entry older than the retention period.
            old_pks = old.annotate(pk_text=Cast("pk", CharField())).values("pk_text")
            ModelLogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(Interest)
            ).filter(Q(object_id__in=old_pks) | Q(timestamp__lt=cutoff)).delete()
            _total, deleted = old.delete()
        count = deleted.get(Interest._meta.label, 0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {count} expression(s) of interest received before {since} "
                f"(retention: {days} days)."
            )
        )
