"""The assessment result: frozen, explainable and serialisable to JSON.

Adapters (web, API, CLI) only read these objects; they never recompute what the engine decided.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from signaalwijzer.knowledge.model import KnowledgeBase, Text

Origin = Literal["text", "checklist"]
Level = Literal["possible", "strong"]


@dataclass(frozen=True, slots=True)
class Span:
    """Where in the (cut, unmodified) input text a piece of evidence sits: ``text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class SignalFound:
    indicator_id: str
    origin: Origin
    evidence: tuple[Span, ...]
    weight: float


@dataclass(frozen=True, slots=True)
class FormResult:
    form_id: str
    level: Level
    score: float
    signals: tuple[str, ...]
    # Only for a form the learned layer saw in the words alone (no signal points to it): the
    # words in the text that weighed most, so the result still shows why.
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class ChannelAdvice:
    channel_id: str
    reason: Text


@dataclass(frozen=True, slots=True)
class Assessment:
    forms: tuple[FormResult, ...]
    signals: tuple[SignalFound, ...]
    acute: bool
    acute_reason: Text | None
    acute_evidence: tuple[Span, ...]
    channels: tuple[ChannelAdvice, ...]
    language: str
    perspective: str
    anonymous: bool
    minor: bool
    kb_version: str
    notes: tuple[Text, ...]

    @property
    def form_ids(self) -> tuple[str, ...]:
        return tuple(f.form_id for f in self.forms)

    @property
    def channel_ids(self) -> tuple[str, ...]:
        return tuple(c.channel_id for c in self.channels)

    @property
    def signal_ids(self) -> tuple[str, ...]:
        return tuple(s.indicator_id for s in self.signals)

    def to_dict(self, *, kb: KnowledgeBase, lang: str) -> dict[str, Any]:
        """The full result as plain JSON types, texts in ``lang``."""

        def spans(items: tuple[Span, ...]) -> list[dict[str, Any]]:
            return [{"start": s.start, "end": s.end, "text": s.text} for s in items]

        channels = []
        for advice in self.channels:
            channel = kb.channel(advice.channel_id)
            channels.append(
                {
                    "id": channel.id,
                    "name": channel.name.get(lang),
                    "phone": channel.phone,
                    "url": channel.url,
                    "reason": advice.reason.get(lang),
                }
            )
        return {
            "forms": [
                {
                    "id": f.form_id,
                    "name": kb.form(f.form_id).name.get(lang),
                    "level": f.level,
                    "score": round(f.score, 3),
                    "signals": list(f.signals),
                    "evidence": spans(f.evidence),
                }
                for f in self.forms
            ],
            "signals": [
                {
                    "id": s.indicator_id,
                    "title": kb.indicator(s.indicator_id).title.get(lang),
                    "category": kb.indicator(s.indicator_id).category,
                    "origin": s.origin,
                    "weight": s.weight,
                    "evidence": spans(s.evidence),
                }
                for s in self.signals
            ],
            "acute": self.acute,
            "acute_reason": self.acute_reason.get(lang) if self.acute_reason else None,
            "acute_evidence": spans(self.acute_evidence),
            "channels": channels,
            "language": self.language,
            "perspective": self.perspective,
            "anonymous": self.anonymous,
            "minor": self.minor,
            "kb_version": self.kb_version,
            "notes": [n.get(lang) for n in self.notes],
        }
