"""Who publishes a club's pages: nobody directly but administrators.

A club's profile and its opportunities go live only through the regional approval workflow
(workflows.moderation.models), whose coordinators publish with the task's authority. Editors hold
the publish permission on the whole page tree for their own sections; on a club's pages it
must not count, or an editor could publish a club's profile with an address the club never
gave. Wagtail asks these testers before every direct publication (edit view, bulk actions,
revisions, scheduling, copies, moves, wagtail-localize's translation editor).
"""

from wagtail.models import PagePermissionTester


class ReviewedPagePermissionTester(PagePermissionTester):
    """Permissions on a club's page, minus any group's "publish": only superusers publish,
    unpublish or schedule it directly; everybody else submits it for review."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if user.is_active and not user.is_superuser:
            self.permissions.discard("publish")


class ClubDirectoryPermissionTester(PagePermissionTester):
    """The directory stays the editors' page, but a club created, copied or aliased below it
    goes live only through the review, like every later change."""

    def can_publish_subpage(self):
        return self.user.is_superuser and super().can_publish_subpage()


class ReviewedBeforePublishing:
    """Mixin of the page models that belong to a club (ClubPage, OpportunityPage)."""

    def permissions_for_user(self, user):
        return ReviewedPagePermissionTester(user, self)
