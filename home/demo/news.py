"""Creates the demo news and the needs survey: the news overview with eight news items and
the survey form, in German, with English translations of the overview, three news items and
the survey.

Runs after the clubs loader (order 12 > 10), whose regions and topics the news are filed under;
without them the news are created without region and topics. Every step only creates what is
missing and never overwrites: the overview is found by type, news items and the survey by slug.
Dates are counted back from the day of loading, so a fresh demo always shows recent news.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Site

from home.models import (
    FormPage,
    FormPageField,
    NewsIndexPage,
    NewsPage,
    Region,
    Topic,
)

from .news_content import ACCESSIBILITY_FEEDBACK, NEWS, NEWS_INDEX, SURVEY
from .pages import DemoPages


class NewsDemoLoader(DemoPages):
    def __init__(self, log=print, today=None):
        self.log = log
        self.today = today or timezone.localdate()

    @transaction.atomic
    def run(self):
        self.home = Site.objects.get(is_default_site=True).root_page.specific
        self.english, _ = Locale.objects.get_or_create(language_code="en")
        index = self._news_index()
        for spec in NEWS:
            self._news(index, spec)
        self._form_page(self.home, SURVEY)
        statement = self._child(self.home, ACCESSIBILITY_FEEDBACK["parent_slug"])
        if statement:
            feedback, created = self._form_page(statement, ACCESSIBILITY_FEEDBACK)
            if created:
                self._link_statement_to(statement, feedback)

    def _news_index(self):
        # At most one per home page, so found by type: staff may have changed the slug.
        index = self.home.get_children().type(NewsIndexPage).first()
        if index:
            index = index.specific
        else:
            german = NEWS_INDEX["de"]
            index = NewsIndexPage(
                title=german["title"],
                slug=NEWS_INDEX["slug"],
                intro=german["intro"],
                show_in_menus=True,
            )
            self._add(self.home, index)
            self._place_in_menu(index)
        translation = self._translate(index, NEWS_INDEX["en"])
        if translation:
            self._place_in_menu(translation)
        return index

    def _news(self, index, spec):
        news = self._child(index, spec["slug"])
        if news is None:
            german = spec["de"]
            news = NewsPage(
                title=german["title"],
                slug=spec["slug"],
                date=self.today - datetime.timedelta(days=spec["days_ago"]),
                teaser=german["teaser"],
                body=german["body"],
                region=Region.objects.filter(slug=spec["region"]).first()
                if spec["region"]
                else None,
            )
            news.topics = list(
                Topic.objects.filter(locale=Locale.get_default(), slug__in=spec["topics"])
            )
            self._add(index, news)
        if "en" in spec:
            self._translate(news, spec["en"])

    def _form_page(self, parent, spec):
        """The form page of `spec` under `parent` and its English translation; (page, whether
        it was created now)."""
        form_page = parent.get_children().type(FormPage).filter(slug=spec["slug"]).first()
        created = form_page is None
        if form_page:
            form_page = form_page.specific
        else:
            form_page = FormPage(slug=spec["slug"], to_address=spec["to_address"], **spec["de"])
            form_page.form_fields = [
                FormPageField(
                    sort_order=number,
                    field_type=field_type,
                    required=required,
                    label=label,
                    help_text=help_text,
                    choices=choices,
                )
                for number, (field_type, required, label, help_text, choices, *_english) in (
                    enumerate(spec["fields"])
                )
            ]
            self._add(parent, form_page)
        if form_page.get_translation_or_none(self.english):
            return form_page, created
        translation = form_page.copy_for_translation(self.english)
        for name, value in spec["en"].items():
            setattr(translation, name, value)
        translation.draft_title = translation.title
        # The same names as in German: they are the keys of the stored answers.
        translation.form_fields = [
            FormPageField(
                sort_order=field.sort_order,
                clean_name=field.clean_name,
                field_type=field.field_type,
                required=field.required,
                label=label,
                help_text=help_text,
                choices=choices,
            )
            for field, (*_german, label, help_text, choices) in zip(
                form_page.form_fields.all(), spec["fields"], strict=True
            )
        ]
        self._publish(translation)
        return form_page, created

    def _link_statement_to(self, statement, feedback):
        """A button to the feedback form at the end of the accessibility statement, in German
        and in its English translation."""
        for language, page in (
            ("de", statement),
            ("en", statement.get_translation_or_none(self.english)),
        ):
            if page is None:
                continue
            page = page.specific
            target = feedback if language == "de" else feedback.get_translation(self.english)
            heading_text, body, label = ACCESSIBILITY_FEEDBACK["link"][language]
            block = page.body.stream_block.child_blocks["call_to_action"]
            button = {"page": target.pk, "url": "", "label": label}
            value = block.to_python({"heading": heading_text, "text": body, "link": button})
            page.body.append(("call_to_action", value))
            self._publish(page)
