"""Admin hooks of workflows/: reviewers' views of club pages, and the demo's approval workflow."""

from django.urls import include, path
from wagtail import hooks

from clubs.models import ClubPage, OpportunityPage
from home.demo import LOAD_DEMO_CONTENT_HOOK
from workflows.demo import load_club_approval
from workflows.views import ReviewablePageViewSet


@hooks.register("register_admin_urls")
def register_request_urls():
    return [path("antraege/", include("workflows.staff.urls"))]


@hooks.register("register_admin_viewset")
def register_reviewable_page_viewsets():
    return [
        ReviewablePageViewSet("club_page_review", model=ClubPage),
        ReviewablePageViewSet("opportunity_page_review", model=OpportunityPage),
    ]


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=20)
def load_demo_content(log):
    load_club_approval(log)
