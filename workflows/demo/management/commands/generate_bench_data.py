import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from workflows.demo.bench_data import generate


class Command(BaseCommand):
    help = (
        "Add many pages and requests to a demo installation for the benchmark (make bench). "
        "Run after load_demo; running it again adds more."
    )

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=10_000, help="content pages to add")
        parser.add_argument(
            "--requests",
            type=int,
            default=10_000,
            help="open requests to add (plus a tenth closed)",
        )
        parser.add_argument(
            "--seed", type=int, default=2026, help="the same seed builds the same data"
        )

    def handle(self, *args, pages, requests, seed, **options):
        if not settings.ALLOW_DEMO_CONTENT:
            raise CommandError(
                "Benchmark data is demo content; set ALLOW_DEMO_CONTENT=true only on a demo or "
                "test installation."
            )
        started = time.monotonic()
        made = generate(pages, requests, seed)
        for what, count in sorted(made.items()):
            self.stdout.write(f"{count:>7}  {what}")
        self.stdout.write(self.style.SUCCESS(f"Done in {time.monotonic() - started:.0f} s."))
