from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from home.demo import load_demo_content


class Command(BaseCommand):
    help = (
        "Load demo pages, settings and one account per role, then rebuild the search index. "
        "Safe to repeat: only what is missing is created."
    )

    def handle(self, *args, **options):
        if not settings.ALLOW_DEMO_CONTENT:
            raise CommandError(
                "Demo content creates accounts with a published password. It is switched off "
                "here; set ALLOW_DEMO_CONTENT=true only on a demo or test installation."
            )
        load_demo_content(log=lambda message: self.stdout.write(message))
        # Pages are indexed as they are saved; rebuilding once makes sure that the index also
        # holds what was created in bulk or changed afterwards.
        call_command("update_index", stdout=StringIO())
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
