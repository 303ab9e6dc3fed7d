"""News at /neuigkeiten/: the overview with filters and paging, news pages, the feeds, the
home page's latest news and the demo news."""

import datetime
import xml.etree.ElementTree as ET

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.models import Page, PageViewRestriction, Revision

from home.demo.news import NewsDemoLoader
from home.demo.news_content import NEWS, SURVEY
from home.models import FormPage, HomePage, NewsIndexPage, NewsPage, StandardPage
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    RegionFactory,
    TopicFactory,
)
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
ONE_DAY = datetime.timedelta(days=1)
ATOM = "{http://www.w3.org/2005/Atom}"


def de(text):
    """A text of the portal as German visitors read it."""
    with translation.override("de"):
        return translation.gettext(text)


def get(client, url, language="de"):
    with translation.override(language):
        response = client.get(url)
    assert response.status_code == 200
    return response


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def parse_feed(response):
    return ET.fromstring(response.content)  # noqa: S314 (the portal's own output)


def titles(response):
    return [a.get_text(strip=True) for a in soup_of(response).select(".listing-page__results h3 a")]


@pytest.fixture
def index(home_page):
    return NewsIndexPageFactory(parent=home_page, intro="Was im Ehrenamt los ist.")


@pytest.fixture
def news(index):
    def make(title, days_ago=0, **fields):
        return NewsPageFactory(parent=index, title=title, date=TODAY - days_ago * ONE_DAY, **fields)

    return make


@pytest.fixture
def funding():
    return TopicFactory(name="Fördermittel", slug="foerdermittel")


@pytest.fixture
def law():
    return TopicFactory(name="Recht", slug="recht")


@pytest.fixture
def north():
    return RegionFactory(name="Amt Nordheide", slug="amt-nordheide")


@pytest.fixture
def south():
    return RegionFactory(name="Kreis Südmark", slug="kreis-suedmark")


def translate(page, locale, **fields):
    translated = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.draft_title = translated.title
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


