"""Admin views that let reviewers of club pages compare and view revisions.

Reviewers of the regional approval (workflows.moderation.models) hold no page permissions: the
task lets them into the editor, the preview and the workflow actions. Wagtail's views of revisions
("Compare" on the dashboard and in the history, and a single revision) additionally require
some page permission somewhere in the tree before they ask whether the user may edit this
particular page, which would send coordinators to the login page. These subclasses drop only
that first, coarse check; `get_object()` still refuses everybody who may neither edit (which
includes the task's reviewers while the page awaits them) nor publish the page, as before.

They are used for club pages and opportunities only, through page viewsets that change nothing
else (no listing, no menu item, no effect on the explorer).
"""

from wagtail.admin.views.pages import revisions
from wagtail.admin.viewsets.pages import PageViewSet


class RevisionsCompareView(revisions.RevisionsCompareView):
    def dispatch(self, request, *args, **kwargs):
        # setup() has already called get_object(), which checks the page permissions.
        return super(revisions.RevisionsCompareView, self).dispatch(request, *args, **kwargs)


class RevisionsView(revisions.RevisionsView):
    def dispatch(self, request, *args, **kwargs):
        # setup() has already called get_object(), which checks the page permissions.
        return super(revisions.RevisionsView, self).dispatch(request, *args, **kwargs)


class ReviewablePageViewSet(PageViewSet):
    revisions_compare_view_class = RevisionsCompareView
    revisions_view_class = RevisionsView
    parent_models = []  # keep the explorer's listings as they are
