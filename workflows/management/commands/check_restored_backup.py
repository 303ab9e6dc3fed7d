from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from workflows.models import Attachment

# What an office would miss first, by model label, with the name the report gives it.
COUNTED = {
    "wagtailcore.Page": "pages",
    "clubs.ClubPage": "club pages",
    "workflows.Request": "requests",
    "workflows.Attachment": "request documents",
    "clubs.Interest": "expressions of interest",
    "home.Registration": "event registrations",
    "home.FormPageSubmission": "form answers",
    "home.User": "accounts",
}


class Command(BaseCommand):
    help = (
        "Check a database restored from a backup, with MEDIA_ROOT and PRIVATE_MEDIA_ROOT "
        "pointing at the restored files: the page tree is intact, the site has its home page, "
        "and every document, image and request attachment has its file. Prints what it holds; "
        "fails naming each problem. deploy/backup/restore-check.sh runs it on a scratch copy."
    )

    def handle(self, *args, **options):
        for label, name in COUNTED.items():
            self.stdout.write(f"{name}: {apps.get_model(label).objects.count()}")
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            self.stdout.write(
                f"The backup predates {len(pending)} migration(s) of this code; "
                "`manage.py migrate` brings it up to date."
            )

        problems = self.tree_problems() + self.site_problems() + self.missing_files()
        if problems:
            raise CommandError(
                f"The restored backup has {len(problems)} problem(s):\n" + "\n".join(problems)
            )
        self.stdout.write(self.style.SUCCESS("The restored backup is complete."))

    def tree_problems(self):
        names = ("bad alphabet", "bad path", "orphaned", "wrong depth", "wrong child count")
        return [
            f"page tree: {name}: page ids {sorted(ids)}"
            for name, ids in zip(names, Page.find_problems(), strict=True)
            if ids
        ]

    def site_problems(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            return ["no default site"]
        return [] if site.root_page else ["the default site has no home page"]

    def missing_files(self):
        owners = [
            (get_document_model().objects.all(), "document"),
            (get_image_model().objects.all(), "image"),
            (Attachment.objects.all(), "request document"),
        ]
        return [
            f"{kind} {item.pk}: file {item.file.name} is missing"
            for queryset, kind in owners
            for item in queryset.iterator()
            if not item.file.storage.exists(item.file.name)
        ]
