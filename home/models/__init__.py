"""Models of the shared kernel, re-exported so that `home.models.X` keeps working."""

from .form_pages import FormPage, FormPageField, FormPageSubmission
from .news import NewsIndexPage, NewsPage
from .pages import HomePage, SectionPage, StandardPage
from .site_settings import PortalSettings
from .taxonomy import Category, Municipality, Region, Topic
from .users import User

__all__ = [
    "Category",
    "FormPage",
    "FormPageField",
    "FormPageSubmission",
    "HomePage",
    "Municipality",
    "NewsIndexPage",
    "NewsPage",
    "PortalSettings",
    "Region",
    "SectionPage",
    "StandardPage",
    "Topic",
    "User",
]
