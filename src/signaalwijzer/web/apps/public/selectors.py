"""Reads for the public site: knowledge-base views shaped for templates, and result presentation.

Everything here is pure: it reads the (immutable) knowledge base and a finished assessment and
returns plain data for templates. Nothing the visitor typed leaves the request.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from signaalwijzer.engine import Assessment, Span
from signaalwijzer.knowledge import (
    Category,
    Channel,
    Form,
    Indicator,
    KnowledgeBase,
    Setting,
    Source,
    load_knowledge_base,
)

#: URL slug of each form page (Dutch words; the same slug is used under /en/).
FORM_SLUGS: dict[str, str] = {
    "sexual_exploitation": "seksuele-uitbuiting",
    "labour_exploitation": "arbeidsuitbuiting",
    "criminal_exploitation": "criminele-uitbuiting",
}

#: Order in which the routes are listed on information pages (acute danger first).
CHANNEL_ORDER: tuple[str, ...] = (
    "emergency",
    "police",
    "labour_inspectorate",
    "anonymous",
    "comensha",
)


def kb_get() -> KnowledgeBase:
    """The knowledge base of this process (cached by the loader)."""
    return load_knowledge_base()


def form_slug_to_id(*, slug: str) -> str | None:
    for form_id, form_slug in FORM_SLUGS.items():
        if form_slug == slug:
            return form_id
    return None


@dataclass(frozen=True, slots=True)
class FormLink:
    form: Form
    slug: str


def form_links_list(*, kb: KnowledgeBase) -> list[FormLink]:
    return [FormLink(form=f, slug=FORM_SLUGS[f.id]) for f in kb.forms if f.id in FORM_SLUGS]


def channels_list(*, kb: KnowledgeBase) -> list[Channel]:
    order = {cid: n for n, cid in enumerate(CHANNEL_ORDER)}
    return sorted(kb.channels, key=lambda c: order.get(c.id, len(order)))


@dataclass(frozen=True, slots=True)
class IndicatorView:
    indicator: Indicator
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class CategoryGroup:
    category: Category
    indicators: tuple[IndicatorView, ...]


def _sources_for(*, kb: KnowledgeBase, indicator: Indicator) -> tuple[Source, ...]:
    known = {s.key: s for s in kb.sources}
    return tuple(known[key] for key in indicator.sources if key in known)


def form_signals_grouped(*, kb: KnowledgeBase, form_id: str) -> list[CategoryGroup]:
    """The signals of one form, grouped by category in the knowledge base's category order."""
    groups: list[CategoryGroup] = []
    for category in kb.categories:
        items = tuple(
            IndicatorView(indicator=i, sources=_sources_for(kb=kb, indicator=i))
            for i in kb.indicators
            if i.category == category.id and form_id in i.forms
        )
        if items:
            groups.append(CategoryGroup(category=category, indicators=items))
    return groups


def form_channels_list(*, kb: KnowledgeBase, form_id: str) -> list[Channel]:
    """Where to report this form: the general routes, the labour inspectorate only for labour."""
    channels = channels_list(kb=kb)
    if form_id != "labour_exploitation":
        channels = [c for c in channels if c.id != "labour_inspectorate"]
    return channels


@dataclass(frozen=True, slots=True)
class ChecklistGroup:
    """One fieldset of the checklist: a category, or the signals typical for the chosen setting."""

    name: str
    indicators: tuple[Indicator, ...]
    typical: bool = False


def checklist_grouped(
    *, kb: KnowledgeBase, setting_id: str | None, lang: str
) -> list[ChecklistGroup]:
    """Checklist signals by category; the signals typical for the setting come first, together.

    Nothing is hidden for a setting: people see mixed situations (a car wash can hide sexual
    exploitation too), so the setting only decides what is asked first.
    """
    groups: list[ChecklistGroup] = []
    setting = setting_get(kb=kb, setting_id=setting_id)
    typical = tuple(
        i for i in kb.indicators if i.checklist and setting and setting.id in i.settings
    )
    if typical and setting:
        groups.append(ChecklistGroup(name=setting.name.get(lang), indicators=typical, typical=True))
    shown = {i.id for i in typical}
    for category in kb.categories:
        items = tuple(
            i
            for i in kb.indicators
            if i.checklist and i.category == category.id and i.id not in shown
        )
        if items:
            groups.append(ChecklistGroup(name=category.name.get(lang), indicators=items))
    return groups


