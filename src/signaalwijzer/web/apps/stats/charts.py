"""Server-rendered SVG bar charts: no script, no inline style (CSP), readable by screen readers.

Every chart is drawn with SVG presentation attributes only and comes with a text alternative
(``<title>``/``<desc>``); the template shows the same numbers as a table.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

# Colour-blind-safe palette (Okabe-Ito), dark enough against white for thin bars.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#7A5C00", "#56B4E9", "#000000")
WIDTH = 640
HEIGHT = 220
LEFT = 40
BOTTOM = 40
TOP = 10


def _nice_max(value: int) -> int:
    if value <= 5:
        return 5
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return value


def grouped_bars(
    *,
    chart_id: str,
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
) -> SafeString:
    """Vertical bars: one group per label (period), one bar per series within a group."""
    peak = _nice_max(max((max(values, default=0) for _, values in series), default=0))
    plot_w = WIDTH - LEFT - 10
    plot_h = HEIGHT - TOP - BOTTOM
    groups = max(len(labels), 1)
    group_w = plot_w / groups
    bar_w = max(group_w * 0.8 / max(len(series), 1), 1.0)
    bars = []
    for s_index, (name, values) in enumerate(series):
        colour = PALETTE[s_index % len(PALETTE)]
        for g_index, value in enumerate(values):
            h = plot_h * value / peak
            x = LEFT + g_index * group_w + group_w * 0.1 + s_index * bar_w
            bars.append(
                (
                    f"{x:.1f}",
                    f"{TOP + plot_h - h:.1f}",
                    f"{bar_w:.1f}",
                    f"{h:.1f}",
                    colour,
                    f"{labels[g_index]}, {name}: {value}",
                )
            )
    every = max(1, len(labels) // 8)
    ticks = [
        (f"{LEFT + i * group_w + group_w / 2:.1f}", f"{HEIGHT - BOTTOM + 16}", label)
        for i, label in enumerate(labels)
        if i % every == 0
    ]
    legend = [
        (
            f"{LEFT + i * 150}",
            f"{HEIGHT - 12}",
            PALETTE[i % len(PALETTE)],
            f"{LEFT + i * 150 + 16}",
            f"{HEIGHT - 3}",
            name,
        )
        for i, (name, _values) in enumerate(series)
    ]
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" '
        'aria-labelledby="{id}-title" class="stats-chart"><title id="{id}-title">{title}</title>'
        '<line x1="{left}" y1="{base}" x2="{right}" y2="{base}" stroke="#555" stroke-width="1"/>'
        '<text x="{lx}" y="{ty}" font-size="11" text-anchor="end" fill="#333">{peak}</text>'
        '<text x="{lx}" y="{base}" font-size="11" text-anchor="end" fill="#333">0</text>'
        "{bars}{ticks}{legend}</svg>",
        w=WIDTH,
        h=HEIGHT,
        id=chart_id,
        title=title,
        left=LEFT,
        right=WIDTH - 10,
        base=TOP + plot_h,
        lx=LEFT - 4,
        ty=TOP + 10,
        peak=peak,
        bars=format_html_join(
            "",
            '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}</title></rect>',
            bars,
        ),
        ticks=format_html_join(
            "",
            '<text x="{}" y="{}" font-size="11" text-anchor="middle" fill="#333">{}</text>',
            ticks,
        ),
        legend=format_html_join(
            "",
            '<rect x="{}" y="{}" width="12" height="12" fill="{}"/>'
            '<text x="{}" y="{}" font-size="12" fill="#222">{}</text>',
            legend,
        ),
    )


def horizontal_bars(*, chart_id: str, title: str, items: Sequence[tuple[str, int]]) -> SafeString:
    """One labelled bar per item, e.g. totals per form or per request status."""
    row_h = 26
    label_w = 220
    height = max(len(items), 1) * row_h + 10
    peak = max((value for _, value in items), default=0) or 1
    plot_w = WIDTH - label_w - 60
    rows = []
    for i, (label, value) in enumerate(items):
        y = 5 + i * row_h
        w = plot_w * value / peak
        rows.append(
            (
                f"{label_w - 6}",
                f"{y + 16}",
                label,
                f"{label_w}",
                f"{y + 3}",
                f"{w:.1f}",
                PALETTE[i % len(PALETTE)],
                f"{label_w + w + 6:.1f}",
                f"{y + 16}",
                value,
            )
        )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" '
        'aria-labelledby="{id}-title" class="stats-chart"><title id="{id}-title">{title}</title>'
        "{rows}</svg>",
        w=WIDTH,
        h=height,
        id=chart_id,
        title=title,
        rows=format_html_join(
            "",
            '<text x="{}" y="{}" font-size="12" text-anchor="end" fill="#222">{}</text>'
            '<rect x="{}" y="{}" width="{}" height="18" fill="{}"/>'
            '<text x="{}" y="{}" font-size="12" fill="#222">{}</text>',
            rows,
        ),
    )
