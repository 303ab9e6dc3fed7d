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

from .news_content import NEWS, NEWS_INDEX, SURVEY
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
        self._survey()

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

    def _survey(self):
        survey = self.home.get_children().type(FormPage).filter(slug=SURVEY["slug"]).first()
        if survey:
            survey = survey.specific
        else:
            german = SURVEY["de"]
            survey = FormPage(
                slug=SURVEY["slug"],
                to_address=SURVEY["to_address"],
                **german,
            )
            survey.form_fields = [
                FormPageField(
                    sort_order=number,
                    field_type=field_type,
                    required=required,
                    label=label,
                    help_text=help_text,
                    choices=choices,
                )
                for number, (field_type, required, label, help_text, choices, *_english) in (
                    enumerate(SURVEY["fields"])
                )
            ]
            self._add(self.home, survey)
        if survey.get_translation_or_none(self.english):
            return
        translation = survey.copy_for_translation(self.english)
        for name, value in SURVEY["en"].items():
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
                survey.form_fields.all(), SURVEY["fields"], strict=True
            )
        ]
        self._publish(translation)
