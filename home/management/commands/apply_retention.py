from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from home.personal_data import registry
from home.submissions import remove_old_receipts


class Command(BaseCommand):
    help = (
        "Remove or anonymise personal data whose retention period has ended: expressions of "
        "interest, event registrations, form and survey answers, and the personal data of "
        "closed requests (periods: *_RETENTION_DAYS settings, docs/privacy.md), and the "
        "receipts that recognise double submissions (SUBMISSION_RECEIPT_HOURS). Without "
        "--apply it only reports what it would do. Run it daily with --apply."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--apply",
            action="store_true",
            help="Really remove or anonymise; without it nothing is changed.",
        )

    def handle(self, *args, apply=False, **options):
        verb = "Removed or anonymised" if apply else "Would remove or anonymise"
        for kind, cutoff, count in registry.apply_retention(apply=apply):
            since = timezone.localtime(cutoff).strftime("%Y-%m-%d %H:%M")
            self.stdout.write(
                f"{verb} {count} {kind.key.replace('_', ' ')} from before {since} "
                f"({kind.retention_setting}={kind.retention_days()}): {kind.after_retention}."
            )
        cutoff, count = remove_old_receipts(apply=apply)
        since = timezone.localtime(cutoff).strftime("%Y-%m-%d %H:%M")
        self.stdout.write(
            f"{verb} {count} submission receipts from before {since} "
            f"(SUBMISSION_RECEIPT_HOURS={settings.SUBMISSION_RECEIPT_HOURS})."
        )
        if not apply:
            self.stdout.write("Dry run: nothing was changed. Run with --apply to do it.")
