"""A large installation for the benchmark (`manage.py generate_bench_data`, docs/performance.md).

Builds on the demo: content pages of every kind below the demo's sections, spread over its
villages, categories and topics, and requests of every kind in every state. Pages are created
live as editors would publish them; requests go through workflows.actions like real ones, so
flows, tasks, routing, ledger and timeline are consistent. Texts are assembled from word lists
with a fixed seed, so two runs build the same installation.
"""

import random
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from clubs.models import ClubDirectoryPage, ClubPage, OpportunityPage
from clubs.profiles.representatives import ensure_representatives_group
from home.models import (
    ArticlePage,
    Category,
    EventIndexPage,
    EventPage,
    EventSession,
    KnowledgeIndexPage,
    Municipality,
    NewsIndexPage,
    NewsPage,
    Region,
    Topic,
)
from workflows import actions, notices
from workflows.demo.requests import CULTURE, SPORT, DemoRequests
from workflows.models import Budget, CoachingRequest, Decision

CLUB_KINDS = [
    "Sportverein",
    "Heimatverein",
    "Förderverein",
    "Chor",
    "Feuerwehrverein",
    "Landfrauen",
]
ACTIVITIES = [
    "Dorffest",
    "Jugendtraining",
    "Seniorencafé",
    "Sommerturnier",
    "Adventsmarkt",
    "Erntedankfest",
    "Leseclub",
    "Repair-Café",
    "Kinderferienprogramm",
    "Müllsammelaktion",
    "Vereinsheim",
    "Chorprobe",
]
TASKS = ["Helfende gesucht", "Unterstützung beim", "Mitmachen beim", "Betreuung für das"]
NEWS = ["Neues vom", "Rückblick auf das", "Förderung für das", "Termine für das"]
COURSES = [
    "Kassenführung",
    "Vorstandsarbeit",
    "Erste Hilfe",
    "Datenschutz im Verein",
    "Social Media",
]
SENTENCES = [
    "Wir freuen uns über jede helfende Hand aus dem Dorf.",
    "Die Vorbereitung beginnt zwei Wochen vorher im Vereinsheim.",
    "Fördermittel aus dem Programm helfen bei der Anschaffung.",
    "Neue Mitglieder lernen schnell die Abläufe kennen.",
    "Der Vorstand beantwortet gern alle Fragen zur Vereinsarbeit.",
    "Für Kinder und Familien gibt es ein eigenes Angebot.",
]
SHARES = {"clubs": 15, "opportunities": 25, "events": 20, "news": 25, "articles": 15}


