"""Staff-only statistics: aggregate counters as SVG charts with tables, and as CSV."""

from __future__ import annotations

import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from signaalwijzer.knowledge import load_knowledge_base
from signaalwijzer.web.apps.outreach.csvexport import csv_response
from signaalwijzer.web.apps.outreach.models import State
from signaalwijzer.web.apps.outreach.selectors import requests_by_state
from signaalwijzer.web.apps.stats import charts, selectors
from signaalwijzer.web.apps.stats.access import stats_access_required
from signaalwijzer.web.apps.stats.models import Metric
from signaalwijzer.web.apps.stats.selectors import Period, Series

MAX_DAYS = 366
DEFAULTS: dict[str, int] = {"day": 30, "week": 84}


def _range(request: HttpRequest) -> tuple[Period, datetime.date, datetime.date, int]:
    period: Period = "week" if request.GET.get("per") == "week" else "day"
    try:
        days = int(request.GET.get("days", DEFAULTS[period]))
    except ValueError:
        days = DEFAULTS[period]
    days = min(max(days, 1), MAX_DAYS)
    end = timezone.localdate()
    return period, end - datetime.timedelta(days=days - 1), end, days


def _key_labels(lang: str) -> dict[str, str]:
    kb = load_knowledge_base()
    labels = {
        "none": _("Geen"),
        "signal_check": _("Signaalcheck"),
        "free_text": _("Vrije tekst"),
        "api": _("API"),
        "session_started": _("Sessies gestart"),
        "participant_joined": _("Deelnemers live"),
        "selfstudy_completed": _("Zelfstudie afgerond"),
    }
    labels.update({form.id: form.name.get(lang) for form in kb.forms})
    labels.update({channel.id: channel.name.get(lang) for channel in kb.channels})
    return labels


def _table(series: Series, labels: dict[str, str], period_labels: list[str]) -> dict[str, Any]:
    keys = list(series.values)
    return {
        "columns": [labels.get(key, key) for key in keys],
        "rows": [
            (period_labels[i], [series.values[key][i] for key in keys])
            for i in range(len(series.periods))
        ],
    }


@never_cache
@stats_access_required
def dashboard(request: HttpRequest) -> HttpResponse:
    period, start, end, days = _range(request)
    lang = "en" if (get_language() or "nl").startswith("en") else "nl"
    labels = _key_labels(lang)

    def fmt(day: datetime.date) -> str:
        text = date_format(day, "j M")
        return _("week van %(day)s") % {"day": text} if period == "week" else text

    def series(metric: str) -> Series:
        return selectors.counter_series(metric=metric, start=start, end=end, period=period)

    over_time = [
        ("checks", _("Checks per soort"), series(Metric.CHECKS)),
        ("acute", _("Acute uitkomsten"), series(Metric.ACUTE)),
        ("training", _("Trainingen"), series(Metric.TRAINING)),
        ("participants", _("Deelnemers aan trainingen"), series(Metric.TRAINING_PARTICIPANTS)),
    ]
    totals = [
        ("forms", _("Aangegeven vormen van uitbuiting"), series(Metric.FORMS)),
        ("routes", _("Eerste geadviseerde route"), series(Metric.FIRST_ROUTE)),
    ]
    period_labels = [fmt(day) for day in selectors.periods_between(start, end, period)]
    charts_over_time = [
        {
            "id": chart_id,
            "title": title,
            "svg": charts.grouped_bars(
                chart_id=chart_id,
                title=title,
                labels=period_labels,
                series=[(labels.get(k, k), v) for k, v in data.values.items()],
            ),
            "table": _table(data, labels, period_labels),
            "total": sum(data.totals().values()),
        }
        for chart_id, title, data in over_time
    ]
    charts_totals = []
    for chart_id, title, data in totals:
        items = sorted(
            ((labels.get(k, k), v) for k, v in data.totals().items()), key=lambda i: -i[1]
        )
        charts_totals.append(
            {
                "id": chart_id,
                "title": title,
                "svg": charts.horizontal_bars(chart_id=chart_id, title=title, items=items),
                "items": items,
            }
        )
    state_counts = requests_by_state()
    state_items = [(str(State(value).label), count) for value, count in state_counts.items()]
    context = {
        "period": period,
        "days": days,
        "start": start,
        "end": end,
        "charts_over_time": charts_over_time,
        "charts_totals": charts_totals,
        "requests_svg": charts.horizontal_bars(
            chart_id="requests", title=_("Aanvragen per status"), items=state_items
        ),
        "request_items": state_items,
    }
    return render(request, "stats/dashboard.html", context)


@never_cache
@stats_access_required
def export_csv(request: HttpRequest) -> HttpResponse:
    period, start, end, _days = _range(request)
    rows: list[list[object]] = [
        [day.isoformat(), metric, key, count]
        for day, metric, key, count in selectors.counter_rows(start=start, end=end, period=period)
    ]
    today = timezone.localdate().isoformat()
    rows += [
        [today, "requests_by_status", state, count] for state, count in requests_by_state().items()
    ]
    return csv_response(
        filename=f"statistieken-{period}-{start.isoformat()}-{end.isoformat()}.csv",
        header=["period_start", "metric", "key", "count"],
        rows=rows,
    )
