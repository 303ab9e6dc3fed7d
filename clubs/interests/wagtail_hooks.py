"""Admin wiring of expressions of interest (imported by clubs/wagtail_hooks.py)."""

from wagtail import hooks

from clubs.interests.admin_views import InterestViewSet


@hooks.register("register_admin_viewset")
def register_interest_viewset():
    return InterestViewSet()
