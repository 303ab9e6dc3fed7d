"""Editors translate pages with wagtail-localize, also through PO files for external
translators: export, translate outside the portal, import, publish."""

import polib
import pytest
from django.contrib import messages
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page
from wagtail_localize.models import Translation

from home.roles import EDITORS, setup_roles
from tests.factories import StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    groups = setup_roles()
    user = UserFactory()
    user.groups.add(groups[EDITORS])
    client.force_login(user)
    return user


@pytest.fixture
def about(home_page, english_home_page):
    return StandardPageFactory(
        parent=home_page, title="Über uns", slug="ueber-uns", intro="Wir helfen Vereinen."
    )


def submit_for_translation(client, page, locale):
    response = client.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]}, follow=True
    )
    assert response.status_code == 200
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def test_editor_exports_translates_and_imports_a_po_file(
    client, editor, about, english, django_capture_on_commit_callbacks
):
    translation = submit_for_translation(client, about, english)

    exported = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert exported.status_code == 200
    assert exported["Content-Disposition"].endswith("-en.po")
    po = polib.pofile(exported.content.decode())
    assert {"Über uns", "Wir helfen Vereinen."} <= {entry.msgid for entry in po}

    # What an external translator does with any PO editor.
    english_texts = {"Über uns": "About us", "Wir helfen Vereinen.": "We help clubs."}
    for entry in po:
        entry.msgstr = english_texts.get(entry.msgid, entry.msgid)
    upload = SimpleUploadedFile("about-en.po", str(po).encode(), "text/x-gettext-translation")
    imported = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": upload, "next": "/admin/"},
    )
    assert imported.status_code == 302

    target = about.get_translation(english)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes then
        published = client.post(f"/admin/pages/{target.pk}/edit/", {"action": "publish"})
    assert published.status_code == 302

    target = Page.objects.get(pk=target.pk).specific
    assert target.live
    assert (target.title, target.intro) == ("About us", "We help clubs.")
    assert client.get(target.url).status_code == 200


def test_a_po_file_of_another_translation_is_refused(client, editor, about, english):
    translation = submit_for_translation(client, about, english)
    other_page = StandardPageFactory(parent=about.get_parent(), title="Kontakt")
    other = submit_for_translation(client, other_page, english)
    foreign_po = client.get(f"/admin/localize/translate/{other.pk}/pofile/download/").content

    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": SimpleUploadedFile("x.po", foreign_po), "next": "/admin/"},
        follow=True,
    )

    errors = [m for m in response.context["messages"] if m.level == messages.ERROR]
    assert len(errors) == 1
    assert about.get_translation(english).title == "Über uns"
