"""Funding, coaching and help requests: real columns and constraints, one table per type.

All three share the concrete table `Request` (multi-table inheritance), so that lists, the
conversation, attachments, the timeline and the permission checks work on one query for every
type. The flow instance that moves a request on is a viewflow process (workflows.flows); the
request keeps its own status for people and lists, so nobody needs to read the flow to know
where a request stands.
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q, Sum
from django.utils.translation import gettext_lazy as _

from home.models.taxonomy import in_default_locale


class RequestKind(models.TextChoices):
    FUNDING = "funding", _("Funding application")
    COACHING = "coaching", _("Coaching request")
    HELP = "help", _("Help request")


# The letters of the reference ("Aktenzeichen"), e.g. FA-2026-0042.
REFERENCE_PREFIXES = {
    RequestKind.FUNDING: "FA",
    RequestKind.COACHING: "CA",
    RequestKind.HELP: "HA",
}


class RequestStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    AWAITING_SECOND_APPROVAL = "awaiting_second_approval", _("Awaiting second approval")
    APPROVED = "approved", _("Approved")
    REPORT_SUBMITTED = "report_submitted", _("Usage report in review")
    WITH_EXPERT = "with_expert", _("With an expert")
    SCHEDULED = "scheduled", _("Appointment arranged")
    REJECTED = "rejected", _("Rejected")
    CLOSED = "closed", _("Closed")


class Decision(models.TextChoices):
    """Decisions on a request's tasks: what a person chooses in a decision form, and the outcome
    that the request stores in `decision` for the flow's gateways. The forms show their own
    labels; the stored field has no choices, so that the enum is code only."""

    # Chosen in the decision forms
    APPROVE = "approve"
    APPROVE_LOWER = "approve_lower"
    REJECT = "reject"
    ACCEPT = "accept"
    DECLINE = "decline"
    # Chosen and stored alike: the review asks the applicant for changes
    CHANGES = "changes"
    # Stored outcomes
    APPROVED = "approved"
    REJECTED = "rejected"
    ACCEPTED = "accepted"
    DECLINED = "declined"


# Statuses in which nothing happens any more.
FINISHED_STATUSES = (RequestStatus.REJECTED, RequestStatus.CLOSED)


class RequestQuerySet(models.QuerySet):
    def submitted(self):
        return self.exclude(status=RequestStatus.DRAFT)

    def open(self):
        return self.submitted().exclude(status__in=FINISHED_STATUSES)


class Request(models.Model):
    """What every request has: who asks, for which organisation, where, about what, and where
    it stands."""

    kind = models.CharField(_("type"), max_length=20, choices=RequestKind.choices, editable=False)
    reference = models.CharField(
        _("reference"), max_length=20, unique=True, null=True, blank=True, editable=False
    )
    title = models.CharField(
        _("title"), max_length=150, help_text=_("A short name for the request, e.g. the measure.")
    )
    club = models.ForeignKey(
        "clubs.ClubPage",
        verbose_name=_("applicant organisation"),
        on_delete=models.PROTECT,
        related_name="requests",
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="submitted_requests",
    )
    region = models.ForeignKey(
        "home.Region", verbose_name=_("region"), on_delete=models.PROTECT, related_name="requests"
    )
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="requests",
    )
    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="requests",
        limit_choices_to=in_default_locale,
    )
    status = models.CharField(
        _("status"),
        max_length=30,
        choices=RequestStatus.choices,
        default=RequestStatus.DRAFT,
        db_index=True,
    )
    # Where the routing sent it (workflows.routing): a person, else a group, else the region's
    # coordinators, else the programme leads.
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible coordinator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="routed_requests",
    )
    coordinator_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("responsible group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="routed_requests",
    )
    routing_note = models.CharField(_("routing"), max_length=200, blank=True, editable=False)
    process = models.OneToOneField(
        "viewflow.Process",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="request",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    objects = RequestQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-created_at"]
        verbose_name = _("request")
        verbose_name_plural = _("requests")
        indexes = [
            models.Index(fields=["region", "status"]),
            models.Index(fields=["club", "status"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status=RequestStatus.DRAFT) | Q(reference__isnull=False),
                name="request_submitted_has_reference",
            ),
        ]

    def __str__(self):
        return f"{self.reference or _('Draft')}: {self.title}"

    def save(self, *args, **kwargs):
        # Routed by the club's place, stored so that lists filter by region without joins. It
        # follows the club while the request is a draft and stays as routed once submitted.
        if self.club_id and (self.is_draft or not self.municipality_id):
            self.municipality = self.club.municipality
            self.region_id = self.municipality.region_id
        super().save(*args, **kwargs)

    @property
    def specific(self):
        """The FundingApplication, CoachingRequest or HelpRequest behind this row."""
        if type(self) is not Request:
            return self
        return getattr(self, KIND_ACCESSORS[self.kind])

    @property
    def is_draft(self):
        return self.status == RequestStatus.DRAFT

    @property
    def is_finished(self):
        return self.status in FINISHED_STATUSES


KIND_ACCESSORS = {
    RequestKind.FUNDING: "fundingapplication",
    RequestKind.COACHING: "coachingrequest",
    RequestKind.HELP: "helprequest",
}


class FundingApplication(Request):
    """Förderantrag: money from a budget for a measure, with a cost plan."""

    class MeasureType(models.TextChoices):
        QUALIFICATION = "qualification", _("Qualification or course")
        EVENT = "event", _("Event or meeting")
        EQUIPMENT = "equipment", _("Equipment")
        PUBLIC_RELATIONS = "public_relations", _("Public relations")
        OTHER = "other", _("Other measure")

    budget = models.ForeignKey(
        "workflows.Budget",
        verbose_name=_("budget"),
        on_delete=models.PROTECT,
        related_name="applications",
    )
    purpose = models.TextField(
        _("purpose"), max_length=3000, help_text=_("What the money is for and whom it helps.")
    )
    measure_type = models.CharField(
        _("type of measure"), max_length=30, choices=MeasureType.choices
    )
    starts_on = models.DateField(_("start of the measure"))
    ends_on = models.DateField(_("end of the measure"))
    participants = models.PositiveIntegerField(_("expected participants"))
    own_contribution = models.DecimalField(
        _("own contribution (EUR)"), max_digits=10, decimal_places=2, default=Decimal("0")
    )
    requested_amount = models.DecimalField(
        _("requested amount (EUR)"), max_digits=10, decimal_places=2
    )
    approved_amount = models.DecimalField(
        _("approved amount (EUR)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    # The outcome of the last decision (a Decision, or empty), read by the flow's gateways.
    decision = models.CharField(_("decision"), max_length=30, blank=True, editable=False)

    class Meta:
        verbose_name = _("funding application")
        verbose_name_plural = _("funding applications")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")),
                name="funding_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(requested_amount__gt=0), name="funding_requested_positive"
            ),
            models.CheckConstraint(
                condition=Q(own_contribution__gte=0), name="funding_own_contribution_not_negative"
            ),
            models.CheckConstraint(
                condition=Q(approved_amount__isnull=True)
                | (Q(approved_amount__gt=0) & Q(approved_amount__lte=models.F("requested_amount"))),
                name="funding_approved_within_requested",
            ),
        ]

    def save(self, *args, **kwargs):
        self.kind = RequestKind.FUNDING
        super().save(*args, **kwargs)

    @property
    def total_costs(self):
        """The sum of the cost plan; computed, never typed in."""
        if (
            hasattr(self, "_prefetched_objects_cache")
            and "cost_items" in self._prefetched_objects_cache
        ):
            return sum((item.amount for item in self.cost_items.all()), Decimal("0"))
        return self.cost_items.aggregate(total=Sum("amount"))["total"] or Decimal("0")

    @property
    def needs_second_approval(self):
        amount = self.approved_amount or self.requested_amount
        return amount > self.budget.effective_approval_threshold


class CostItem(models.Model):
    """Kostenposition: one line of the cost plan."""

    application = models.ForeignKey(
        FundingApplication, on_delete=models.CASCADE, related_name="cost_items"
    )
    description = models.CharField(_("cost item"), max_length=200)
    amount = models.DecimalField(_("amount (EUR)"), max_digits=10, decimal_places=2)
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("cost item")
        verbose_name_plural = _("cost items")
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="cost_item_amount_positive")
        ]

    def __str__(self):
        return self.description


class UsageReport(models.Model):
    """Verwendungsnachweis: what the measure really cost; receipts are attachments."""

    application = models.OneToOneField(
        FundingApplication, on_delete=models.CASCADE, related_name="usage_report"
    )
    actual_costs = models.DecimalField(_("actual costs (EUR)"), max_digits=10, decimal_places=2)
    summary = models.TextField(
        _("what took place"),
        max_length=3000,
        help_text=_("Briefly: what took place, how many took part, what changed from the plan."),
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    paid_amount = models.DecimalField(
        _("amount paid out (EUR)"), max_digits=10, decimal_places=2, null=True, blank=True
    )

    class Meta:
        verbose_name = _("usage report")
        verbose_name_plural = _("usage reports")
        constraints = [
            models.CheckConstraint(
                condition=Q(actual_costs__gte=0), name="usage_report_costs_not_negative"
            ),
            models.CheckConstraint(
                condition=Q(paid_amount__isnull=True) | Q(paid_amount__gte=0),
                name="usage_report_paid_not_negative",
            ),
        ]

    def __str__(self):
        return str(_("Usage report of %s") % self.application)


class CoachingRequest(Request):
    """Coaching-Anfrage: advice by phone, video or on site, at most half a day."""

    MAX_DURATION_MINUTES = 240

    class Format(models.TextChoices):
        PHONE = "phone", _("Phone")
        VIDEO = "video", _("Video call")
        ON_SITE = "on_site", _("On site")

    format = models.CharField(_("format"), max_length=20, choices=Format.choices)
    preferred_dates = models.CharField(
        _("preferred dates"),
        max_length=300,
        help_text=_("e.g. 'Tuesday or Thursday evenings from 2 December'."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration"),
        choices=[
            (60, _("1 hour")),
            (120, _("2 hours")),
            (180, _("3 hours")),
            (240, _("half a day (4 hours)")),
        ],
        default=120,
    )
    questions = models.TextField(_("your questions"), max_length=3000)
    expert = models.ForeignKey(
        "clubs.Expert",
        verbose_name=_("expert"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coaching_requests",
    )
    appointment = models.DateTimeField(_("appointment"), null=True, blank=True)
    feedback = models.TextField(_("feedback"), max_length=2000, blank=True)
    # The last decision (Decision.REJECTED by the triage, ACCEPTED or DECLINED by the expert),
    # read by the flow's gateways.
    decision = models.CharField(_("decision"), max_length=30, blank=True, editable=False)

    class Meta:
        verbose_name = _("coaching request")
        verbose_name_plural = _("coaching requests")
        constraints = [
            models.CheckConstraint(
                condition=Q(duration_minutes__gt=0) & Q(duration_minutes__lte=240),
                name="coaching_at_most_half_a_day",
            )
        ]

    def save(self, *args, **kwargs):
        self.kind = RequestKind.COACHING
        super().save(*args, **kwargs)


class HelpRequest(Request):
    """Hilfeanfrage: helpers or equipment for an event, or a question in law, tax or admin."""

    class Need(models.TextChoices):
        HELPERS = "helpers", _("Helpers")
        EQUIPMENT = "equipment", _("Equipment")
        QUESTION = "question", _("A question")

    class QuestionArea(models.TextChoices):
        LAW = "law", _("Law")
        TAX = "tax", _("Tax")
        ADMIN = "admin", _("Administration")

    class Outcome(models.TextChoices):
        ANSWERED = "answered", _("Answered")
        FORWARDED = "forwarded", _("Forwarded to an expert")
        OPPORTUNITY = "opportunity", _("Published as an opportunity")
        REFERRED = "referred", _("Referred to a club")

    need = models.CharField(_("what you need"), max_length=20, choices=Need.choices)
    helpers_needed = models.PositiveSmallIntegerField(_("number of helpers"), null=True, blank=True)
    equipment = models.CharField(_("equipment needed"), max_length=300, blank=True)
    needed_on = models.DateField(_("needed on"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    question_area = models.CharField(
        _("area of the question"), max_length=20, choices=QuestionArea.choices, blank=True
    )
    description = models.TextField(
        _("description"), max_length=3000, help_text=_("What is it about? What should happen?")
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    answer = models.TextField(_("answer"), max_length=5000, blank=True)
    expert = models.ForeignKey(
        "clubs.Expert",
        verbose_name=_("expert"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="help_requests",
    )
    referred_club = models.ForeignKey(
        "clubs.ClubPage",
        verbose_name=_("club that can help"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    opportunity = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("draft opportunity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("help request")
        verbose_name_plural = _("help requests")
        constraints = [
            models.CheckConstraint(
                condition=~Q(need="helpers")
                | (Q(helpers_needed__gt=0) & Q(needed_on__isnull=False) & ~Q(place="")),
                name="help_helpers_have_number_date_place",
            ),
            models.CheckConstraint(
                condition=~Q(need="equipment")
                | (~Q(equipment="") & Q(needed_on__isnull=False) & ~Q(place="")),
                name="help_equipment_has_what_date_place",
            ),
            models.CheckConstraint(
                condition=~Q(need="question") | ~Q(question_area=""),
                name="help_question_has_area",
            ),
        ]

    def save(self, *args, **kwargs):
        self.kind = RequestKind.HELP
        super().save(*args, **kwargs)