class TestOverview:
    def test_lists_live_news_newest_first(self, client, index, news):
        news("Vorgestern", days_ago=2)
        news("Heute")
        news("Letzte Woche", days_ago=7)
        news("Entwurf", live=False)

        response = get(client, index.url)

        assert titles(response) == ["Heute", "Vorgestern", "Letzte Woche"]
        assert "Was im Ehrenamt los ist." in response.content.decode()

    def test_card_shows_date_region_teaser_and_topics(self, client, index, news, funding, north):
        news("Förderung", teaser="Bis zu 2.500 Euro.", region=north, topics=[funding])

        card = soup_of(get(client, index.url)).select_one(".news-card").get_text(" ", strip=True)

        assert TODAY.strftime("%d.%m.%Y") in card
        assert "Amt Nordheide" in card
        assert "Bis zu 2.500 Euro." in card
        assert "Fördermittel" in card

    def test_filters_by_topic_and_region(self, client, index, news, funding, law, north, south):
        news("Förderung im Norden", region=north, topics=[funding])
        news("Förderung im Süden", days_ago=1, region=south, topics=[funding, law])
        news("Recht überall", topics=[law])

        assert titles(get(client, index.url + "?thema=foerdermittel")) == [
            "Förderung im Norden",
            "Förderung im Süden",
        ]
        assert titles(get(client, index.url + "?region=kreis-suedmark")) == ["Förderung im Süden"]
        assert titles(get(client, index.url + "?thema=recht&region=kreis-suedmark")) == [
            "Förderung im Süden"
        ]

    def test_filter_offers_topics_and_regions_by_name(self, client, index, funding, north):
        form = soup_of(get(client, index.url)).select_one(".filter-form")

        topics = [option.get_text(strip=True) for option in form.select("[name=thema] option")]
        regions = [option.get_text(strip=True) for option in form.select("[name=region] option")]
        assert topics == [de("All topics"), "Fördermittel"]
        assert regions == [de("All regions"), "Amt Nordheide"]

    @pytest.mark.parametrize(
        "query",
        [
            "?thema=gibt-es-nicht",
            "?region=atlantis",
            "?thema=%00",
            "?region=<script>",
            "?page=-1",
            "?page=abc",
            "?page=99999",
            "?thema=" + "x" * 5000,
        ],
    )
    def test_bad_filter_values_are_answered_without_error(self, client, index, news, query):
        news("Eine Neuigkeit")

        response = get(client, index.url + query)

        assert titles(response) == ["Eine Neuigkeit"]

    def test_unknown_topic_is_explained(self, client, index, news, funding):
        news("Eine Neuigkeit")

        summary = soup_of(get(client, index.url + "?thema=gibt-es-nicht")).select_one(
            "[data-error-summary]"
        )

        assert summary is not None
        assert de("Topic") in summary.get_text()

    def test_count_paging_keeps_the_filters_and_empty_state(
        self, client, index, news, funding, north
    ):
        for number in range(12):
            news(f"Neuigkeit {number:02d}", days_ago=number, topics=[funding])

        first = get(client, index.url + "?thema=foerdermittel")
        assert "12" in soup_of(first).select_one("[role=status]").get_text()
        assert len(titles(first)) == 10
        next_link = soup_of(first).select_one("a[rel=next]")["href"]
        assert "thema=foerdermittel" in next_link
        assert "page=2" in next_link
        assert titles(get(client, index.url + next_link)) == ["Neuigkeit 10", "Neuigkeit 11"]

        empty = soup_of(get(client, index.url + "?region=amt-nordheide"))
        assert de("No news item matches these filters. Choose another topic or region.") in (
            empty.select_one(".empty-state").get_text()
        )

    def test_without_news_says_so(self, client, index):
        empty = soup_of(get(client, index.url)).select_one(".empty-state").get_text()

        assert de("There is no news yet. Please look again soon.") in empty

    def test_query_count_does_not_grow_with_the_news(self, client, index, news, funding, north):
        def add(count):
            for _ in range(count):
                image = wagtail_factories.ImageFactory()
                title = f"Mit Bild {NewsPage.objects.count()}"
                news(title, region=north, topics=[funding], image=image, image_alt_text="x")

        url = index.url + "?thema=foerdermittel&region=amt-nordheide"
        add(3)
        with_three = count_queries(client, url)
        add(27)
        with_thirty = count_queries(client, url)

        assert with_thirty == with_three
        assert "30" in soup_of(get(client, url)).select_one("[role=status]").get_text()

    def test_the_cached_filter_form_follows_the_chosen_filters_and_new_topics(
        self, client, index, news, funding, django_capture_on_commit_callbacks
    ):
        def selected_topic(url):
            option = soup_of(get(client, url)).select_one("select[name=thema] option[selected]")
            return option["value"] if option else ""

        assert selected_topic(index.url + "?thema=foerdermittel") == "foerdermittel"
        assert selected_topic(index.url) == ""
        with django_capture_on_commit_callbacks(execute=True):
            TopicFactory(name="Ehrenamtskarte", slug="ehrenamtskarte")
        assert "Ehrenamtskarte" in get(client, index.url).content.decode()

    def test_english_overview_lists_english_news(self, client, index, news, english, funding):
        german = news("Förderung", topics=[funding])
        news("Nur auf Deutsch")
        english_index = translate(index, english, title="News")
        translate(german, english, title="Funding")

        assert titles(get(client, english_index.url, "en")) == ["Funding"]


