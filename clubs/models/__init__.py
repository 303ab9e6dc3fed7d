"""The app's model registry: Django registers the models of clubs/ through this module, and
other apps import them from here. Modules inside clubs/ import from each area's own module."""

from clubs.contact_points.listing import ContactPointIndexPage
from clubs.contact_points.models import BranchOffice, ContactPerson, ContactPointPage, OfficeHours
from clubs.experts.models import Expert
from clubs.interests.models import Interest
from clubs.joining.models import ClubApplication
from clubs.networks.models import NetworkIndexPage, NetworkMeeting, NetworkPage
from clubs.opportunities.listing import OpportunityFinderPage
from clubs.opportunities.models import OpportunityPage
from clubs.profiles.listing import ClubDirectoryPage
from clubs.profiles.models import ClubPage
from clubs.shifts.models import Shift, ShiftSignup

__all__ = [
    "BranchOffice",
    "ClubApplication",
    "ClubDirectoryPage",
    "ClubPage",
    "ContactPerson",
    "ContactPointIndexPage",
    "ContactPointPage",
    "Expert",
    "Interest",
    "NetworkIndexPage",
    "NetworkMeeting",
    "NetworkPage",
    "OfficeHours",
    "OpportunityFinderPage",
    "OpportunityPage",
    "Shift",
    "ShiftSignup",
]
