"""The app's model registry: the kernel's models (the modules of this package) and those of
each area (home/<area>/models.py). Django registers a model only when its module is imported,
and other apps import all of them from here. Modules inside home/ import from the defining
module instead (`home.models.taxonomy`, `home.events.models`), so that no area imports this
package while it is being imported.
"""

from home.events.models import EventIndexPage, EventPage, EventSession, Registration
from home.form_pages.models import FormPage, FormPageField, FormPageSubmission
from home.knowledge.models import (
    ArticleDocument,
    ArticlePage,
    HandbookChapterPage,
    HandbookPage,
    KnowledgeIndexPage,
)
from home.news.models import NewsIndexPage, NewsPage

from .background import SentMail, TaskWorker
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
