import textwrap

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page, Revision, Site

from home.demo import content
from home.demo.loader import DEMO_ACCOUNTS, DEMO_PASSWORD
from home.roles import ROLES
from tests.home.test_settings import PRODUCTION_ENV, run

pytestmark = pytest.mark.django_db


def database_snapshot():
    """Row counts of every model plus the fields a re-run could silently touch."""
    counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
    pages = list(
        Page.objects.values_list("pk", "title", "live", "latest_revision_id", "last_published_at")
    )
    users = list(get_user_model().objects.values_list("username", "password", "email"))
    sites = list(Site.objects.values_list("pk", "site_name", "root_page_id"))
    return counts, pages, users, sites, Revision.objects.count()


def test_load_demo_runs_twice_without_changing_anything(capsys):
    call_command("load_demo")
    first = database_snapshot()

    call_command("load_demo")

    assert database_snapshot() == first
    assert "Created account" not in capsys.readouterr().out.split("Demo content is in place.")[1]


def test_demo_creates_german_pages_with_english_translations(client):
    call_command("load_demo")

    for spec in content.PAGES:
        german = client.get(f"/{spec['slug']}/")
        english = client.get(f"/en/{spec['slug']}/")
        assert german.status_code == 200, spec["slug"]
        assert english.status_code == 200, spec["slug"]
        assert spec["de"]["title"] in german.content.decode()
        assert spec["en"]["title"] in english.content.decode()
    assert content.HOME["de"]["hero_heading"] in client.get("/").content.decode()
    assert content.HOME["en"]["hero_heading"] in client.get("/en/").content.decode()


def test_demo_footer_links_the_legal_pages(client):
    call_command("load_demo")

    footer = BeautifulSoup(client.get("/").content, "html.parser").select_one(".site-footer")

    assert [(link.get_text(strip=True), link["href"]) for link in footer.select("nav a")] == [
        ("Impressum", "/impressum/"),
        ("Datenschutzerklärung", "/datenschutz/"),
        ("Erklärung zur Barrierefreiheit", "/barrierefreiheit/"),
        ("Leichte Sprache", "/leichte-sprache/"),
        ("Kontakt", "/kontakt/"),
    ]


def test_demo_creates_one_account_per_role_with_the_documented_password():
    call_command("load_demo")

    users = get_user_model().objects.in_bulk(
        [a.username for a in DEMO_ACCOUNTS], field_name="username"
    )
    assert users["admin"].is_superuser
    for account in DEMO_ACCOUNTS:
        user = users[account.username]
        assert user.check_password(DEMO_PASSWORD)
        if account.role:
            # Beside the role, representatives are in their club's own group (clubs demo).
            role_groups = user.groups.filter(clubs__isnull=True).distinct()
            assert list(role_groups.values_list("name", flat=True)) == [account.role.group_name]
    covered = {account.role for account in DEMO_ACCOUNTS if account.role}
    assert covered == set(ROLES)
    coordinators = [a for a in DEMO_ACCOUNTS if a.role and a.role.group_name == "Koordination"]
    assert len(coordinators) == 2


def test_demo_keeps_pages_that_staff_have_edited(home_page):
    call_command("load_demo")
    home_page.refresh_from_db()  # the loader added children; treebeard reads `numchild`
    about = home_page.get_children().get(slug="ueber-das-portal").specific
    about.intro = "Von der Redaktion geändert"
    about.save_revision().publish()

    call_command("load_demo")

    about.refresh_from_db()
    assert about.intro == "Von der Redaktion geändert"


def test_load_demo_refuses_where_demo_content_is_not_allowed(settings):
    settings.ALLOW_DEMO_CONTENT = False

    with pytest.raises(CommandError, match="ALLOW_DEMO_CONTENT"):
        call_command("load_demo")
    assert not get_user_model().objects.filter(username="admin").exists()


def test_production_has_no_demo_command_and_cannot_import_the_demo():
    """Only the development and test settings install the demo apps, so a production
    installation has no way to create the demo's accounts with their published password."""
    command = run(["manage.py", "load_demo"], PRODUCTION_ENV)
    imports = run(
        textwrap.dedent(
            """
            import importlib, django
            django.setup()
            from django.core.management import get_commands
            print("commands", sorted({"load_demo", "generate_bench_data"} & set(get_commands())))
            for package in ("home.demo", "clubs.demo", "workflows.demo", "search.demo"):
                try:
                    importlib.import_module(package)
                except ImportError as error:
                    refused = "only the development and test settings install it" in str(error)
                    print(package, "refused" if refused else error)
                else:
                    print(package, "imported")
            """
        ),
        PRODUCTION_ENV,
    )

    assert command.returncode != 0
    assert "Unknown command: 'load_demo'" in command.stderr
    assert imports.returncode == 0, imports.stderr
    assert imports.stdout.splitlines() == [
        "commands []",
        "home.demo refused",
        "clubs.demo refused",
        "workflows.demo refused",
        "search.demo refused",
    ]


def test_demo_accessibility_statement_leads_to_a_feedback_form_that_works(client, mailoutbox):
    from home.models import FormPage, FormPageSubmission

    call_command("load_demo")
    statement = BeautifulSoup(client.get("/barrierefreiheit/").content, "html.parser")
    english = BeautifulSoup(client.get("/en/barrierefreiheit/").content, "html.parser")
    button = statement.find("a", href="/barrierefreiheit/barriere-melden/")
    feedback = FormPage.objects.get(locale__language_code="de", slug="barriere-melden")
    fields = {field.label: field.clean_name for field in feedback.form_fields.all()}

    response = client.post(
        button["href"],
        {
            fields["Auf welcher Seite?"]: "/veranstaltungen/",
            fields["Was ist Ihnen aufgefallen?"]: "Der Kalender lässt sich nicht vergrößern.",
            fields["E-Mail-Adresse für unsere Antwort"]: "leser@example.org",
            "consent": "on",
        },
        follow=True,
    )

    assert "Barriere melden" in button.get_text()
    assert english.find("a", href="/en/barrierefreiheit/barriere-melden/")
    assert "Vielen Dank für Ihren Hinweis" in response.content.decode()
    submission = FormPageSubmission.objects.get(page=feedback)
    assert "Kalender" in str(submission.form_data)


def test_demo_has_a_page_in_easy_language(client):
    call_command("load_demo")

    html = BeautifulSoup(client.get("/leichte-sprache/").content, "html.parser")

    assert html.find("h1").get_text(strip=True) == "Leichte Sprache"
    assert "Ehrenamt" in html.select_one("main").get_text()
