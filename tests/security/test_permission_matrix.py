"""Every address of the portal, for every role, with the ids of another club's and region's data.

Club A in region north has a funding application (with a message, an internal note, an
attachment and an open task), a coaching request assigned to expert A, a volunteer's interest,
an event registration and a survey answer, each carrying marker texts. Every URL pattern of the
portal's own apps and of the admin views over its models is called by GET and by POST for each
role of PRODUCT.md and an anonymous visitor, with those objects' ids. A marker may appear only
for the roles allowed to see it; data a role may not see stays unchanged; nothing answers 500.
And every role sees what it is allowed to see somewhere, or the markers would prove nothing.

The URL patterns are read from the resolver, so a new view is checked as soon as it exists; a
new kind of id in a URL fails the test until OBJECT_FOR_ID knows it.
"""

import datetime
import io
import re

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from wagtail_localize.models import TranslationSource

from clubs.models import (
    ClubApplication,
    ExchangeItem,
    Interest,
    Loan,
    LoanMessage,
    OpportunityPage,
    Pledge,
    ShiftSignup,
    SupportCallPage,
    SupportNeed,
)
from home.models import FormPageSubmission, Registration
from home.roles import EDITORS, EXPERTS
from tests.factories import (
    ClubApplicationFactory,
    ClubPageFactory,
    CoachingRequestFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ExpertFactory,
    FormPageFactory,
    FormPageFieldFactory,
    FundingApplicationFactory,
    InterestFactory,
    OpportunityPageFactory,
    RegistrationFactory,
    RoutingRuleFactory,
    ShiftFactory,
    ShiftSignupFactory,
    UserFactory,
)
from workflows import actions
from workflows.models import Attachment, Message, Request

pytestmark = pytest.mark.django_db

OUR_APPS = ("home", "clubs", "workflows", "search", "portal")
# Wagtail's own views that show the portal's personal data: the answers to form pages.
WAGTAIL_VIEWS_OF_OUR_DATA = {"wagtailforms:index", "wagtailforms:list_submissions"}

ANONYMOUS = "anonymous"
ROLES = [
    ANONYMOUS,
    "no_role",  # an account without any group, e.g. after leaving a club
    "representative_a",
    "representative_b",
    "coordinator_north",
    "coordinator_south",
    "programme_lead",
    "expert_a",  # the coaching request is assigned to them
    "expert_b",
    "editor",
    "administrator",
]

# What each secret shows, and who may see it (PRODUCT.md's roles).
MARKERS = {
    "funding": ["Geheimprojekt Vereinsheim Nordlicht"],
    "internal_note": ["Intern: Kassenwart Nordlicht anrufen"],
    "coaching": ["Beratung Nordlicht Satzung"],
    "interest": ["Helferin Nordlicht", "helferin.nordlicht@example.org"],
    "registration": ["Teilnehmerin Nordlicht", "teilnahme.nordlicht@example.org"],
    "survey_answer": ["Antwort Nordlicht"],
    "club_application": ["Dorfladen Nordlicht", "antrag.nordlicht@example.org"],
    "shift_signup": ["Helfer Schichtliste Nordlicht", "helfer.schicht.nordlicht@example.org"],
    "exchange_hidden": ["Grund Nordlicht verborgen"],
    "loan_message": ["Ausleihe Nordlicht Nachricht"],
    "pledge": ["Spenderin Nordlicht", "spende.nordlicht@example.org"],
}
ALLOWED = {
    "funding": {"representative_a", "coordinator_north", "programme_lead", "administrator"},
    "internal_note": {"coordinator_north", "programme_lead", "administrator"},
    "coaching": {
        "representative_a",
        "coordinator_north",
        "programme_lead",
        "expert_a",
        "administrator",
    },
    "interest": {"representative_a", "coordinator_north", "administrator"},
    "registration": {"editor", "administrator"},
    "survey_answer": {"editor", "administrator"},
    "club_application": {"coordinator_north", "administrator"},
    "shift_signup": {"representative_a", "administrator"},
    # A hidden Tauschbörse entry: its club, the coordination of its region, programme leads.
    "exchange_hidden": {
        "representative_a",
        "coordinator_north",
        "programme_lead",
        "administrator",
    },
    # A loan's thread between club A and a third club: only the two clubs.
    "loan_message": {"representative_a", "administrator"},
    "pledge": {"representative_a", "administrator"},
}
JUNK_POST = {
    "body": "x",
    "title": "Übernommen",
    "decision": "approve",
    "name": "x",
    "handled": "on",
    "selected-submissions": "1",
}


