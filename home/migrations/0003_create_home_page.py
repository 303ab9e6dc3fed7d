"""Replace Wagtail's placeholder root page with the portal's home page, so a fresh installation
without demo content already serves a working start page."""

import uuid

from django.db import migrations


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    # Only the untouched placeholder from wagtailcore.0002_initial_data is replaced.
    placeholder = Page.objects.filter(
        content_type__app_label="wagtailcore", content_type__model="page", depth=2, numchild=0
    )
    if not placeholder.exists() or Page.objects.filter(depth=2).count() != 1:
        return
    placeholder_page = placeholder.get()
    path = placeholder_page.path
    locale_id = placeholder_page.locale_id or Locale.objects.order_by("pk").first().pk
    Site.objects.filter(root_page=placeholder_page).delete()
    placeholder_page.delete()

    content_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")
    home = HomePage.objects.create(
        title="Startseite",
        draft_title="Startseite",
        slug="startseite",
        content_type=content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/startseite/",
        locale_id=locale_id,
        translation_key=uuid.uuid4(),
        live=True,
        hero_heading="Willkommen im Engagementportal",
    )
    Site.objects.create(
        hostname="localhost",
        port=80,
        site_name="Engagementportal",
        root_page=home,
        is_default_site=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_pages_and_settings"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
