"""Models of the shared kernel, re-exported so that `home.models.X` keeps working."""

from .pages import HomePage, StandardPage
from .site_settings import PortalSettings
from .users import User

__all__ = ["HomePage", "PortalSettings", "StandardPage", "User"]