class TestNewsPage:
    def test_shows_date_region_topics_image_and_body(self, client, news, funding, north):
        image = wagtail_factories.ImageFactory()
        page = news(
            "Neue Kurse",
            teaser="Zwei Abendkurse.",
            region=north,
            topics=[funding],
            image=image,
            image_alt_text="Ehrenamtliche im Kurs",
            body=[("rich_text", "<p>Der Kurs ist kostenlos.</p>")],
        )

        soup = soup_of(get(client, page.url))

        assert soup.h1.get_text(strip=True) == "Neue Kurse"
        facts = soup.select_one(".fact-list").get_text(" ", strip=True)
        assert TODAY.strftime("%d.%m.%Y") in facts
        assert "Amt Nordheide" in facts
        assert "Fördermittel" in facts
        assert soup.select_one("figure img")["alt"] == "Ehrenamtliche im Kurs"
        assert "Der Kurs ist kostenlos." in soup.get_text()

    def test_topics_show_in_the_visitors_language(self, client, news, funding, english):
        english_funding = funding.copy_for_translation(english)
        english_funding.name = "Funding"
        english_funding.save()
        page = news("Förderung", topics=[funding])
        translated = translate(page, english, title="Grants")

        facts = soup_of(get(client, translated.url, "en")).select_one(".fact-list").get_text()

        assert "Funding" in facts
        assert "Fördermittel" not in facts

    def test_an_image_needs_an_alternative_text(self, index):
        page = NewsPage(title="Mit Bild", teaser="Kurz.", image=wagtail_factories.ImageFactory())

        with pytest.raises(ValidationError) as refused:
            page.clean()

        assert "image_alt_text" in refused.value.message_dict

    def test_date_defaults_to_today(self):
        assert NewsPage().date == TODAY

    def test_news_overview_and_forms_are_offered_below_the_home_page(self):
        assert NewsIndexPage in HomePage.allowed_subpage_models()
        assert FormPage in HomePage.allowed_subpage_models()
        assert FormPage in StandardPage.allowed_subpage_models()
        assert NewsIndexPage.allowed_subpage_models() == [NewsPage]


class TestFeeds:
    @pytest.fixture
    def three_news(self, news, funding, law):
        news("Älteste", days_ago=9, topics=[law])
        news("Neueste", teaser="Ganz neu.", topics=[funding])
        news("Mittlere", days_ago=3)
        news("Entwurf", live=False)

    def test_rss_lists_the_news_newest_first_with_topics(self, client, index, three_news):
        response = get(client, index.url + "feed/rss/")

        assert response["Content-Type"].startswith("application/rss+xml")
        channel = parse_feed(response).find("channel")
        assert channel.findtext("language") == "de"
        assert channel.findtext("link") == index.full_url
        items = channel.findall("item")
        assert [item.findtext("title") for item in items] == ["Neueste", "Mittlere", "Älteste"]
        assert items[0].findtext("description") == "Ganz neu."
        assert items[0].findtext("link") == index.full_url + "neueste/"
        assert [c.text for c in items[0].findall("category")] == ["Fördermittel"]

    def test_atom_lists_the_same_news(self, client, index, three_news):
        response = get(client, index.url + "feed/atom/")

        assert response["Content-Type"].startswith("application/atom+xml")
        feed = parse_feed(response)
        assert [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")] == [
            "Neueste",
            "Mittlere",
            "Älteste",
        ]
        self_link = feed.find(f"{ATOM}link[@rel='self']").get("href")
        assert self_link == index.full_url + "feed/atom/"

    def test_each_language_has_its_own_feed(self, client, index, news, english):
        german = news("Auf Deutsch")
        news("Nur auf Deutsch")
        english_index = translate(index, english, title="News")
        translate(german, english, title="In English")

        channel = parse_feed(get(client, english_index.url + "feed/rss/", "en"))

        assert channel.find("channel").findtext("language") == "en"
        assert [i.findtext("title") for i in channel.iter("item")] == ["In English"]

    def test_overview_and_news_pages_announce_the_feeds(self, client, index, news):
        page = news("Eine Neuigkeit")

        for url in (index.url, page.url):
            head = soup_of(get(client, url)).head
            feeds = {
                link["type"]: link["href"] for link in head.select("link[rel=alternate][type]")
            }
            assert feeds == {
                "application/rss+xml": index.url + "feed/rss/",
                "application/atom+xml": index.url + "feed/atom/",
            }

    def test_feed_of_an_unpublished_overview_is_not_found(self, client, index):
        index.unpublish()

        assert client.get(index.url + "feed/rss/").status_code == 404


