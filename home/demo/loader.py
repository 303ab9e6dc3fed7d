"""Creates the demo installation: pages in German with English translations, site settings,
role groups and one account per role.

Every step only creates what is missing and never overwrites, so running the loader again
changes nothing, and content that staff have edited stays as it is.
"""

import copy
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Site

from home import roles
from home.models import HomePage, PortalSettings, StandardPage

from . import content

DEMO_PASSWORD = "engagement-demo"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    role: roles.Role | None = None  # None: administrator (superuser)

    @property
    def email(self):
        return f"{self.username}@example.org"


DEMO_ACCOUNTS = (
    DemoAccount("admin", "Petra", "Schulz"),
    DemoAccount("redaktion", "Jonas", "Becker", roles.EDITORS),
    # A second editor, so that one writes and the other reviews in the workflow "Redaktion".
    DemoAccount("lektorat", "Miriam", "Albers", roles.EDITORS),
    DemoAccount("koordination.nord", "Sabine", "Hansen", roles.COORDINATORS),
    DemoAccount("koordination.sued", "Mehmet", "Yılmaz", roles.COORDINATORS),
    DemoAccount("programmleitung", "Katrin", "Vogel", roles.PROGRAMME_LEADS),
    DemoAccount("lotse", "Hans-Peter", "Jensen", roles.EXPERTS),
    DemoAccount("verein.sport", "Lena", "Petersen", roles.CLUB_REPRESENTATIVES),
    DemoAccount("verein.kultur", "Thomas", "Weber", roles.CLUB_REPRESENTATIVES),
)


class DemoLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        roles.setup_roles()
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        english, _ = Locale.objects.get_or_create(language_code="en")

        # Pages link to each other, so all exist before any body is filled in.
        created = [spec for spec in content.PAGES if not self._german_page(home, spec)]
        for spec in created:
            self._create_german_page(home, spec)
        for spec in created:
            page = home.get_children().get(slug=spec["slug"]).specific
            page.body = self._resolve_links(spec["de"]["body"], home)
            self._publish(page)
        pages = {spec["slug"]: self._german_page(home, spec) for spec in content.PAGES}
        self._fill_home_page(home, site)
        self._translate(home, english, content.HOME["en"])
        for spec in content.PAGES:
            self._translate(pages[spec["slug"]], english, spec["en"])
        self._portal_settings(site, pages)
        for account in DEMO_ACCOUNTS:
            self._account(account)

    def _resolve_links(self, blocks, home):
        """Replace the slugs in demo links by the ids of the German pages they name."""
        blocks = copy.deepcopy(blocks)

        def resolve(value):
            if isinstance(value, dict):
                if set(value) == {"page", "url", "label"} and isinstance(value["page"], str):
                    value["page"] = home.get_children().get(slug=value["page"]).pk
                for item in value.values():
                    resolve(item)
            elif isinstance(value, list):
                for item in value:
                    resolve(item)

        resolve(blocks)
        return blocks

    def _publish(self, page):
        page.save_revision().publish()
        self.log(f"Published {page.locale.language_code}: {page.title}")

    def _fill_home_page(self, home, site):
        """The migration leaves a home page without any revision; only that one is filled."""
        if home.latest_revision_id is not None:
            return
        german = content.HOME["de"]
        home.title = home.draft_title = german["title"]
        home.hero_heading = german["hero_heading"]
        home.hero_text = german["hero_text"]
        home.body = self._resolve_links(german["body"], home)
        self._publish(home)
        if site.site_name in ("", "Engagementportal"):
            site.site_name = content.SITE_NAME
            site.save()

    def _german_page(self, home, spec):
        page = home.get_children().filter(slug=spec["slug"]).first()
        return page.specific if page else None

    def _create_german_page(self, home, spec):
        german = spec["de"]
        page = StandardPage(
            title=german["title"],
            slug=spec["slug"],
            intro=german["intro"],
            show_in_menus=spec.get("show_in_menus", False),
            locale=home.locale,
            live=False,
        )
        home.add_child(instance=page)

    def _translate(self, page, locale, fields):
        if page.get_translation_or_none(locale):
            return
        home = page if isinstance(page, HomePage) else page.get_parent()
        translation = page.copy_for_translation(locale)
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.draft_title = translation.title
        translation.body = self._resolve_links(fields["body"], home)
        self._publish(translation)

    def _portal_settings(self, site, pages):
        portal = PortalSettings.for_site(site)
        if portal.organisation_name:
            return
        for name, value in content.ORGANISATION.items():
            setattr(portal, name, value)
        for field_name, slug in content.FOOTER_PAGES.items():
            setattr(portal, field_name, pages[slug])
        portal.save()
        self.log("Filled the portal settings")

    def _account(self, account):
        user_model = get_user_model()
        if user_model.objects.filter(username=account.username).exists():
            return
        user = user_model(
            username=account.username,
            first_name=account.first_name,
            last_name=account.last_name,
            email=account.email,
            is_superuser=account.role is None,
            is_staff=account.role is None,
        )
        user.set_password(DEMO_PASSWORD)
        user.save()
        if account.role:
            user.groups.add(Group.objects.get(name=account.role.group_name))
        self.log(f"Created account {account.username}")
