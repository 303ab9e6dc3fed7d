"""Members-only knowledge: who reads the articles and downloads their documents, and which
documents editors may upload."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.permissions import policy_registry

from home.knowledge.privacy import restrict_to_members
from home.models import ArticleDocument
from home.roles import (
    CLUB_REPRESENTATIVES,
    COORDINATORS,
    EDITORS,
    MEMBERS_COLLECTION_NAME,
    setup_members_collection,
    setup_roles,
)
from tests.factories import (
    ArticlePageFactory,
    DocumentFactory,
    KnowledgeIndexPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def members_collection(db):
    setup_roles()
    return Collection.objects.get(name=MEMBERS_COLLECTION_NAME)


@pytest.fixture
def index(home_page):
    return KnowledgeIndexPageFactory(parent=home_page)


@pytest.fixture
def secret_article(index, members_collection):
    article = ArticlePageFactory(
        parent=index,
        title="Musterverträge",
        body=[("rich_text", "<p>Geheimer Vertragstext</p>")],
    )
    document = DocumentFactory(title="Honorarvertrag", collection=members_collection)
    ArticleDocument.objects.create(page=article, document=document)
    restrict_to_members(article)
    return article


def member_of(role):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=role.group_name))
    return user


def document_of(article):
    return article.downloads.get().document


def test_anonymous_visitors_are_sent_to_the_portal_login(client, secret_article):
    response = client.get(secret_article.url)

    assert response.status_code == 302
    assert response["Location"] == f"/konto/anmelden/?next={secret_article.url}"
    assert "Geheimer Vertragstext" not in response.content.decode()


def test_anonymous_visitors_do_not_get_the_documents(client, secret_article):
    document = document_of(secret_article)

    response = client.get(document.url)

    assert response.status_code == 302
    assert response["Location"].startswith("/konto/anmelden/?next=")


@pytest.mark.parametrize("role", [CLUB_REPRESENTATIVES, EDITORS, COORDINATORS])
def test_club_representatives_and_staff_read_the_article_and_its_documents(
    client, secret_article, role
):
    client.force_login(member_of(role))

    with translation.override("de"):
        page = client.get(secret_article.url)
    document = client.get(document_of(secret_article).url)

    assert page.status_code == 200
    html = page.content.decode()
    assert "Geheimer Vertragstext" in html
    assert "Nur für angemeldete Vereine" in html
    assert document.status_code == 200
    assert b"".join(document.streaming_content).startswith(b"Vorlage")


def test_logged_in_people_without_a_members_role_are_refused(client, secret_article):
    client.force_login(UserFactory())

    assert client.get(secret_article.url).status_code == 302
    assert client.get(document_of(secret_article).url).status_code == 302


def test_a_document_left_in_a_public_collection_is_still_refused(client, secret_article):
    """The safety net for an editor's mistake: the article's privacy covers its documents."""
    stray = DocumentFactory(title="Aus Versehen öffentlich")
    ArticleDocument.objects.create(page=secret_article, document=stray)

    assert client.get(stray.url).status_code == 302
    client.force_login(member_of(CLUB_REPRESENTATIVES))
    assert client.get(stray.url).status_code == 200


def test_documents_of_public_articles_are_served_to_everybody(client, index):
    article = ArticlePageFactory(parent=index)
    document = DocumentFactory()
    ArticleDocument.objects.create(page=article, document=document)

    assert client.get(document.url).status_code == 200


def test_an_english_translation_is_as_private_as_the_original(
    client, secret_article, english, english_home_page
):
    secret_article.get_parent().specific.copy_for_translation(english).save_revision().publish()
    translation_page = secret_article.copy_for_translation(english)
    translation_page.save_revision().publish()

    response = client.get(translation_page.url)

    assert response.status_code == 302
    assert response["Location"].startswith("/en/konto/anmelden/")


def test_members_collection_is_private_to_members_and_set_up_once(members_collection):
    setup_members_collection()
    setup_roles()

    assert Collection.objects.filter(name=MEMBERS_COLLECTION_NAME).count() == 1
    restriction = CollectionViewRestriction.objects.get(collection=members_collection)
    assert set(restriction.groups.values_list("name", flat=True)) == {
        "Vereinsvertretungen",
        "Redaktion",
        "Koordination",
        "Programmleitung",
        "Ehrenamtslotsen",
    }


def test_editors_may_add_and_choose_documents_in_the_members_collection(members_collection):
    editor = member_of(EDITORS)
    document = DocumentFactory(collection=members_collection)
    document_permissions = policy_registry.get_by_type(get_document_model())

    assert members_collection in document_permissions.collections_user_has_permission_for(
        editor, "add"
    )
    assert document in document_permissions.instances_user_has_permission_for(editor, "choose")


def test_editors_may_write_articles_with_documents_in_the_admin(client, index, members_collection):
    client.force_login(member_of(EDITORS))

    response = client.get(reverse("wagtailadmin_pages:add", args=("home", "articlepage", index.pk)))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="downloads-TOTAL_FORMS"' in html
    assert "Nur für Mitglieder" in html


def test_editors_may_set_an_article_members_only(index, members_collection):
    article = ArticlePageFactory(parent=index)

    assert article.permissions_for_user(member_of(EDITORS)).can_set_view_restrictions()


@pytest.mark.parametrize(
    ("name", "content"),
    [("setup.exe", b"MZ\x90\x00"), ("seite.html", b"<script>alert(1)</script>")],
)
def test_upload_of_a_disallowed_file_type_is_refused_with_a_clear_message(
    client, members_collection, name, content
):
    client.force_login(member_of(EDITORS))

    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Gefährlich",
            "file": SimpleUploadedFile(name, content),
            "collection": members_collection.pk,
        },
    )

    assert response.status_code == 200
    errors = BeautifulSoup(response.content, "html.parser").select_one(".error-message")
    assert "pdf, docx, xlsx, pptx, odt, ods, odp, txt, csv" in errors.get_text()
    assert not get_document_model().objects.exists()


def test_upload_of_an_allowed_file_type_is_stored(client, members_collection):
    client.force_login(member_of(EDITORS))

    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Einladung",
            "file": SimpleUploadedFile("einladung.odt", b"PK\x03\x04"),
            "collection": members_collection.pk,
        },
    )

    assert response.status_code == 302
    document = get_document_model().objects.get()
    assert (document.title, document.collection) == ("Einladung", members_collection)
