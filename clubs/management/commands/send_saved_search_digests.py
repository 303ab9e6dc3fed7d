from django.core.management.base import BaseCommand

from clubs.saved_searches import digests


class Command(BaseCommand):
    help = (
        "Send the due digests of saved searches (daily or weekly, only with new offers), the "
        "notices of searches unused for SAVED_SEARCH_UNUSED_DAYS, and delete ended searches "
        "(unconfirmed after SAVED_SEARCH_UNCONFIRMED_DAYS, unused 30 days after the notice). "
        "Safe to run twice. Run it daily from cron, e.g. at 07:00."
    )

    def handle(self, *args, **options):
        sent = digests.send_due_digests()
        notices = digests.send_expiry_notices()
        deleted = digests.delete_ended()
        self.stdout.write(
            f"Queued {sent} digests and {notices} expiry notices; deleted {deleted} saved searches."
        )
