"""Admin hooks of the moderation of club profiles: reviewers' views of club pages' revisions
(imported by workflows/wagtail_hooks.py, the module Wagtail loads)."""

from wagtail import hooks

from clubs.models import ClubPage, OpportunityPage
from workflows.moderation.admin_views import ReviewablePageViewSet


@hooks.register("register_admin_viewset")
def register_reviewable_page_viewsets():
    return [
        ReviewablePageViewSet("club_page_review", model=ClubPage),
        ReviewablePageViewSet("opportunity_page_review", model=OpportunityPage),
    ]
