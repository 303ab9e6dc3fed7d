import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail

from home.demo.loader import DEMO_ACCOUNTS, DEMO_PASSWORD
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

STAFF_ACCOUNTS = [
    "admin",
    "redaktion",
    "lektorat",
    "koordination.nord",
    "koordination.sued",
    "programmleitung",
    "lotse",
]


@pytest.mark.parametrize("account", DEMO_ACCOUNTS, ids=lambda account: account.username)
def test_each_demo_role_logs_in_and_lands_where_it_should(client, demo, account):
    response = client.post(
        "/konto/anmelden/", {"username": account.username, "password": DEMO_PASSWORD}
    )

    expected = "/admin/" if account.username in STAFF_ACCOUNTS else "/mein-bereich/"
    assert response.status_code == 302
    assert response["Location"] == expected
    landing = client.get(expected)
    assert landing.status_code == 200


def test_club_representatives_start_in_my_area_and_edit_only_their_club(client, demo):
    from clubs.models import ClubPage

    response = client.post(
        "/konto/anmelden/", {"username": "verein.sport", "password": DEMO_PASSWORD}
    )

    assert response["Location"] == "/mein-bereich/"
    own_club = ClubPage.objects.get(
        representatives__user__username="verein.sport", locale__language_code="de"
    )
    other_club = ClubPage.objects.exclude(representatives=own_club.representatives).first()
    assert client.get(f"/admin/pages/{own_club.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{other_club.pk}/edit/").status_code in (302, 403)


def test_login_with_email_address_in_any_case(client):
    user = UserFactory(username="kim", email="Kim.Muster@Example.org")

    response = client.post(
        "/konto/anmelden/",
        {"username": "kim.muster@example.ORG", "password": "correct-horse-battery"},
    )

    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(user.pk)


def test_wrong_password_shows_a_german_error_and_keeps_the_user_out(client):
    UserFactory(username="kim")

    response = client.post("/konto/anmelden/", {"username": "kim", "password": "falsch"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "data-error-summary" in html
    assert (
        "E-Mail-Adresse, Benutzername oder Passwort stimmen nicht. Bitte prüfen Sie Ihre "
        "Eingaben; beim Passwort zählt die Groß- und Kleinschreibung." in html
    )
    assert "<title>Fehler:" in html
    assert SESSION_KEY not in client.session


def test_empty_login_form_names_the_missing_fields(client):
    response = client.post("/konto/anmelden/", {"username": "", "password": ""})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-invalid="true"' in html
    # The summary at the top links each field and says, in German, what to do.
    assert (
        '<a class="kern-link" href="#id_username">E-Mail-Adresse oder Benutzername: '
        "Dieses Feld muss ausgefüllt werden.</a>" in html
    )
    assert (
        '<a class="kern-link" href="#id_password">Passwort: '
        "Dieses Feld muss ausgefüllt werden.</a>" in html
    )


def test_login_page_is_in_english_under_en(client):
    html = client.get("/en/konto/anmelden/").content.decode()

    assert '<html lang="en"' in html
    assert "Email address or user name" in html


def test_admin_sends_anonymous_visitors_to_the_site_login(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/konto/anmelden/?next=/admin/"


@pytest.mark.parametrize(
    ("next_url", "landing"),
    [
        ("/mein-bereich/", "/mein-bereich/"),
        ("/en/", "/en/"),
        ("https://evil.example/", "/mein-bereich/"),
        ("//evil.example/", "/mein-bereich/"),
    ],
)
def test_login_follows_next_only_within_this_site(client, next_url, landing):
    UserFactory(username="kim")

    response = client.post(
        "/konto/anmelden/",
        {"username": "kim", "password": "correct-horse-battery", "next": next_url},
    )

    assert response["Location"] == landing


def test_logged_in_visitor_of_the_login_page_sees_who_they_are(client):
    user = UserFactory(username="kim", first_name="Kim", last_name="Muster")
    client.force_login(user)

    html = client.get("/konto/anmelden/").content.decode()

    assert "Kim Muster" in html
    assert 'name="password"' not in html


def test_logout_needs_post_and_ends_the_session(client):
    client.force_login(UserFactory())

    assert client.get("/konto/abmelden/").status_code == 405
    response = client.post("/konto/abmelden/")

    assert response.status_code == 200
    assert "Sie wurden abgemeldet." in response.content.decode()
    assert SESSION_KEY not in client.session
    assert response.cookies["sessionid"].value == ""


def test_logout_confirms_in_the_language_of_the_page(client, english_home_page):
    client.force_login(UserFactory())

    html = client.post("/en/konto/abmelden/").content.decode()

    assert '<html lang="en"' in html
    assert "You have been logged out." in html
    assert 'href="/en/"' in html


def test_my_area_needs_login_and_is_never_cached(client):
    assert client.get("/mein-bereich/")["Location"] == "/konto/anmelden/?next=/mein-bereich/"

    client.force_login(UserFactory(first_name="Kim", last_name="Muster"))
    response = client.get("/mein-bereich/")

    assert "Kim Muster" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_password_reset_mails_a_link_that_sets_a_new_password(
    client, django_capture_on_commit_callbacks
):
    user = UserFactory(username="kim", email="kim@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/konto/passwort-vergessen/", {"email": "KIM@example.org"})

    assert response["Location"] == "/konto/passwort-vergessen/gesendet/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["kim@example.org"]
    assert "Neues Passwort" in message.subject
    link = re.search(r"http://testserver(/konto/passwort-neu/\S+)", message.body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    response = client.post(
        form_page.redirect_chain[-1][0],
        {
            "new_password1": "ein-neues-langes-passwort",
            "new_password2": "ein-neues-langes-passwort",
        },
    )
    assert response["Location"] == "/konto/passwort-neu/fertig/"
    user.refresh_from_db()
    assert user.check_password("ein-neues-langes-passwort")


def test_password_reset_for_unknown_address_sends_nothing_and_reveals_nothing(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/konto/passwort-vergessen/", {"email": "niemand@example.org"})

    assert response["Location"] == "/konto/passwort-vergessen/gesendet/"
    assert mail.outbox == []


def test_email_addresses_are_unique_regardless_of_case():
    from django.core.exceptions import ValidationError

    UserFactory(username="kim", email="kim@example.org")
    duplicate = UserFactory.build(username="kim2", email="KIM@example.org")

    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "Ein Konto mit dieser E-Mail-Adresse gibt es bereits." in str(error.value)
