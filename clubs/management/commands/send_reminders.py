from django.core.management.base import BaseCommand

from clubs.reminders.reminders import send_due_reminders


class Command(BaseCommand):
    help = (
        "Queue the reminder mails for shifts and course sessions starting within the next "
        "REMINDER_HOURS_BEFORE hours: one per address and day, never twice. Run it hourly "
        "from cron."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Queued {send_due_reminders()} reminders.")
