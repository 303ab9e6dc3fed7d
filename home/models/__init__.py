"""Models of the shared kernel, re-exported so that `home.models.X` keeps working."""

from .events import EventIndexPage, EventPage, EventSession, Registration
from .pages import HomePage, SectionPage, StandardPage
from .site_settings import PortalSettings
from .taxonomy import Category, Municipality, Region, Topic
from .users import User

__all__ = [
    "Category",
    "EventIndexPage",
    "EventPage",
    "EventSession",
    "HomePage",
    "Municipality",
    "PortalSettings",
    "Region",
    "Registration",
    "SectionPage",
    "StandardPage",
    "Topic",
    "User",
]
