"""Models of clubs and volunteering, re-exported so that `clubs.models.X` works."""

from clubs.experts.models import Expert
from clubs.interests.models import Interest

from .clubs import ClubDirectoryPage, ClubPage
from .opportunities import OpportunityFinderPage, OpportunityPage
from .places import (
    BranchOffice,
    ContactPerson,
    ContactPointIndexPage,
    ContactPointPage,
    NetworkIndexPage,
    NetworkMeeting,
    NetworkPage,
    OfficeHours,
)

__all__ = [
    "BranchOffice",
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
]