class TestLatestNewsOnTheHomePage:
    @pytest.fixture
    def home_with_news(self, home_page):
        home_page.body = [("latest_news", {"heading": "Neuigkeiten", "count": 3})]
        home_page.save_revision().publish()
        return home_page

    def test_the_cached_section_never_shows_drafts_or_pages_made_private(
        self, client, home_with_news, index, news, django_capture_on_commit_callbacks
    ):
        fair = news("Dorffest")
        assert "Dorffest" in get(client, "/").content.decode()

        fair.title = "Dorffest abgesagt"
        fair.save_revision()
        assert "abgesagt" not in get(client, "/").content.decode()

        with django_capture_on_commit_callbacks(execute=True):
            PageViewRestriction.objects.create(
                page=fair, restriction_type=PageViewRestriction.LOGIN
            )
        assert "Dorffest" not in get(client, "/").content.decode()

        with django_capture_on_commit_callbacks(execute=True):
            PageViewRestriction.objects.filter(page=fair).delete()
            fair.get_latest_revision().publish()
        assert "Dorffest abgesagt" in get(client, "/").content.decode()

    def test_shows_the_newest_three_and_links_the_overview(
        self, client, home_with_news, index, news
    ):
        for number in range(5):
            news(f"Neuigkeit {number}", days_ago=number)

        section = soup_of(get(client, "/")).select_one(".home-section")

        assert section.h2.get_text(strip=True) == "Neuigkeiten"
        assert [h3.get_text(strip=True) for h3 in section.select("h3")] == [
            "Neuigkeit 0",
            "Neuigkeit 1",
            "Neuigkeit 2",
        ]
        assert section.find("a", string=de("All news"))["href"] == index.url

    def test_without_news_the_section_is_left_out(self, client, home_with_news, index):
        assert soup_of(get(client, "/")).select_one(".home-section") is None

    def test_costs_the_same_queries_for_more_news(
        self, client, home_with_news, index, news, funding
    ):
        for number in range(2):
            news(f"Eine {number}", topics=[funding])
        with_two = count_queries(client, "/")
        for number in range(18):
            news(f"Weitere {number}", topics=[funding])

        assert count_queries(client, "/") == with_two


def database_snapshot():
    counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
    pages = list(
        Page.objects.order_by("pk").values_list("pk", "path", "title", "latest_revision_id")
    )
    return counts, pages, Revision.objects.count()


class TestDemo:
    def test_demo_news_and_survey_in_both_languages(self, client, demo):
        index = NewsIndexPage.objects.get(locale__language_code="de")
        german_news = NewsPage.objects.filter(locale__language_code="de").live()
        english_news = NewsPage.objects.filter(locale__language_code="en").live()

        assert german_news.count() == len(NEWS) >= 8
        assert english_news.count() == 3
        assert german_news.filter(topics__isnull=False).exists()
        assert german_news.filter(region__slug="amt-eiderheide").exists()
        assert german_news.filter(region__slug="landkreis-ohmtal").exists()
        assert len(titles(get(client, index.url))) == 8
        assert len(titles(get(client, "/en" + index.url, "en"))) == 3
        home = soup_of(get(client, "/")).select(".home-section h3 a")
        assert {a.get_text(strip=True) for a in home} >= {
            page.title for page in german_news.order_by("-date")[:3]
        }

        survey = FormPage.objects.get(locale__language_code="de", slug=SURVEY["slug"])
        english_survey = survey.get_translation(english_news.first().locale)
        assert survey.title == "Bedarfsumfrage: Was braucht Ihr Verein?"
        assert {f.field_type for f in survey.form_fields.all()} >= {
            "singleline",
            "email",
            "dropdown",
            "checkboxes",
            "radio",
            "number",
            "date",
            "multiline",
        }
        assert [f.clean_name for f in english_survey.specific.form_fields.all()] == [
            f.clean_name for f in survey.form_fields.all()
        ]
        assert get(client, english_survey.url, "en").status_code == 200

    def test_loading_the_news_demo_again_changes_nothing(self, demo):
        before = database_snapshot()

        NewsDemoLoader(log=lambda message: None).run()

        assert database_snapshot() == before
