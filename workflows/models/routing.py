"""Zuständigkeitsregeln: which coordinator (person or group) handles which requests.

Programme leads edit them as a snippet. How a request is matched is in workflows.routing.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.log_actions import log as audit_log

from home.models.taxonomy import in_default_locale
from workflows.models.requests import RequestKind

ROUTING_RULE_CHANGED_ACTION = "workflows.routing_rule_changed"
# What decides who handles which requests: each change of these is in the audit log.
ROUTING_FIELDS = (
    "request_kind",
    "region",
    "municipality",
    "topic",
    "coordinator",
    "coordinator_group",
    "priority",
    "active",
)


class RoutingRule(models.Model):
    name = models.CharField(_("name"), max_length=150, help_text=_("e.g. 'Funding in Amt Nord'."))
    request_kind = models.CharField(
        _("request type"),
        max_length=20,
        choices=RequestKind.choices,
        blank=True,
        help_text=_("Empty: every type."),
    )
    region = models.ForeignKey(
        "home.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="routing_rules",
        help_text=_("Empty: every region."),
    )
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="routing_rules",
        help_text=_("Empty: every municipality (of the region)."),
    )
    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="routing_rules",
        limit_choices_to=in_default_locale,
        help_text=_("Empty: every topic."),
    )
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinator"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="routing_rules",
    )
    coordinator_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("group"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="routing_rules",
    )
    priority = models.PositiveSmallIntegerField(
        _("priority"),
        default=100,
        help_text=_("When several rules match, the highest priority wins."),
    )
    active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("request_kind"),
                FieldRowPanel([FieldPanel("region"), FieldPanel("municipality")]),
                FieldPanel("topic"),
            ],
            heading=_("Which requests"),
        ),
        MultiFieldPanel(
            [FieldPanel("coordinator"), FieldPanel("coordinator_group")],
            heading=_("Who handles them (a person or a group)"),
        ),
        FieldRowPanel([FieldPanel("priority"), FieldPanel("active")]),
    ]

    class Meta:
        ordering = ["-priority", "name"]
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")
        constraints = [
            models.CheckConstraint(
                condition=(Q(coordinator__isnull=False) & Q(coordinator_group__isnull=True))
                | (Q(coordinator__isnull=True) & Q(coordinator_group__isnull=False)),
                name="routing_rule_one_target",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        """Who changed which routing, and when, is kept in the audit log: re-routing requests
        to oneself must leave a trace."""
        stored = RoutingRule.objects.filter(pk=self.pk).first() if self.pk else None
        before = stored.routing() if stored else {}
        with transaction.atomic():
            super().save(*args, **kwargs)
            after = self.routing()
            changes = {
                name: [before.get(name, ""), value]
                for name, value in after.items()
                if before.get(name) != value
            }
            if changes:
                audit_log(
                    instance=self, action=ROUTING_RULE_CHANGED_ACTION, data={"changes": changes}
                )

    def clean(self):
        if bool(self.coordinator_id) == bool(self.coordinator_group_id):
            raise ValidationError(
                _("Choose either a coordinator or a group that handles these requests.")
            )
        if (
            self.municipality_id
            and self.region_id
            and self.municipality.region_id != self.region_id
        ):
            raise ValidationError(
                {"municipality": _("This municipality does not belong to the chosen region.")}
            )

    def routing(self):
        """The rule's routing fields as readable texts, for the audit log."""
        values = {}
        for name in ROUTING_FIELDS:
            value = getattr(self, name)
            values[name] = "" if value is None else str(value)
        return values

    @property
    def target(self):
        return self.coordinator or self.coordinator_group