def portal_patterns(resolver=None, prefix="", namespace=""):
    """(route, name, pattern) of every URL pattern of our apps and of admin views over our
    models (snippets, choosers) and personal data (form answers)."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from portal_patterns(pattern, prefix + str(pattern.pattern), inner)
            continue
        assert isinstance(pattern, URLPattern)
        name = namespace + (pattern.name or "")
        view = getattr(pattern.callback, "view_class", pattern.callback)
        ours = view.__module__.split(".")[0] in OUR_APPS
        over_our_models = any(f"_{app}_" in namespace for app in OUR_APPS)
        if ours or over_our_models or name in WAGTAIL_VIEWS_OF_OUR_DATA:
            yield prefix + str(pattern.pattern), name, pattern


@pytest.fixture
def world(
    home_page,
    club_a,
    club_b,
    budget,
    topic,
    representative,
    other_representative,
    coordinator_a,
    coordinator_b,
    programme_lead,
    expert_user,
    superuser,
    roles,
):
    funding = actions.submit(
        representative,
        FundingApplicationFactory(club=club_a, budget=budget, title=MARKERS["funding"][0]),
    )
    actions.post_message(representative, funding, "Bitte bald prüfen.")
    actions.post_message(coordinator_a, funding, MARKERS["internal_note"][0], internal=True)
    attachment = actions.add_attachment(
        representative, funding, SimpleUploadedFile("angebot.pdf", b"%PDF-1.4\n%%EOF\n")
    )
    coaching = actions.submit(
        representative,
        CoachingRequestFactory(club=club_a, topic=topic, title=MARKERS["coaching"][0]),
    )
    actions.triage_coaching(
        coordinator_a, actions.open_task(coaching, "triage"), expert=expert_user.expert
    )
    interest = InterestFactory(
        club=club_a, name=MARKERS["interest"][0], email=MARKERS["interest"][1]
    )
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page))
    registration = RegistrationFactory(
        event=event, name=MARKERS["registration"][0], email=MARKERS["registration"][1]
    )
    offer = OpportunityPageFactory(
        parent=club_a,
        commitment=OpportunityPage.Commitment.ONE_OFF,
        starts_on=datetime.date.today() + datetime.timedelta(days=7),
    )
    shift_signup = ShiftSignupFactory(
        shift=ShiftFactory(opportunity=offer),
        name=MARKERS["shift_signup"][0],
        email=MARKERS["shift_signup"][1],
    )
    survey = FormPageFactory(parent=home_page)
    FormPageFieldFactory(page=survey, label="Antwort")
    FormPageSubmission.objects.create(
        page=survey, form_data={"antwort": MARKERS["survey_answer"][0]}, consent_text="Ja."
    )

    expert_b = UserFactory(username="lotse.sued")
    expert_b.groups.add(Group.objects.get(name=EXPERTS.group_name))
    ExpertFactory(name="Lotse Süd", user=expert_b).regions.add(club_b.region)
    editor = UserFactory(username="redaktion")
    editor.groups.add(Group.objects.get(name=EDITORS.group_name))
    users = {
        ANONYMOUS: None,
        "no_role": UserFactory(username="ohne.rolle"),
        "representative_a": representative,
        "representative_b": other_representative,
        "coordinator_north": coordinator_a,
        "coordinator_south": coordinator_b,
        "programme_lead": programme_lead,
        "expert_a": expert_user,
        "expert_b": expert_b,
        "editor": editor,
        "administrator": superuser,
    }
    snippets = {
        "region": club_a.region,
        "municipality": club_a.municipality,
        "topic": topic,
        "category": topic,
        "expert": expert_user.expert,
        "budget": budget,
        "routingrule": RoutingRuleFactory(region=club_a.region, coordinator=coordinator_a),
    }
    club_application = ClubApplicationFactory(
        municipality=club_a.municipality,
        name=MARKERS["club_application"][0],
        contact_email=MARKERS["club_application"][1],
    )
    exchange = exchange_world(club_a)
    return {
        **exchange,
        "users": users,
        "club_application": club_application,
        "representative_a": representative,
        "requests": [funding, coaching],
        "attachment": attachment,
        "interest": interest,
        "event": event,
        "registration": registration,
        "survey": survey,
        "club": club_a,
        "offer": offer,
        "shift_signup": shift_signup,
        "snippets": snippets,
        "pages": [home_page, club_a, event, survey, offer],
        "translation_source": TranslationSource.get_or_create_from_instance(club_a)[0],
        "opportunity": OpportunityPageFactory(parent=club_a),
    }


def exchange_world(club_a):
    """Club A's Tauschbörse entries (one hidden by the coordination), a loan of one of them to
    a third club with a message, and a support call of club A with a citizen's pledge."""
    today = datetime.date.today()
    third_club = ClubPageFactory(parent=club_a.get_parent(), municipality=club_a.municipality)
    item_fields = {
        "club": club_a,
        "kind": ExchangeItem.Kind.EQUIPMENT,
        "direction": ExchangeItem.Direction.OFFER,
        "description": "Zum Ausleihen.",
        "municipality": club_a.municipality,
    }
    item = ExchangeItem.objects.create(title="Festzelt", **item_fields)
    hidden_item = ExchangeItem.objects.create(
        title="Leiter",
        hidden_at=timezone.now(),
        hidden_reason=MARKERS["exchange_hidden"][0],
        **item_fields,
    )
    loan = Loan.objects.create(
        item=item,
        borrower=third_club,
        starts_on=today + datetime.timedelta(days=10),
        ends_on=today + datetime.timedelta(days=12),
    )
    LoanMessage.objects.create(loan=loan, club=third_club, text=MARKERS["loan_message"][0])
    call = SupportCallPage(
        title="Neues Dach",
        summary="Das Vereinsheim braucht ein neues Dach.",
        municipality=club_a.municipality,
        starts_on=today - datetime.timedelta(days=1),
        ends_on=today + datetime.timedelta(days=30),
        goal_amount=1000,
        iban="DE02120300000000202051",
        account_holder="Verein",
    )
    club_a.add_child(instance=call)
    need = SupportNeed.objects.create(
        page=call, kind=SupportNeed.Kind.MATERIAL, label="Dachziegel", quantity=100
    )
    pledge = Pledge.objects.create(
        call=call,
        kind=Pledge.Kind.MATERIAL,
        need=need,
        need_label=need.label,
        quantity=10,
        name=MARKERS["pledge"][0],
        email=MARKERS["pledge"][1],
        consent_text="Ja.",
    )
    return {
        "exchange_items": [item, hidden_item],
        "loan": loan,
        "support_call": call,
        "pledge": pledge,
    }


