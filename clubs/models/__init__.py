"""The app's model registry: Django registers the models of clubs/ through this module, and
other apps import them from here. Modules inside clubs/ import from each area's own module."""

from clubs.contact_points.listing import ContactPointIndexPage
from clubs.contact_points.models import BranchOffice, ContactPerson, ContactPointPage, OfficeHours
from clubs.experts.models import Expert
from clubs.hours.models import EngagementCertificate, HoursRecord
from clubs.interests.models import Interest
from clubs.joining.models import ClubApplication
from clubs.networks.models import NetworkIndexPage, NetworkMeeting, NetworkPage
from clubs.opportunities.listing import OpportunityFinderPage
from clubs.opportunities.models import OpportunityPage
from clubs.profiles.listing import ClubDirectoryPage
from clubs.profiles.models import ClubPage
from clubs.reminders.models import Reminder
from clubs.saved_searches.models import SavedSearch
from clubs.shifts.models import Shift, ShiftSignup
from clubs.volunteer_area.models import CalendarFeed, VolunteerAreaLink

__all__ = [
    "BranchOffice",
    "CalendarFeed",
    "ClubApplication",
    "ClubDirectoryPage",
    "ClubPage",
    "ContactPerson",
    "ContactPointIndexPage",
    "ContactPointPage",
    "EngagementCertificate",
    "Expert",
    "HoursRecord",
    "Interest",
    "NetworkIndexPage",
    "NetworkMeeting",
    "NetworkPage",
    "OfficeHours",
    "OpportunityFinderPage",
    "OpportunityPage",
    "Reminder",
    "SavedSearch",
    "Shift",
    "ShiftSignup",
    "VolunteerAreaLink",
]
