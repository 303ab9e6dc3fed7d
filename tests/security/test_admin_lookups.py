"""The admin's choosers and lookup APIs show a user only what their permissions allow
(issue 21, point 8): no other club's draft titles in the page chooser, no non-public expert,
budget or routing rule in wagtail-localize's snippet API or the snippet choosers."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from home.roles import EDITORS
from tests.factories import (
    BudgetFactory,
    ExpertFactory,
    OpportunityPageFactory,
    RoutingRuleFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

FOREIGN_DRAFT = "Geheimer Entwurf Süd"
OWN_DRAFT = "Eigener Entwurf Nord"
EXPERT = "Verdeckte Lotsin Ostwind"
BUDGET = "Sonderbudget Ostwind"
RULE = "Regel Ostwind"


@pytest.fixture
def drafts(club_a, club_b):
    return {
        "foreign": OpportunityPageFactory(parent=club_b, title=FOREIGN_DRAFT, live=False),
        "own": OpportunityPageFactory(parent=club_a, title=OWN_DRAFT, live=False),
    }


@pytest.fixture
def editor(roles):
    user = UserFactory(username="redaktion")
    user.groups.add(Group.objects.get(name=EDITORS.group_name))
    return user


@pytest.fixture
def internal_snippets(club_a, coordinator_a):
    return {
        "expert": ExpertFactory(name=EXPERT, listed_publicly=False),
        "budget": BudgetFactory(name=BUDGET),
        "routingrule": RoutingRuleFactory(
            name=RULE, region=club_a.region, coordinator=coordinator_a
        ),
    }


def page_chooser_urls(club_a, club_b, drafts):
    return [
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailadmin_choose_page_child", args=[club_b.pk]),
        reverse("wagtailadmin_choose_page_child", args=[club_a.pk]),
        reverse("wagtailadmin_choose_page_child", args=[drafts["foreign"].pk]),
        reverse("wagtailadmin_choose_page_search") + "?q=Entwurf",
        reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={drafts['foreign'].pk}",
        reverse("wagtailadmin_choose_page") + "?page_type=clubs.opportunitypage",
    ]


def bodies(client, urls):
    return " ".join(client.get(url).content.decode() for url in urls)


def test_a_representative_sees_no_other_clubs_drafts_in_the_page_chooser(
    client, club_a, club_b, drafts, representative
):
    client.force_login(representative)

    seen = bodies(client, page_chooser_urls(club_a, club_b, drafts))

    assert FOREIGN_DRAFT not in seen
    assert OWN_DRAFT in seen
    assert club_b.title in seen  # live pages stay choosable for links


def test_the_page_choosers_search_finds_own_drafts_only(client, drafts, representative):
    client.force_login(representative)

    response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Entwurf"})

    assert response.status_code == 200
    assert OWN_DRAFT in response.text
    assert FOREIGN_DRAFT not in response.text


def test_a_representative_cannot_open_another_clubs_draft_in_the_chooser(
    client, drafts, representative
):
    client.force_login(representative)

    browse = client.get(reverse("wagtailadmin_choose_page_child", args=[drafts["foreign"].pk]))
    chosen = client.get(
        reverse("wagtailadmin_choose_page_chosen_multiple"), {"id": drafts["foreign"].pk}
    )

    assert browse.status_code == 404
    assert chosen.status_code == 404


def test_editors_still_choose_every_draft(client, club_a, club_b, drafts, editor):
    client.force_login(editor)

    seen = bodies(client, page_chooser_urls(club_a, club_b, drafts))

    assert FOREIGN_DRAFT in seen
    assert OWN_DRAFT in seen


def snippet_urls(snippets):
    urls = []
    for key, snippet in snippets.items():
        app_label = snippet._meta.app_label
        urls += [
            reverse("wagtail_localize:snippets_api_listing", args=[app_label, key]),
            reverse("wagtail_localize:snippets_api_detail", args=[app_label, key, snippet.pk]),
            reverse(f"wagtailsnippetchoosers_{app_label}_{key}:choose"),
            reverse(f"wagtailsnippetchoosers_{app_label}_{key}:choose_results"),
            reverse(f"wagtailsnippetchoosers_{app_label}_{key}:chosen", args=[snippet.pk]),
            reverse(f"wagtailsnippetchoosers_{app_label}_{key}:chosen_multiple")
            + f"?id={snippet.pk}",
        ]
    return urls


def test_a_representative_gets_no_internal_snippets_from_lookups(
    client, internal_snippets, representative
):
    client.force_login(representative)
    responses = [client.get(url) for url in snippet_urls(internal_snippets)]

    seen = " ".join(response.content.decode() for response in responses)
    for name in (EXPERT, BUDGET, RULE):
        assert name not in seen
    assert {response.status_code for response in responses} <= {200, 403, 404}


def test_the_localize_api_refuses_models_without_permission(
    client, internal_snippets, representative
):
    client.force_login(representative)

    response = client.get(
        reverse("wagtail_localize:snippets_api_listing", args=["clubs", "expert"])
    )

    assert response.status_code == 403


def test_programme_leads_still_look_them_up(client, internal_snippets, programme_lead):
    client.force_login(programme_lead)

    seen = bodies(client, snippet_urls(internal_snippets))

    for name in (EXPERT, BUDGET, RULE):
        assert name in seen


def test_people_without_admin_access_get_nothing(client, internal_snippets, drafts):
    client.force_login(UserFactory(username="ohne.rolle"))

    seen = bodies(
        client,
        [
            *snippet_urls(internal_snippets),
            reverse("wagtailadmin_choose_page_child", args=[drafts["own"].get_parent().pk]),
        ],
    )

    for name in (EXPERT, BUDGET, RULE, OWN_DRAFT):
        assert name not in seen