class BenchPages:
    """`total` live German pages, split by SHARES, below the demo's section pages."""

    def __init__(self, total, rng):
        self.total, self.rng = total, rng
        self.locale = Locale.get_default()
        self.now = timezone.now()
        self.municipalities = list(Municipality.objects.select_related("region"))
        self.categories = list(Category.objects.filter(locale=self.locale))
        self.topics = list(Topic.objects.filter(locale=self.locale))
        self.number = 0

    def create(self):
        counts = {kind: self.total * share // 100 for kind, share in SHARES.items()}
        clubs = [self.club(self.section(ClubDirectoryPage)) for _ in range(counts["clubs"])]
        clubs = clubs or list(ClubPage.objects.live().filter(locale=self.locale))
        for _ in range(counts["opportunities"]):
            self.opportunity(self.rng.choice(clubs))
        events, news, knowledge = (
            self.section(EventIndexPage),
            self.section(NewsIndexPage),
            self.section(KnowledgeIndexPage),
        )
        for _ in range(counts["events"]):
            self.event(events)
        for _ in range(counts["news"]):
            self.news(news)
        for _ in range(counts["articles"]):
            self.article(knowledge)
        return counts

    def section(self, model):
        return model.objects.live().get(locale=self.locale)

    def text(self, sentences=3):
        return " ".join(self.rng.sample(SENTENCES, sentences))

    def body(self):
        return [("rich_text", f"<p>{self.text(4)}</p>")]

    def publish(self, parent, page, title):
        """Add `page` below `parent` as a live page, published some days ago."""
        self.number += 1
        published = self.now - timedelta(days=self.rng.randint(0, 700))
        page.title = title
        page.slug = f"{slugify(title)[:60]}-{self.number}"
        page.live = True
        page.first_published_at = page.last_published_at = published
        parent.add_child(instance=page)
        return page

    def place(self):
        return self.rng.choice(self.municipalities)

    def club(self, directory):
        municipality = self.place()
        kind = self.rng.choice(CLUB_KINDS)
        club = ClubPage(
            summary=f"{kind} in {municipality.name}. {self.text(1)}",
            description=f"<p>{self.text(4)}</p>",
            municipality=municipality,
            contact_email=f"verein{self.number + 1}@example.org",
            categories=self.rng.sample(self.categories, min(2, len(self.categories))),
        )
        return self.publish(directory, club, f"{kind} {municipality.name}")

    def opportunity(self, club):
        starts = timezone.localdate() + timedelta(days=self.rng.randint(-120, 200))
        is_closed = self.rng.random() < 0.1
        opportunity = OpportunityPage(
            summary=self.text(2),
            description=f"<p>{self.text(4)}</p>",
            municipality=club.municipality,
            categories=self.rng.sample(self.categories, 1),
            commitment=self.rng.choice(OpportunityPage.Commitment.values),
            starts_on=starts,
            ends_on=starts + timedelta(days=self.rng.randint(0, 30)),
            expires_on=timezone.localdate() - timedelta(days=1) if is_closed else None,
            suitable_for_young_people=self.rng.random() < 0.3,
            suitable_for_seniors=self.rng.random() < 0.3,
            remote_possible=self.rng.random() < 0.1,
        )
        activity = self.rng.choice(ACTIVITIES)
        return self.publish(club, opportunity, f"{self.rng.choice(TASKS)} {activity}")

    def event(self, index):
        municipality = self.place()
        start = self.now.replace(minute=0, second=0, microsecond=0) + timedelta(
            days=self.rng.randint(-200, 200), hours=self.rng.randint(0, 8)
        )
        capacity = self.rng.choice([None, 12, 20, 30])
        event = EventPage(
            kind=self.rng.choice(EventPage.Kind.values),
            teaser=self.text(1),
            body=self.body(),
            venue=f"Dorfgemeinschaftshaus {municipality.name}",
            town=municipality.name,
            municipality=municipality,
            region=municipality.region,
            topics=self.rng.sample(self.topics, 1),
            registration_enabled=capacity is not None,
            capacity=capacity,
            waiting_list_enabled=capacity is not None,
            sessions=[EventSession(start=start, end=start + timedelta(hours=3))],
        )
        return self.publish(index, event, f"{self.rng.choice(COURSES)} in {municipality.name}")

    def news(self, index):
        municipality = self.place()
        news = NewsPage(
            date=timezone.localdate() - timedelta(days=self.rng.randint(0, 900)),
            teaser=self.text(1),
            body=self.body(),
            region=municipality.region,
            topics=self.rng.sample(self.topics, 1),
        )
        title = f"{self.rng.choice(NEWS)} {self.rng.choice(ACTIVITIES)} in {municipality.name}"
        return self.publish(index, news, title)

    def article(self, index):
        article = ArticlePage(
            kind=self.rng.choice(ArticlePage.Kind.values),
            teaser=self.text(1),
            body=self.body(),
            topics=self.rng.sample(self.topics, 1),
        )
        return self.publish(index, article, f"{self.rng.choice(COURSES)}: {self.text(1)[:40]}")


# Open states of each kind with their weight; most requests wait for their first look.
OPEN_STATES = {
    "funding": {"review": 5, "changes": 1, "second": 1, "usage_report": 2, "check_report": 1},
    "coaching": {"triage": 5, "respond": 2, "schedule": 2, "conclude": 1},
    "help": {"triage": 6, "forwarded": 2},
}
CLOSED_STATES = {
    "funding": {"rejected": 1, "closed": 1},
    "coaching": {"done": 1, "declined": 1},
    "help": {"answered": 1},
}
KINDS = {"funding": 2, "coaching": 1, "help": 1}
BENCH_REPRESENTATIVE = "verein.bench"
# The share of all requests that each demo club gets; its people see them in Mein Bereich.
DEMO_CLUB_SHARE = {SPORT: 0.006, CULTURE: 0.004}


class BenchRequests(DemoRequests):
    """Requests through the real actions, in every state, of the demo's and the new clubs."""

    def __init__(self, rng):
        locale = Locale.get_default()
        clubs = {club.slug: club for club in ClubPage.objects.live().filter(locale=locale)}
        budget, _ = Budget.objects.get_or_create(
            name="Benchmark-Budget",
            year=timezone.localdate().year,
            defaults={"total": Decimal("1000000000.00")},
        )
        super().__init__(clubs, {"programme": budget}, timezone.localdate().year)
        self.rng = rng
        self.budget = budget
        bench_user, _ = get_user_model().objects.get_or_create(
            username=BENCH_REPRESENTATIVE, defaults={"email": "verein.bench@example.org"}
        )
        if self.expert is not None:
            # The demo's expert advises everywhere here, so that coaching and forwarded
            # questions reach every state.
            self.expert.regions.add(*Region.objects.all())
            self.expert.topics.add(*self.topics.values())
        self.other_clubs = [slug for slug in clubs if slug not in (SPORT, CULTURE)][:300]
        for slug in self.other_clubs:
            ensure_representatives_group(clubs[slug]).user_set.add(bench_user)
            self.representative[slug] = bench_user

    def budget_for(self, slug):
        return self.budget

    def pick(self, weights):
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def club_slug(self):
        draw = self.rng.random()
        for slug, share in DEMO_CLUB_SHARE.items():
            if draw < share:
                return slug
            draw -= share
        return self.rng.choice(self.other_clubs or [SPORT, CULTURE])

    def create(self, open_count, closed_count):
        states = [(True, open_count), (False, closed_count)]
        made = {}
        with notices.silenced():
            for is_open, count in states:
                for _ in range(count):
                    kind = self.pick(KINDS)
                    state = self.pick((OPEN_STATES if is_open else CLOSED_STATES)[kind])
                    with transaction.atomic():
                        getattr(self, f"make_{kind}")(self.club_slug(), state)
                    made[f"{kind}: {state}"] = made.get(f"{kind}: {state}", 0) + 1
        return made

    def make_funding(self, slug, state):
        second = state == "second"
        amount = Decimal(self.rng.randint(1100, 4000) if second else self.rng.randint(80, 900))
        application = self.application(
            slug,
            f"{self.rng.choice(COURSES)} für den Verein",
            [("Honorar und Material", f"{amount}.00")],
            measure_type=self.rng.choice(["qualification", "equipment", "event"]),
            purpose=self.rng.choice(SENTENCES),
            participants=self.rng.randint(1, 40),
            starts_on=self.today - timedelta(days=30),
            ends_on=self.today - timedelta(days=29),
        )
        if state == "review":
            return
        if state == "changes":
            self.review(application, Decision.CHANGES, message="Bitte das Angebot ergänzen.")
            return
        if state == "rejected":
            self.review(application, Decision.REJECT, message="Leider nicht förderfähig.")
            return
        reviewer = self.review(application, Decision.APPROVE)
        if state in ("second", "usage_report"):
            return
        actions.submit_usage_report(
            self.representative[slug],
            self.task(application, "usage_report"),
            amount,
            "Die Maßnahme hat stattgefunden.",
        )
        if state == "closed":
            actions.check_report(reviewer, self.task(application, "check_report"), amount)

    def make_coaching(self, slug, state):
        request = CoachingRequest.objects.create(
            club=self.clubs[slug],
            title=f"Beratung zu {self.rng.choice(COURSES)}",
            topic=self.topics.get(self.rng.choice(list(self.topics))),
            format=self.rng.choice(CoachingRequest.Format.values),
            preferred_dates="abends ab 18 Uhr",
            duration_minutes=90,
            questions=self.rng.choice(SENTENCES),
        )
        request = self.submit(slug, request)
        if state == "triage" or self.expert is None:
            return
        actions.triage_coaching(
            self.staff(request), self.task(request, "triage"), expert=self.expert
        )
        expert = self.expert.user
        if state == "respond":
            return
        if state == "declined":
            actions.respond_coaching(
                expert, self.task(request, "respond"), accept=False, reason="Keine Zeit."
            )
            return
        actions.respond_coaching(expert, self.task(request, "respond"), accept=True)
        if state == "schedule":
            return
        actions.schedule_coaching(
            expert, self.task(request, "schedule"), timezone.now() + timedelta(days=7)
        )
        if state == "done":
            actions.conclude_coaching(expert, self.task(request, "conclude"), "Erledigt.")

    def make_help(self, slug, state):
        request = self.help_request(
            slug,
            f"Frage zum {self.rng.choice(ACTIVITIES)}",
            "question",
            question_area=self.rng.choice(["law", "tax", "admin"]),
            topic=self.topics.get(self.rng.choice(list(self.topics))),
            description=self.rng.choice(SENTENCES),
        )
        if state == "triage":
            return
        if state == "forwarded" and self.expert is not None:
            actions.triage_help(
                self.staff(request),
                self.task(request, "triage"),
                "forwarded",
                expert=self.expert,
                answer="Bitte beantworten.",
            )
            return
        actions.triage_help(
            self.staff(request), self.task(request, "triage"), "answered", answer="Ja."
        )


def generate(pages, requests, seed=2026):
    """Create the pages and requests; returns what was made, by kind and state."""
    rng = random.Random(seed)  # noqa: S311 (repeatable sample data, not secrets)
    made = {f"pages: {kind}": count for kind, count in BenchPages(pages, rng).create().items()}
    made.update(BenchRequests(rng).create(requests, requests // 10))
    return made
