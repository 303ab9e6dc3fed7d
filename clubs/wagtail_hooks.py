"""Wagtail hooks of clubs and volunteering.

Wagtail imports only this module of the app, so it imports the hooks of each area; the hooks
that concern the whole app (personal data) are here.
"""

from wagtail import hooks

from clubs.exchange import loan_hooks  # noqa: F401
from clubs.exchange import wagtail_hooks as exchange_hooks  # noqa: F401
from clubs.experts import wagtail_hooks as experts_hooks  # noqa: F401
from clubs.hours import wagtail_hooks as hours_hooks  # noqa: F401
from clubs.hours.personal_data import EngagementCertificates, HoursRecords
from clubs.interests import wagtail_hooks as interests_hooks  # noqa: F401
from clubs.joining import wagtail_hooks as joining_hooks  # noqa: F401
from clubs.joining.personal_data import ClubApplications
from clubs.personal_data import Interests, PublicProfiles
from clubs.profiles import wagtail_hooks as profiles_hooks  # noqa: F401
from clubs.reminders.personal_data import Reminders
from clubs.saved_searches.personal_data import SavedSearches
from clubs.shifts.personal_data import ShiftSignups
from clubs.support_calls.personal_data import Pledges
from clubs.volunteer_area.personal_data import CalendarFeeds, VolunteerAreaLinks
from home.personal_data.registry import PERSONAL_DATA_HOOK


@hooks.register(PERSONAL_DATA_HOOK)
def register_clubs_personal_data():
    return [
        Interests,
        PublicProfiles,
        ClubApplications,
        ShiftSignups,
        VolunteerAreaLinks,
        CalendarFeeds,
        SavedSearches,
        Reminders,
        HoursRecords,
        EngagementCertificates,
        Pledges,
    ]
