from django.core.management.base import BaseCommand

from home.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create the role groups (Redaktion, Koordination, Programmleitung, Ehrenamtslotsen, "
        "Vereinsvertretungen) and reset their permissions to the defaults. Run after migrate."
    )

    def handle(self, *args, **options):
        for group in setup_roles().values():
            self.stdout.write(f"{group.name}: {group.permissions.count()} permissions")
