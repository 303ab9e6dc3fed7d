"""RSS 2.0 and Atom 1.0 feeds of a news overview, served by its routes `feed/rss/` and
`feed/atom/` (see NewsIndexPage). Each overview has its own, so every language has one."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext
from wagtail.models import Site

from home.models.taxonomy import Topic

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, index_page, **kwargs):
        self.request = request
        self.index_page = index_page
        self.language = index_page.locale.language_code
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.index_page

    def title(self, index_page):
        site = Site.find_for_request(self.request)
        if site and site.site_name:
            return f"{index_page.title} – {site.site_name}"
        return index_page.title

    def description(self, index_page):
        return index_page.intro or gettext("The latest news of %(title)s.") % {
            "title": index_page.title
        }

    def link(self, index_page):
        return index_page.get_full_url(request=self.request)

    def feed_url(self, index_page):
        kind = "atom" if self.feed_type is Atom1Feed else "rss"
        return index_page.feed_urls(self.request, full=True)[kind]

    def items(self, index_page):
        """The newest items, with their topics' names in the overview's language (one query)."""
        news = index_page.news()[:FEED_LENGTH]
        return Topic.objects.attach_names_in_active_locale(news, "topics", "topic_names")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_link(self, item):
        return item.get_full_url(request=self.request)

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        """Midnight of the news item's date in the portal's time zone."""
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return item.topic_names


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
