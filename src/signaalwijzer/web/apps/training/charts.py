"""Bar-chart data for the trainer's screen and the debrief.

The bars are drawn as small server-rendered SVGs inside an HTML table (``_chart.html``), so the
numbers are readable by screen readers, work without JavaScript and need no chart library.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from signaalwijzer.web.apps.training.selectors import Bar, SceneResults


@dataclass(frozen=True, slots=True)
class Row:
    key: str
    label: str
    count: int
    #: Bar length in percent of all participants who answered (0..100).
    percent: int
    correct: bool


@dataclass(frozen=True, slots=True)
class Chart:
    id: str
    title: str
    rows: tuple[Row, ...]


def _rows(bars: tuple[Bar, ...], answered: int, lang: str) -> tuple[Row, ...]:
    return tuple(
        Row(
            key=bar.key,
            label=bar.label.get(lang),
            count=bar.count,
            percent=round(100 * bar.count / answered) if answered else 0,
            correct=bar.correct,
        )
        for bar in bars
    )


def scene_charts(results: SceneResults, *, lang: str) -> tuple[Chart, ...]:
    prefix = results.scene.id
    return (
        Chart(
            prefix + "-observations",
            _("Welke signalen zagen de deelnemers?"),
            _rows(results.observations, results.answered, lang),
        ),
        Chart(
            prefix + "-actions",
            _("Wat zouden ze nu doen?"),
            _rows(results.actions, results.answered, lang),
        ),
        Chart(
            prefix + "-routes",
            _("Waar zouden ze melden?"),
            _rows(results.routes, results.answered, lang),
        ),
    )
