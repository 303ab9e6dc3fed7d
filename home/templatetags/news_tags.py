"""Template tags that show news outside the news overview, e.g. on the home page.

Each tag costs a fixed number of queries, whatever the number of items shown.
"""

from django import template
from wagtail.models import Locale

from home.models.taxonomy import Topic
from home.news.models import NewsIndexPage, NewsPage, card_image_prefetch

register = template.Library()


@register.simple_tag
def latest_news(count):
    """The newest live news items in the visitor's language, each with `topic_names`."""
    news = (
        NewsPage.objects.filter(locale=Locale.get_active())
        .live()
        .public()
        .select_related("region")
        .prefetch_related("topics", *card_image_prefetch())
        .order_by("-date", "-pk")[:count]
    )
    return Topic.objects.attach_names_in_active_locale(news, "topics", "topic_names")


@register.simple_tag
def news_index():
    """The live news overview in the visitor's language, or None."""
    return NewsIndexPage.objects.filter(locale=Locale.get_active()).live().public().first()
