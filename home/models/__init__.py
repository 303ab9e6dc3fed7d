"""Models of the shared kernel, re-exported so that `home.models.X` keeps working."""

from .knowledge import (
    ArticleDocument,
    ArticlePage,
    HandbookChapterPage,
    HandbookPage,
    KnowledgeIndexPage,
)
from .pages import HomePage, SectionPage, StandardPage
from .site_settings import PortalSettings
from .taxonomy import Category, Municipality, Region, Topic
from .users import User

__all__ = [
    "ArticleDocument",
    "ArticlePage",
    "Category",
    "HandbookChapterPage",
    "HandbookPage",
    "HomePage",
    "KnowledgeIndexPage",
    "Municipality",
    "PortalSettings",
    "Region",
    "SectionPage",
    "StandardPage",
    "Topic",
    "User",
]
