"""Reads for the statistics dashboard: counters summed per day or per ISO week."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

from django.db.models import Sum

from signaalwijzer.web.apps.stats.models import DailyCounter

Period = Literal["day", "week"]


@dataclass(frozen=True, slots=True)
class Series:
    """One metric over time: ``values[key][i]`` is the count of ``key`` in ``periods[i]``."""

    metric: str
    periods: tuple[datetime.date, ...]
    values: dict[str, tuple[int, ...]]

    def totals(self) -> dict[str, int]:
        return {key: sum(counts) for key, counts in self.values.items()}

    def per_period(self) -> tuple[int, ...]:
        return tuple(sum(column) for column in zip(*self.values.values(), strict=True)) or tuple(
            0 for _ in self.periods
        )


def period_start(day: datetime.date, period: Period) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday()) if period == "week" else day


def periods_between(
    start: datetime.date, end: datetime.date, period: Period
) -> tuple[datetime.date, ...]:
    step = datetime.timedelta(days=7 if period == "week" else 1)
    first = period_start(start, period)
    result = []
    current = first
    while current <= end:
        result.append(current)
        current += step
    return tuple(result)


def counter_series(
    *, metric: str, start: datetime.date, end: datetime.date, period: Period
) -> Series:
    """Sums of one metric per key and period; periods without counts show 0."""
    periods = periods_between(start, end, period)
    index = {day: i for i, day in enumerate(periods)}
    rows = (
        DailyCounter.objects.filter(metric=metric, date__gte=start, date__lte=end)
        .values("date", "key")
        .annotate(total=Sum("count"))
    )
    values: dict[str, list[int]] = {}
    for row in rows:
        counts = values.setdefault(row["key"], [0] * len(periods))
        counts[index[period_start(row["date"], period)]] += int(row["total"])
    return Series(
        metric=metric,
        periods=periods,
        values={key: tuple(counts) for key, counts in sorted(values.items())},
    )


def counter_rows(
    *, start: datetime.date, end: datetime.date, period: Period
) -> list[tuple[datetime.date, str, str, int]]:
    """All counters in the range as (period start, metric, key, count), for the CSV export."""
    sums: dict[tuple[datetime.date, str, str], int] = {}
    rows = (
        DailyCounter.objects.filter(date__gte=start, date__lte=end)
        .values("date", "metric", "key")
        .annotate(total=Sum("count"))
    )
    for row in rows:
        slot = (period_start(row["date"], period), row["metric"], row["key"])
        sums[slot] = sums.get(slot, 0) + int(row["total"])
    return [(day, metric, key, count) for (day, metric, key), count in sorted(sums.items())]
