"""A small portal in which every kind of content mentions the village fête ("Dorffest"), filed
under two regions, two villages and two topics, one article for members only."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group

from home.knowledge.privacy import restrict_to_members
from home.roles import CLUB_REPRESENTATIVES, EDITORS, setup_roles
from tests.factories import (
    ArticlePageFactory,
    ClubDirectoryPageFactory,
    ClubPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    KnowledgeIndexPageFactory,
    MunicipalityFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OpportunityPageFactory,
    RegionFactory,
    StandardPageFactory,
    TopicFactory,
    UserFactory,
)


def _with_topics(page, *topics):
    page.topics.set(topics)
    page.save()
    return page


@pytest.fixture
def roles(db):
    return setup_roles()


@pytest.fixture
def portal(home_page, roles):
    north = RegionFactory(name="Amt Nord", slug="nord")
    south = RegionFactory(name="Amt Süd", slug="sued")
    lindenau = MunicipalityFactory(name="Lindenau", slug="lindenau", region=north)
    hainbach = MunicipalityFactory(name="Hainbach", slug="hainbach", region=south)
    law = TopicFactory(name="Recht", slug="recht")
    money = TopicFactory(name="Finanzen", slug="finanzen")

    news_index = NewsIndexPageFactory(parent=home_page)
    events = EventIndexPageFactory(parent=home_page)
    directory = ClubDirectoryPageFactory(parent=home_page)
    knowledge = KnowledgeIndexPageFactory(parent=home_page)
    news_1 = _with_topics(
        NewsPageFactory(
            parent=news_index,
            title="Rückblick aufs Dorffest",
            teaser="Das Dorffest war ein Erfolg.",
            region=north,
        ),
        law,
    )
    news_2 = _with_topics(
        NewsPageFactory(
            parent=news_index,
            title="Genehmigung fürs Dorffest",
            teaser="Was die Gemeinde für ein Dorffest verlangt.",
            region=north,
        ),
        law,
        money,
    )
    event = _with_topics(
        EventPageFactory(
            parent=events,
            title="Planungstreffen Dorffest",
            teaser="Wir planen das Dorffest in Hainbach.",
            municipality=hainbach,
        ),
        money,
    )
    club = ClubPageFactory(
        parent=directory,
        title="Heimatverein Lindenau",
        summary="Wir richten jedes Jahr das Dorffest aus.",
        municipality=lindenau,
    )
    opportunity = OpportunityPageFactory(
        parent=club, title="Helfen beim Dorffest", summary="Aufbau, Kuchen, Abbau."
    )
    standard = StandardPageFactory(
        parent=home_page, title="Dorffest-Ordnung", slug="dorffest", intro="Regeln fürs Dorffest."
    )
    article = _with_topics(
        ArticlePageFactory(
            parent=knowledge, title="Dorffest versichern", teaser="Haftung beim Dorffest."
        ),
        law,
    )
    members_article = _with_topics(
        ArticlePageFactory(
            parent=knowledge,
            title="Dorffest-Kasse intern",
            teaser="Kassenführung beim Dorffest für Mitglieder.",
        ),
        money,
    )
    restrict_to_members(members_article)
    return SimpleNamespace(**locals())


def _user_in(role, username):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=role.group_name))
    return user


@pytest.fixture
def member(roles):
    return _user_in(CLUB_REPRESENTATIVES, "vereinsvertretung")


@pytest.fixture
def editor(roles):
    return _user_in(EDITORS, "redaktion")
