"""Search statistics beside Wagtail's own daily counts of each query (search promotions), so
editors see which searches found nothing."""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class UnansweredQueryDailyHits(models.Model):
    """How often on a day a query found no result."""

    query = models.ForeignKey(
        Query,
        verbose_name=_("search term"),
        on_delete=models.CASCADE,
        related_name="unanswered_daily_hits",
    )
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="one_unanswered_count_per_day")
        ]

    def __str__(self):
        return f"{self.query}: {self.date:%d.%m.%Y}"

    @classmethod
    def add_hit(cls, query):
        counter, _ = cls.objects.get_or_create(query=query, date=timezone.localdate())
        cls.objects.filter(pk=counter.pk).update(hits=F("hits") + 1)


def record_search(query_string, found_anything):
    """Count a search for the editors' report and the promotions' suggestions."""
    query = Query.get(query_string)
    query.add_hit()
    if not found_anything:
        UnansweredQueryDailyHits.add_hit(query)
