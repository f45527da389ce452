"""Daily counters: the only thing the statistics keep.

A row is ``(date, metric, key) -> count``. There is deliberately no per-visit row, no text, no IP
and no time of day, so nothing here can be traced back to one visitor.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Metric(models.TextChoices):
    CHECKS = "checks", _("Checks")
    FORMS = "forms", _("Vormen aangegeven")
    FIRST_ROUTE = "first_route", _("Eerste route")
    ACUTE = "acute", _("Acute uitkomsten")
    TRAINING = "training", _("Training")
    TRAINING_PARTICIPANTS = "training_participants", _("Deelnemers training")


class DailyCounter(models.Model):
    date = models.DateField()
    metric = models.CharField(max_length=32, choices=Metric.choices)
    key = models.CharField(max_length=64, blank=True, default="")
    count = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["date", "metric", "key"], name="stats_counter_unique")
        ]
        ordering = ["date", "metric", "key"]
        verbose_name = _("dagteller")
        verbose_name_plural = _("dagtellers")

    def __str__(self) -> str:
        return f"{self.date} {self.metric}:{self.key}={self.count}"