def checklist_ids(*, kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(i.id for i in kb.indicators if i.checklist)


def setting_get(*, kb: KnowledgeBase, setting_id: str | None) -> Setting | None:
    return next((s for s in kb.settings if s.id == setting_id), None)


# --- Result presentation ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of the visitor's text; ``marked`` pieces led to a signal (shown in ``<mark>``)."""

    text: str
    marked: bool
    labels: tuple[str, ...] = ()


def text_segments(*, text: str, spans: list[Span], labels: dict[int, list[str]]) -> list[Segment]:
    """Split ``text`` into plain and marked pieces from evidence spans.

    Overlapping or touching spans are merged, spans outside the text are ignored, so the pieces
    always add up to the original text. ``labels`` maps a span's start to signal titles.
    """
    valid = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)), key=lambda s: (s.start, s.end)
    )
    merged: list[tuple[int, int, list[str]]] = []
    for span in valid:
        span_labels = labels.get(span.start, [])
        if merged and span.start <= merged[-1][1]:
            start, end, existing = merged[-1]
            merged[-1] = (
                start,
                max(end, span.end),
                existing + [t for t in span_labels if t not in existing],
            )
        else:
            merged.append((span.start, span.end, list(span_labels)))
    segments: list[Segment] = []
    cursor = 0
    for start, end, span_labels in merged:
        if start > cursor:
            segments.append(Segment(text=text[cursor:start], marked=False))
        segments.append(Segment(text=text[start:end], marked=True, labels=tuple(span_labels)))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text=text[cursor:], marked=False))
    return segments


@dataclass(frozen=True, slots=True)
class SignalView:
    indicator: Indicator
    category: Category | None
    origin: str
    quotes: tuple[str, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class FormView:
    form: Form
    slug: str
    level: str
    signals: tuple[SignalView, ...]
    words: tuple[str, ...] = ()  # what the learned layer read, when no signal points to the form


@dataclass(frozen=True, slots=True)
class RouteView:
    channel: Channel
    reason: str
    first: bool


@dataclass(slots=True)
class NotesSheet:
    """Who / what / where / when, pre-filled with what the visitor gave us."""

    what: list[str] = field(default_factory=list)
    where: str = ""
    text: str = ""


@dataclass(frozen=True, slots=True)
class ResultView:
    assessment: Assessment
    acute: bool
    acute_reason: str
    forms: tuple[FormView, ...]
    signals: tuple[SignalView, ...]
    routes: tuple[RouteView, ...]
    segments: tuple[Segment, ...]
    notes: NotesSheet
    extra_notes: tuple[str, ...]
    nothing_found: bool  # no form indicated and no acute danger (there may be weak signals)
    comensha: Channel | None
    emergency: Channel | None


def result_build(
    *,
    kb: KnowledgeBase,
    assessment: Assessment,
    lang: str,
    text: str = "",
    setting_id: str | None = None,
) -> ResultView:
    """Shape an assessment for the result page, in the order the page shows it."""
    categories = {c.id: c for c in kb.categories}
    indicators = {i.id: i for i in kb.indicators}
    signal_views: dict[str, SignalView] = {}
    all_spans: list[Span] = []
    labels: dict[int, list[str]] = {}
    for found in assessment.signals:
        indicator = indicators.get(found.indicator_id)
        if indicator is None:
            continue
        for span in found.evidence:
            all_spans.append(span)
            labels.setdefault(span.start, []).append(indicator.title.get(lang))
        signal_views[found.indicator_id] = SignalView(
            indicator=indicator,
            category=categories.get(indicator.category),
            origin=found.origin,
            quotes=tuple(
                dict.fromkeys(
                    text[s.start : s.end]
                    for s in found.evidence
                    if 0 <= s.start < s.end <= len(text)
                )
            ),
            sources=_sources_for(kb=kb, indicator=indicator),
        )
    all_spans.extend(assessment.acute_evidence)
    for form in assessment.forms:
        all_spans.extend(form.evidence)
    form_views = tuple(
        FormView(
            form=kb.form(f.form_id),
            slug=FORM_SLUGS.get(f.form_id, ""),
            level=f.level,
            signals=tuple(signal_views[s] for s in f.signals if s in signal_views),
            words=tuple(
                dict.fromkeys(
                    text[s.start : s.end] for s in f.evidence if 0 <= s.start < s.end <= len(text)
                )
            ),
        )
        for f in assessment.forms
        if f.form_id in {form.id for form in kb.forms}
    )
    known_channels = {c.id for c in kb.channels}
    routes = tuple(
        RouteView(
            channel=kb.channel(advice.channel_id), reason=advice.reason.get(lang), first=n == 0
        )
        for n, advice in enumerate(a for a in assessment.channels if a.channel_id in known_channels)
    )
    setting = setting_get(kb=kb, setting_id=setting_id)
    notes = NotesSheet(
        what=[view.indicator.title.get(lang) for view in signal_views.values()],
        where=setting.name.get(lang) if setting else "",
        text=text,
    )
    channel_by_id = {c.id: c for c in kb.channels}
    return ResultView(
        assessment=assessment,
        acute=assessment.acute,
        acute_reason=assessment.acute_reason.get(lang) if assessment.acute_reason else "",
        forms=form_views,
        signals=tuple(signal_views.values()),
        routes=routes,
        segments=tuple(text_segments(text=text, spans=all_spans, labels=labels)) if text else (),
        notes=notes,
        extra_notes=tuple(n.get(lang) for n in assessment.notes),
        nothing_found=not assessment.forms and not assessment.acute,
        comensha=channel_by_id.get("comensha"),
        emergency=channel_by_id.get("emergency"),
    )
