"""The models of workflows/, re-exported so that `workflows.models.X` names each of them."""

from workflows.models.budgets import DEFAULT_APPROVAL_THRESHOLD, Budget, LedgerEntry
from workflows.models.records import Attachment, Message, ReferenceCounter, RequestEvent
from workflows.models.requests import (
    KIND_ACCESSORS,
    REFERENCE_PREFIXES,
    CoachingRequest,
    CostItem,
    Decision,
    FundingApplication,
    HelpRequest,
    Request,
    RequestKind,
    RequestStatus,
    UsageReport,
)
from workflows.models.routing import RoutingRule
from workflows.moderation.models import ChangeRequestForm, RegionalApprovalTask

__all__ = [
    "DEFAULT_APPROVAL_THRESHOLD",
    "KIND_ACCESSORS",
    "REFERENCE_PREFIXES",
    "Attachment",
    "Budget",
    "ChangeRequestForm",
    "CoachingRequest",
    "CostItem",
    "Decision",
    "FundingApplication",
    "HelpRequest",
    "LedgerEntry",
    "Message",
    "ReferenceCounter",
    "RegionalApprovalTask",
    "Request",
    "RequestEvent",
    "RequestKind",
    "RequestStatus",
    "RoutingRule",
    "UsageReport",
]