def id_choices(name, kwarg, world):
    """The values to try for one URL argument: ids of club A's and region north's objects."""
    requests = world["requests"]
    snippet = re.match(r"wagtailsnippet(?:s|choosers)_\w+?_(\w+):", name)
    if kwarg == "pk" and snippet:
        return [world["snippets"][snippet.group(1)].pk]
    if kwarg == "pk" and ("attachment" in name):
        return [world["attachment"].pk]
    if kwarg == "pk" and ("interest" in name):
        return [world["interest"].pk]
    if kwarg == "pk" and name.startswith("club_applications_admin:"):
        return [world["club_application"].pk]
    choices = {
        "pk": [request.pk for request in requests],
        "event_id": [world["event"].pk],
        "registration_id": [world["registration"].pk],
        "page_id": [world["survey"].pk],
        "kind": ["foerderantrag", "beratung"],
        # The admin's page chooser and wagtail-localize's snippet API (home/admin_visibility.py).
        "parent_page_id": [page.pk for page in world["pages"]],
        "app_label": ["clubs", "workflows"],
        "model_name": ["expert", "budget", "routingrule"],
        "translation_source_id": [world["translation_source"].pk],
        "file_format": ["csv", "xlsx", "pdf"],
        "shift_id": [world["shift_signup"].shift_id],
        "signup_id": [world["shift_signup"].pk],
        "uidb64": ["MQ"],
        "token": ["abc-def"],
        # The club self-service in Mein Bereich (clubs/self_service) and the board (clubs/joining).
        "club_id": [world["club"].pk],
        "opportunity_id": [world["opportunity"].pk, world["offer"].pk],
        "member_id": [world["representative_a"].pk],
        # Mein Engagement (clubs/volunteer_area): a volunteer's message and a calendar feed.
        "interest_id": [world["interest"].pk],
        "feed_id": [1],
        # Hours and engagement certificates (clubs/hours): none exist in this world.
        "record_id": [1],
        "certificate_id": [1],
        "code": ["ABCD-EFGH-JKMN"],
        # The exchange between clubs (clubs/exchange) and support calls (clubs/support_calls).
        "item_id": [item.pk for item in world["exchange_items"]],
        "loan_id": [world["loan"].pk],
        "call_id": [world["support_call"].pk],
        "pledge_id": [world["pledge"].pk],
    }
    return choices[kwarg]


