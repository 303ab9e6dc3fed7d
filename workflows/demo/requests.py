"""Demo content of requests: budgets, routing rules for both regions, and requests of every type
in every state, so that each demo role finds a realistic inbox right after `make run`.

Runs after the clubs' demo. Every request goes through workflows.actions like a real one, so the
flows, the ledger, the timeline and the references are consistent. Budgets and rules are created
when missing; the requests only when the portal has none yet, so staff's work is never touched.
No notices are sent while loading.
"""

from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from clubs.models import ClubPage, Expert, NetworkPage
from home.models import Municipality, Topic
from home.roles import PROGRAMME_LEADS
from workflows import actions, notices, roles
from workflows.models import (
    DEFAULT_APPROVAL_THRESHOLD,
    Budget,
    CoachingRequest,
    CostItem,
    Decision,
    FundingApplication,
    HelpRequest,
    Request,
    RoutingRule,
)

SPORT, CULTURE = "tsv-grotenhusen", "kulturscheune-lindenau"


def load_requests(log=print):
    year = timezone.localdate().year
    budgets = _budgets(year, log)
    _routing_rules(log)
    if Request.objects.exists():
        log("Requests exist already: skipped the demo requests")
        return
    clubs = {
        club.slug: club
        for club in ClubPage.objects.filter(slug__in=[SPORT, CULTURE], locale=Locale.get_default())
    }
    if len(clubs) < 2 or not budgets:
        log("Demo clubs or budgets missing: skipped the demo requests")
        return
    with notices.silenced(), transaction.atomic():
        count = DemoRequests(clubs, budgets, year).load()
    log(f"Created {count} demo requests in every state")


def _budgets(year, log):
    budgets = {}
    for network in NetworkPage.objects.filter(locale=Locale.get_default()).order_by("title"):
        budget, created = Budget.objects.get_or_create(
            name=f"Qualifizierungsbudget {network.title}",
            year=year,
            defaults={"network": network, "total": Decimal("6000.00")},
        )
        budgets[network.slug] = budget
        if created:
            log(f"Created the budget {budget}")
    budget, created = Budget.objects.get_or_create(
        name="Programmbudget Ehrenamt",
        year=year,
        defaults={"total": Decimal("20000.00"), "approval_threshold": DEFAULT_APPROVAL_THRESHOLD},
    )
    budgets["programme"] = budget
    if created:
        log(f"Created the budget {budget}")
    return budgets


def _routing_rules(log):
    users = {user.username: user for user in get_user_model().objects.all()}
    leads = Group.objects.filter(name=PROGRAMME_LEADS.group_name).first()
    tax = Topic.objects.filter(slug="finanzen-steuern", locale=Locale.get_default()).first()
    lindenau = Municipality.objects.filter(slug="lindenau").first()
    north = Municipality.objects.filter(slug="grotenhusen").first()
    south = lindenau.region if lindenau else None
    rules = [
        (
            "Förderanträge im Amt Eiderheide",
            "funding",
            north and north.region,
            None,
            None,
            users.get("koordination.nord"),
            None,
            100,
        ),
        (
            "Coaching im Landkreis Ohmtal",
            "coaching",
            south,
            None,
            None,
            users.get("koordination.sued"),
            None,
            100,
        ),
        ("Steuerfragen an die Programmleitung", "help", None, None, tax, None, leads, 150),
        (
            "Alles aus Lindenau an die Koordination Ohmtal",
            "",
            south,
            lindenau,
            None,
            users.get("koordination.sued"),
            None,
            200,
        ),
    ]
    for name, kind, region, municipality, topic, person, group, priority in rules:
        if RoutingRule.objects.filter(name=name).exists() or not (person or group):
            continue
        RoutingRule.objects.create(
            name=name,
            request_kind=kind,
            region=region,
            municipality=municipality,
            topic=topic,
            coordinator=person,
            coordinator_group=group,
            priority=priority,
        )
        log(f"Created the routing rule {name}")


PDF = b"%PDF-1.4\n% Angebot der Druckerei Nordlicht, Beispiel\n%%EOF\n"


