from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import get_template
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

OUR_TEMPLATES = Path(settings.BASE_DIR) / "templates"
VIEWFLOW_TEMPLATES = Path(__import__("viewflow").__file__).parent / "templates"


OUR_AUTH_TEMPLATES = [
    "registration/login.html",
    "registration/logged_out.html",
    "registration/password_reset_form.html",
    "registration/password_reset_done.html",
    "registration/password_reset_confirm.html",
    "registration/password_reset_complete.html",
    "registration/password_change_form.html",
    "registration/password_change_done.html",
]
VIEWFLOW_TOP_LEVEL_TEMPLATES = sorted(
    str(path.relative_to(VIEWFLOW_TEMPLATES)) for path in VIEWFLOW_TEMPLATES.glob("*.html")
)


@pytest.mark.parametrize("name", [*VIEWFLOW_TOP_LEVEL_TEMPLATES, *OUR_AUTH_TEMPLATES])
def test_viewflow_templates_never_shadow_ours(name):
    assert Path(get_template(name).origin.name).is_relative_to(OUR_TEMPLATES), name


def test_unknown_address_gets_the_german_404_page(client, home_page):
    response = client.get("/gibt-es-nicht/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="de"' in html
    assert "Seite nicht gefunden" in html


def test_unknown_english_address_gets_the_english_404_page(client, english_home_page):
    response = client.get("/en/does-not-exist/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@override_settings(DEBUG=False)
def test_server_error_shows_the_friendly_page_without_details(home_page):
    from django.urls import path

    def broken(request):
        raise RuntimeError("secret detail")

    import portal.urls

    with override_settings(
        ROOT_URLCONF=type(
            "urls", (), {"urlpatterns": [path("kaputt/", broken), *portal.urls.urlpatterns]}
        )
    ):
        response = Client(raise_request_exception=False).get("/kaputt/")

    assert response.status_code == 500
    html = response.content.decode()
    assert "Ein technischer Fehler ist aufgetreten" in html
    assert "secret detail" not in html


def test_expired_form_gets_a_german_explanation(home_page):
    client = Client(enforce_csrf_checks=True)

    response = client.post("/konto/anmelden/", {"username": "x", "password": "y"})

    assert response.status_code == 403
    assert "Das Formular ist abgelaufen" in response.content.decode()