def urls_of(route, name, world):
    """Every URL the pattern gives with the candidate ids; task ids follow their request."""
    converters = re.findall(r"<(?:\w+:)?(\w+)>", route)
    urls = [route]
    for kwarg in converters:
        if kwarg == "task_pk":
            continue
        urls = [
            re.sub(rf"<(?:\w+:)?{kwarg}>", str(value), url)
            for url in urls
            for value in id_choices(name, kwarg, world)
        ]
    if "task_pk" in converters:
        tasks = {request.pk: actions.open_task(request) for request in world["requests"]}
        urls = [
            re.sub(r"<(?:\w+:)?task_pk>", str(tasks[int(pk)].pk), url)
            for url in urls
            for pk in re.findall(r"/(\d+)/aufgabe/", url)
        ]
    return ["/" + url for url in urls]


def text_of(response):
    if "spreadsheetml" in response.get("Content-Type", ""):
        workbook = openpyxl.load_workbook(io.BytesIO(response.content))
        cells = (cell.value for sheet in workbook for row in sheet.iter_rows() for cell in row)
        return " ".join(str(value) for value in cells)
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def data_state(world):
    """What must stay as it is for everybody not allowed to see it, per secret."""
    funding, coaching = (Request.objects.get(pk=request.pk) for request in world["requests"])

    def request_state(request):
        tasks = request.process.task_set.values_list("status", "owner_id")
        return (
            request.status,
            request.title,
            Message.objects.filter(request=request).count(),
            Attachment.objects.filter(request=request).count(),
            sorted(tasks, key=str),
        )

    interest = Interest.objects.filter(pk=world["interest"].pk).values().first()
    registration = Registration.objects.filter(pk=world["registration"].pk).values().first()
    club_application = (
        ClubApplication.objects.filter(pk=world["club_application"].pk).values().first()
    )
    shift_signup = ShiftSignup.objects.filter(pk=world["shift_signup"].pk).values().first()
    items = list(ExchangeItem.objects.filter(club=world["club"]).order_by("pk").values())
    loan = Loan.objects.filter(pk=world["loan"].pk).values().first()
    return {
        "exchange_hidden": items,
        "loan_message": (loan, LoanMessage.objects.filter(loan=world["loan"]).count()),
        "pledge": Pledge.objects.filter(pk=world["pledge"].pk).values().first(),
        "shift_signup": shift_signup,
        "funding": request_state(funding),
        "internal_note": Message.objects.filter(request=funding, internal=True).count(),
        "coaching": request_state(coaching),
        "interest": interest,
        "registration": registration,
        "survey_answer": FormPageSubmission.objects.filter(page=world["survey"]).count(),
        "club_application": club_application,
    }


def site_urls(world):
    pages = [page.get_url() for page in [*world["pages"], world["support_call"]]]
    # Words of the markers: the search page repeats the whole query, as it should.
    searches = [f"/suche/?q={word}" for word in ("Nordlicht", "Vereinsheim", "Satzung")]
    # The admin's page about one person lists all their data: for administrators only.
    people = [
        f"/admin/personenbezogene-daten/?email={MARKERS[secret][1]}"
        for secret in ("interest", "registration", "club_application", "shift_signup", "pledge")
    ]
    return pages + searches + people + ["/suche/vorschlaege/?q=Nordl"]


def test_the_matrix_walks_the_views_of_every_part_of_the_portal():
    names = {name for _route, name, _pattern in portal_patterns()}

    for expected in (
        "my_request_detail",
        "my_request_attachment",
        "workflows_admin:task",
        "workflows_admin:export",
        "interests:inspect",
        "interest_mark_handled",
        "event_registrations_csv",
        "event_registration_certificate",
        "wagtailsnippets_workflows_budget:edit",
        "wagtailforms:list_submissions",
        "search_terms_report",
        "personal_data",
        "login",
    ):
        assert expected in names
    assert len(names) > 120


@pytest.mark.parametrize("role", ROLES)
def test_no_role_sees_or_changes_what_it_may_not(client, world, role):
    user = world["users"][role]
    if user is not None:
        client.force_login(user)
    hidden = [secret for secret, roles in ALLOWED.items() if role not in roles]
    before = data_state(world)
    seen = set()
    calls = 0

    def check(url, response):
        body = text_of(response)
        for secret in hidden:
            for marker in MARKERS[secret]:
                assert marker not in body, (role, url, secret)
        seen.update(secret for secret, markers in MARKERS.items() if markers[0] in body)

    for route, name, _pattern in portal_patterns():
        for url in urls_of(route, name, world):
            check(url, client.get(url))
            calls += 1
            if "<" in route and role != "administrator":
                check(url, client.post(url, JUNK_POST))
                calls += 1
    for url in site_urls(world):
        check(url, client.get(url))
        calls += 1

    after = data_state(world)
    assert {secret: after[secret] for secret in hidden} == {
        secret: before[secret] for secret in hidden
    }
    assert seen == set(ALLOWED) - set(hidden), role
    print(f"{role}: {calls} requests")