class DemoRequests:
    def __init__(self, clubs, budgets, year):
        self.clubs = clubs
        self.budgets = budgets
        users = get_user_model().objects
        self.representative = {
            SPORT: users.get(username="verein.sport"),
            CULTURE: users.get(username="verein.kultur"),
        }
        self.lead = users.filter(username="programmleitung").first()
        self.admin = users.filter(is_superuser=True).order_by("pk").first()
        self.expert = Expert.objects.filter(user__username="lotse").first()
        self.topics = {
            topic.slug: topic for topic in Topic.objects.filter(locale=Locale.get_default())
        }
        self.today = timezone.localdate()
        self.count = 0

    def load(self):
        self.funding()
        self.coaching()
        self.help()
        return self.count

    # helpers

    def budget_for(self, slug):
        network = self.clubs[slug].networks.filter(locale=Locale.get_default()).first()
        return self.budgets.get(network.slug if network else "programme", self.budgets["programme"])

    def staff(self, request):
        """Whoever handles the coordinator's tasks of `request`."""
        return roles.coordinators_of(request).first() or self.lead

    def task(self, request, name):
        return actions.open_task(request, name)

    def submit(self, slug, request):
        self.count += 1
        return actions.submit(self.representative[slug], request)

    def application(self, slug, title, costs, *, submit=True, **fields):
        self.count += not submit
        requested = fields.pop("requested", sum(Decimal(amount) for _, amount in costs))
        application = FundingApplication.objects.create(
            club=self.clubs[slug],
            budget=self.budget_for(slug),
            title=title,
            topic=self.topics.get(fields.pop("topic", "foerdermittel")),
            requested_amount=requested,
            starts_on=fields.pop("starts_on", self.today + timedelta(days=45)),
            ends_on=fields.pop("ends_on", self.today + timedelta(days=45)),
            **fields,
        )
        for position, (description, amount) in enumerate(costs):
            CostItem.objects.create(
                application=application,
                description=description,
                amount=Decimal(amount),
                sort_order=position,
            )
        return self.submit(slug, application) if submit else application

    def review(self, application, decision, **kwargs):
        reviewer = self.staff(application)
        actions.review_funding(reviewer, self.task(application, "review"), decision, **kwargs)
        return reviewer

    # the three types

    def funding(self):
        self.application(
            SPORT,
            "Trainerlizenz C für zwei Übungsleitungen",
            [("Lehrgangsgebühr (2 Personen)", "560.00"), ("Fahrtkosten", "120.00")],
            submit=False,
            measure_type="qualification",
            purpose="Zwei Jugendliche aus der Fußballsparte machen die Trainerlizenz C.",
            participants=2,
        )
        in_review = self.application(
            CULTURE,
            "Neue LED-Bühnenbeleuchtung",
            [("LED-Scheinwerfer (6 Stück)", "780.00"), ("Montage", "150.00")],
            measure_type="equipment",
            purpose="Die alte Beleuchtung verbraucht viel Strom und wird sehr heiß.",
            participants=400,
            own_contribution=Decimal("100.00"),
            requested=Decimal("830.00"),
        )
        actions.post_message(
            self.representative[CULTURE],
            in_review,
            "Das Angebot der Firma liegt bei. Die Montage übernimmt unser Techniker zum Teil "
            "selbst.",
        )
        actions.add_attachment(
            self.representative[CULTURE],
            in_review,
            ContentFile(PDF, name="Angebot-Buehnenlicht.pdf"),
            kind="quote",
        )
        actions.post_message(
            self.staff(in_review),
            in_review,
            "Preise mit dem Angebot der Kulturscheune Altenbrunn vergleichen.",
            internal=True,
        )

        self.application(
            SPORT,
            "Tornetze und Bälle für den Jugendfußball",
            [("Tornetze (2 Paar)", "240.00"), ("Trainingsbälle (20 Stück)", "360.00")],
            measure_type="equipment",
            purpose="Die E- und F-Jugend ist auf 40 Kinder gewachsen; die Ausstattung reicht "
            "nicht mehr.",
            participants=40,
        )

        changes = self.application(
            SPORT,
            "Erste-Hilfe-Kurs für Übungsleitungen",
            [("Kursgebühr DRK (12 Personen)", "420.00")],
            measure_type="qualification",
            purpose="Alle Übungsleitungen sollen einen aktuellen Erste-Hilfe-Nachweis haben.",
            participants=12,
        )
        self.review(
            changes,
            Decision.CHANGES,
            message="Bitte ergänzen Sie den Termin des Kurses und das Angebot des DRK.",
        )

        second = self.application(
            CULTURE,
            "Workshopreihe Ehrenamt digital",
            [("Honorar Referentin (3 Abende)", "1350.00"), ("Technik und Material", "450.00")],
            measure_type="qualification",
            purpose="Drei Abende für Vereine im Ohmtal: Online-Banking, Mitgliederverwaltung, "
            "Vereinswebsite.",
            participants=25,
        )
        self.review(
            second, Decision.APPROVE, message="Fachlich sinnvoll, bitte zweite Bewilligung."
        )

        approved = self.application(
            SPORT,
            "Seminar Vorstandsarbeit beim Landessportbund",
            [("Seminargebühr", "450.00"), ("Fahrt mit dem Vereinsbus", "150.00")],
            measure_type="qualification",
            purpose="Der neue Vorstand lernt Haftung, Finanzen und Satzungsfragen kennen.",
            participants=5,
            starts_on=self.today - timedelta(days=10),
            ends_on=self.today - timedelta(days=9),
        )
        self.review(approved, Decision.APPROVE)

        reported = self.application(
            CULTURE,
            "Plakate für das Sommerprogramm",
            [("Druck von 200 Plakaten", "450.00")],
            measure_type="public_relations",
            purpose="Plakate in allen Dörfern des Ohmtals für unser Sommerprogramm.",
            participants=1,
            starts_on=self.today - timedelta(days=60),
            ends_on=self.today - timedelta(days=30),
        )
        self.review(reported, Decision.APPROVE)
        actions.submit_usage_report(
            self.representative[CULTURE],
            self.task(reported, "usage_report"),
            Decimal("432.50"),
            "Alle Plakate hängen; die Druckerei hat einen Rabatt gegeben.",
        )

        closed = self.application(
            SPORT,
            "Schulung Kassenführung mit Vereinssoftware",
            [("Honorar", "600.00"), ("Softwarelizenz (1 Jahr)", "300.00")],
            measure_type="qualification",
            purpose="Kassenwart und Stellvertretung stellen auf eine Vereinssoftware um.",
            participants=4,
            starts_on=self.today - timedelta(days=90),
            ends_on=self.today - timedelta(days=90),
        )
        reviewer = self.review(closed, Decision.APPROVE)
        actions.submit_usage_report(
            self.representative[SPORT],
            self.task(closed, "usage_report"),
            Decimal("820.00"),
            "Die Schulung fand mit vier Personen statt; die Lizenz war günstiger als geplant.",
        )
        actions.check_report(reviewer, self.task(closed, "check_report"), Decimal("820.00"))

        rejected = self.application(
            CULTURE,
            "Neuer Kühlschrank für den Tresen",
            [("Gastro-Kühlschrank", "980.00")],
            measure_type="equipment",
            purpose="Der alte Kühlschrank ist defekt.",
            participants=1,
        )
        self.review(
            rejected,
            Decision.REJECT,
            message="Reine Ersatzbeschaffungen kann das Budget leider nicht fördern.",
        )

    def coaching_request(self, title, topic, **fields):
        request = CoachingRequest.objects.create(
            club=self.clubs[SPORT],
            title=title,
            topic=self.topics.get(topic),
            format=fields.pop("format", "on_site"),
            preferred_dates=fields.pop("preferred_dates", "dienstags oder donnerstags ab 18 Uhr"),
            duration_minutes=fields.pop("duration_minutes", 120),
            **fields,
        )
        return self.submit(SPORT, request)

    def coaching(self):
        self.coaching_request(
            "Kassenprüfung vorbereiten",
            "finanzen-steuern",
            questions="Worauf achten Kassenprüfende, und wie bereiten wir die Belege vor?",
        )
        if self.expert is None:
            return
        states = [
            ("Fördermittel für das Vereinsheim finden", "foerdermittel", "respond"),
            ("Haushaltsplan für 2027", "finanzen-steuern", "schedule"),
            ("Vorstandsnachfolge planen", "vorstandsarbeit", "conclude"),
            ("Aufgaben im Vorstand neu verteilen", "vorstandsarbeit", "done"),
            ("Spendenquittungen richtig ausstellen", "finanzen-steuern", "declined"),
        ]
        for title, topic, state in states:
            request = self.coaching_request(
                title, topic, questions="Wir brauchen eine Einschätzung von außen.", format="video"
            )
            actions.triage_coaching(
                self.staff(request), self.task(request, "triage"), expert=self.expert
            )
            expert_user = self.expert.user
            if state == "respond":
                continue
            if state == "declined":
                actions.respond_coaching(
                    expert_user,
                    self.task(request, "respond"),
                    accept=False,
                    reason="Im Dezember bin ich verreist.",
                )
                continue
            actions.respond_coaching(expert_user, self.task(request, "respond"), accept=True)
            if state == "schedule":
                continue
            actions.schedule_coaching(
                expert_user,
                self.task(request, "schedule"),
                timezone.now() + timedelta(days=7, hours=2),
            )
            if state == "done":
                actions.conclude_coaching(
                    expert_user,
                    self.task(request, "conclude"),
                    "Aufgabenliste erstellt; der Vorstand verteilt sie bei der nächsten Sitzung.",
                )

    def help_request(self, slug, title, need, **fields):
        request = HelpRequest.objects.create(
            club=self.clubs[slug], title=title, need=need, **fields
        )
        return self.submit(slug, request)

    def help(self):
        self.help_request(
            CULTURE,
            "Ehrenamtspauschale für die Abendkasse?",
            "question",
            question_area="tax",
            topic=self.topics.get("finanzen-steuern"),
            description="Dürfen wir den Helfenden an der Abendkasse die Ehrenamtspauschale zahlen?",
        )
        answered = self.help_request(
            SPORT,
            "Haftung beim Kinderturnen",
            "question",
            question_area="law",
            topic=self.topics.get("recht"),
            description="Wer haftet, wenn sich ein Kind beim Turnen verletzt?",
        )
        actions.triage_help(
            self.staff(answered),
            self.task(answered, "triage"),
            "answered",
            answer="Der Verein ist über den Landessportbund versichert; die Übungsleitung "
            "haftet nur bei grober Fahrlässigkeit. Das Merkblatt finden Sie im Wissensspeicher.",
        )
        if self.expert is not None:
            forwarded = self.help_request(
                SPORT,
                "Umsatzsteuer beim Sommerturnier",
                "question",
                question_area="tax",
                topic=self.topics.get("finanzen-steuern"),
                description="Wir verkaufen Getränke und Würstchen. Müssen wir Umsatzsteuer zahlen?",
            )
            actions.triage_help(
                self.staff(forwarded),
                self.task(forwarded, "triage"),
                "forwarded",
                expert=self.expert,
                answer="Bitte mit Blick auf die Zweckbetriebsgrenze beantworten.",
            )
        helpers = self.help_request(
            CULTURE,
            "Helfende für das Kinderkino im Advent",
            "helpers",
            helpers_needed=4,
            needed_on=self.today + timedelta(days=20),
            place="Kulturscheune Lindenau",
            description="Einlass, Popcorn und Aufräumen an drei Nachmittagen.",
        )
        actions.triage_help(self.staff(helpers), self.task(helpers, "triage"), "opportunity")
        equipment = self.help_request(
            CULTURE,
            "Festzelt für das Scheunenfest",
            "equipment",
            equipment="Festzelt für etwa 150 Personen mit Bierzeltgarnituren",
            needed_on=self.today + timedelta(days=200),
            place="Festwiese Lindenau",
            description="Unser Scheunenfest wächst; wir suchen ein Zelt zum Ausleihen.",
        )
        actions.triage_help(
            self.staff(equipment),
            self.task(equipment, "triage"),
            "referred",
            club=self.clubs[SPORT],
            answer="Der TSV Grotenhusen verleiht sein Festzelt (8 mal 12 Meter) mit Garnituren. "
            "Bitte melden Sie sich direkt beim Verein.",
        )
