"""The app's model registry: Django registers the models of clubs/ through this module, and
other apps import them from here. Modules inside clubs/ import from each area's own module."""

from clubs.contact_points.listing import ContactPointIndexPage
from clubs.contact_points.models import BranchOffice, ContactPerson, ContactPointPage, OfficeHours
from clubs.exchange.models import ExchangeItem, Loan, LoanMessage
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
from clubs.support_calls.models import (
    Pledge,
    SupportCallPage,
    SupportCallUpdate,
    SupportNeed,
)
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
    "ExchangeItem",
    "Expert",
    "HoursRecord",
    "Interest",
    "Loan",
    "LoanMessage",
    "NetworkIndexPage",
    "NetworkMeeting",
    "NetworkPage",
    "OfficeHours",
    "OpportunityFinderPage",
    "OpportunityPage",
    "Pledge",
    "Reminder",
    "SavedSearch",
    "Shift",
    "ShiftSignup",
    "SupportCallPage",
    "SupportCallUpdate",
    "SupportNeed",
    "VolunteerAreaLink",
]
