"""Support calls (Unterstützungsaufrufe): a club's project that asks citizens for money, time
or material, and the citizens' pledges (Zusagen).

A call is a page below its club and goes live only through the club pages' regional review,
like an offer. The portal processes no payments: a money pledge is a promise to transfer, which
the club confirms once the money arrived. Pledges of time and material never exceed a need's
open quantity (support_calls/pledges.py counts under a row lock on the need).
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from clubs.profiles.publishing import ReviewedBeforePublishing
from home.blocks import RICH_TEXT_FEATURES

MAX_NEED_QUANTITY = 10000


class SupportCallPage(ReviewedBeforePublishing, Page):
    """A club's project with a goal in money and/or helpers and/or materials, for a period."""

    summary = models.TextField(
        _("short description"),
        max_length=300,
        help_text=_("One or two sentences for the list of support calls."),
    )
    story = RichTextField(_("the project"), blank=True, features=RICH_TEXT_FEATURES)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt_text = models.CharField(
        _("description of the image (alternative text)"), max_length=200, blank=True
    )
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        related_name="support_calls",
    )
    goal_amount = models.DecimalField(
        _("goal in euros"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("1"))],
        help_text=_("Leave empty if the project needs no money."),
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    account_holder = models.CharField(_("account holder"), max_length=140, blank=True)
    iban = models.CharField(_("IBAN"), max_length=34, blank=True)
    bic = models.CharField(_("BIC"), max_length=11, blank=True)
    donation_url = models.URLField(
        _("external donation page"),
        blank=True,
        help_text=_("Instead of the bank account, e.g. the club's page on a donation platform."),
    )
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("story"),
        FieldRowPanel([FieldPanel("image"), FieldPanel("image_alt_text")]),
        FieldPanel("municipality"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        MultiFieldPanel(
            [FieldPanel("goal_amount"), InlinePanel("needs", label=_("helpers and materials"))],
            heading=_("Goal"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("account_holder"),
                FieldPanel("iban"),
                FieldPanel("bic"),
                FieldPanel("donation_url"),
            ],
            heading=_("How money reaches the club"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("story"),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.FilterField("municipality"),
        index.FilterField("ends_on"),
    ]
    parent_page_types = ["clubs.ClubPage"]
    subpage_types = []
    template = "pages/support_call_page.html"
    # What the review approved for the money and the period holds in every language: a
    # translator cannot show English visitors another account or other dates.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "account_holder",
            "iban",
            "bic",
            "donation_url",
            "goal_amount",
            "starts_on",
            "ends_on",
            "municipality",
        )
    ]

    class Meta:
        verbose_name = _("support call")
        verbose_name_plural = _("support calls")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")),
                name="support_call_ends_after_it_starts",
                violation_error_message=_("The last day must not be before the first day."),
            )
        ]

    def is_running(self, today=None):
        today = today or timezone.localdate()
        return self.starts_on <= today <= self.ends_on

    def has_ended(self, today=None):
        return (today or timezone.localdate()) > self.ends_on


class SupportNeed(Orderable):
    """Helpers for a role, or a material, with the quantity the project needs."""

    class Kind(models.TextChoices):
        HELPERS = "helpers", _("Helpers")
        MATERIAL = "material", _("Material")

    page = ParentalKey(SupportCallPage, on_delete=models.CASCADE, related_name="needs")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    label = models.CharField(
        _("what"), max_length=120, help_text=_("e.g. 'Helpers for painting' or 'Bags of cement'.")
    )
    quantity = models.PositiveIntegerField(
        _("how many"), validators=[MinValueValidator(1)], default=1
    )

    panels = [FieldPanel("kind"), FieldPanel("label"), FieldPanel("quantity")]

    class Meta(Orderable.Meta):
        verbose_name = _("need")
        verbose_name_plural = _("needs")

    def __str__(self):
        return f"{self.quantity} {self.label}"


class SupportCallUpdate(models.Model):
    """News the club posts on its call (shown on the page, newest first); the closing note
    once the call has ended is the update marked `closing`. Plain text, published at once:
    the call itself went through the review."""

    call = models.ForeignKey(
        SupportCallPage,
        verbose_name=_("support call"),
        on_delete=models.CASCADE,
        related_name="updates",
    )
    text = models.TextField(_("update"), max_length=2000)
    closing = models.BooleanField(_("closing note"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("update on a support call")
        verbose_name_plural = _("updates on support calls")

    def __str__(self):
        return self.text[:40]


class PledgeQuerySet(models.QuerySet):
    def active(self):
        return self.filter(cancelled_at__isnull=True)


class Pledge(models.Model):
    """A Zusage: a citizen promises money, time (a helper role) or a material, without an
    account. Kept as personal data (home.personal_data) and deleted after the retention."""

    class Kind(models.TextChoices):
        MONEY = "money", _("Money")
        TIME = "time", _("Time")
        MATERIAL = "material", _("Material")

    call = models.ForeignKey(
        SupportCallPage,
        verbose_name=_("support call"),
        on_delete=models.CASCADE,
        related_name="pledges",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    need = models.ForeignKey(
        SupportNeed,
        verbose_name=_("need"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pledges",
    )
    need_label = models.CharField(_("what"), max_length=120, blank=True)
    amount = models.DecimalField(
        _("amount in euros"), max_digits=9, decimal_places=2, null=True, blank=True
    )
    quantity = models.PositiveIntegerField(_("how many"), default=1)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email address"))
    message = models.TextField(_("message"), max_length=1000, blank=True)
    consent_text = models.TextField(_("consent text"))
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    created_at = models.DateTimeField(_("pledged"), auto_now_add=True, db_index=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    received_at = models.DateTimeField(_("received by the club"), null=True, blank=True)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PledgeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="money") | Q(amount__gt=0),
                name="money_pledge_has_an_amount",
                violation_error_message=_("Enter the amount you want to give."),
            ),
            models.CheckConstraint(
                condition=Q(quantity__gte=1),
                name="pledge_quantity_at_least_one",
                violation_error_message=_("Enter at least 1."),
            ),
        ]

    def __str__(self):
        return f"{self.name} → {self.call}"

    @property
    def purpose_reference(self):
        """What the citizen writes in the transfer's purpose, so the club finds it."""
        return f"UA-{self.call_id}-{self.pk}"
