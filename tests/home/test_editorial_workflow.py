"""News, events and the knowledge base go live after a second editor's review (workflow
"Redaktion"); other pages keep Wagtail's default workflow."""

import pytest
from wagtail.models import Page

from home.demo.editorial import WORKFLOW_NAME, load_editorial_workflow
from home.roles import EDITORS, setup_roles
from tests.factories import (
    ArticlePageFactory,
    EventIndexPageFactory,
    KnowledgeIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editors(db):
    group = setup_roles()[EDITORS]
    writer, reviewer = UserFactory(username="redaktion"), UserFactory(username="lektorat")
    for user in (writer, reviewer):
        user.groups.add(group)
    return writer, reviewer


@pytest.fixture
def sections(home_page, english_home_page, editors):
    german = [
        NewsIndexPageFactory(parent=home_page),
        EventIndexPageFactory(parent=home_page),
        KnowledgeIndexPageFactory(parent=home_page),
    ]
    english = [NewsIndexPageFactory(parent=english_home_page, slug="news")]
    load_editorial_workflow(log=lambda message: None)
    return german + english


def test_the_workflow_covers_news_events_and_knowledge_in_both_languages(
    home_page, sections, editors
):
    news, events, knowledge, english_news = sections
    article = ArticlePageFactory(parent=knowledge)
    about = StandardPageFactory(parent=home_page)

    for page in (news, events, knowledge, english_news, article):
        assert page.get_workflow().name == WORKFLOW_NAME
    assert about.get_workflow().name != WORKFLOW_NAME


def test_loading_twice_assigns_nothing_twice(sections, editors):
    messages = []
    load_editorial_workflow(log=messages.append)
    assert messages == []


def test_one_editor_submits_and_another_approves_and_publishes(
    client, sections, editors, django_capture_on_commit_callbacks
):
    writer, reviewer = editors
    news = NewsPageFactory(parent=sections[0], title="Neuer Treffpunkt im Dorf", live=False)
    revision = news.save_revision(user=writer)
    workflow_state = news.get_workflow().start(news, writer)
    assert not Page.objects.get(pk=news.pk).live

    client.force_login(reviewer)
    dashboard = client.get("/admin/")
    assert "Neuer Treffpunkt im Dorf" in dashboard.content.decode()

    task_state = workflow_state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/workflow/action/{news.pk}/approve/{task_state.pk}/",
            {"comment": "Passt."},
        )

    assert response.status_code in (200, 302)
    news = Page.objects.get(pk=news.pk)
    assert news.live
    assert news.live_revision_id == revision.pk
    assert client.get(news.url).status_code == 200
