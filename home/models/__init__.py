"""Models of the shared kernel, re-exported so that `home.models.X` keeps working."""

from .background import SentMail, TaskWorker
from .events import EventIndexPage, EventPage, EventSession, Registration
from .form_pages import FormPage, FormPageField, FormPageSubmission
from .knowledge import (
    ArticleDocument,
    ArticlePage,
    HandbookChapterPage,
    HandbookPage,
    KnowledgeIndexPage,
)
from .news import NewsIndexPage, NewsPage
from .pages import HomePage, SectionPage, StandardPage
from .site_settings import PortalSettings
from .submissions import SubmissionReceipt
from .taxonomy import Category, Municipality, Region, Topic
from .users import GroupTwoFactorRequirement, User

__all__ = [
    "ArticleDocument",
    "ArticlePage",
    "Category",
    "EventIndexPage",
    "EventPage",
    "EventSession",
    "FormPage",
    "FormPageField",
    "FormPageSubmission",
    "GroupTwoFactorRequirement",
    "HandbookChapterPage",
    "HandbookPage",
    "HomePage",
    "KnowledgeIndexPage",
    "Municipality",
    "NewsIndexPage",
    "NewsPage",
    "PortalSettings",
    "Region",
    "Registration",
    "SectionPage",
    "SentMail",
    "StandardPage",
    "SubmissionReceipt",
    "TaskWorker",
    "Topic",
    "User",
]
