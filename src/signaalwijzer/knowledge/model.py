"""Typed, immutable shape of the knowledge base.

Everything the product knows about trafficking (forms, signals, channels, routing) lives in data
files under ``knowledge/data``; these dataclasses are the one typed view the rest of the code sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")

FORM_IDS: tuple[str, ...] = (
    "sexual_exploitation",
    "labour_exploitation",
    "criminal_exploitation",
)
CHANNEL_IDS: tuple[str, ...] = (
    "emergency",
    "police",
    "labour_inspectorate",
    "anonymous",
    "comensha",
)

# Conditions a routing rule may use (routing.toml ``when``); the engine interprets each one.
ROUTING_CONDITIONS: tuple[str, ...] = (
    "acute",
    "anonymous",
    "victim",
    "question",
    "labour_only",
    "sexual_or_criminal",
    "professional_advice",
    "no_form",
)


@dataclass(frozen=True, slots=True)
class Text:
    """A user-facing text in Dutch (B1) and English."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


@dataclass(frozen=True, slots=True)
class Source:
    key: str
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    name: Text
    description: Text


@dataclass(frozen=True, slots=True)
class Setting:
    """A place where signals are seen (car wash, nail salon, ...), used to group the checklist."""

    id: str
    name: Text
    forms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Form:
    id: str
    name: Text
    summary: Text
    description: Text
    examples: tuple[Text, ...]


@dataclass(frozen=True, slots=True)
class Channel:
    id: str
    name: Text
    phone: str | None
    tel: str | None
    url: str | None
    when: Text
    what_happens: Text
    anonymous_possible: bool


@dataclass(frozen=True, slots=True)
class Patterns:
    """How people describe a signal, per language. Syntax: ``knowledge/data/README.md``."""

    nl: tuple[str, ...] = ()
    en: tuple[str, ...] = ()

    def get(self, lang: str) -> tuple[str, ...]:
        return self.en if lang == "en" else self.nl


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    forms: tuple[str, ...]
    category: str
    settings: tuple[str, ...]
    weight: float
    title: Text
    explanation: Text
    question: Text
    patterns: Patterns
    sources: tuple[str, ...]
    coercion: bool = False
    checklist: bool = True


@dataclass(frozen=True, slots=True)
class RoutingRule:
    """One step of the routing precedence; the first rule whose condition holds decides."""

    id: str
    when: str
    channels: tuple[str, ...]
    reason: Text


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    version: str
    forms: tuple[Form, ...]
    categories: tuple[Category, ...]
    settings: tuple[Setting, ...]
    channels: tuple[Channel, ...]
    indicators: tuple[Indicator, ...]
    sources: tuple[Source, ...]
    routing: tuple[RoutingRule, ...]
    lexicon: dict[str, Patterns] = field(default_factory=dict, hash=False, compare=False)

    def form(self, form_id: str) -> Form:
        return next(f for f in self.forms if f.id == form_id)

    def channel(self, channel_id: str) -> Channel:
        return next(c for c in self.channels if c.id == channel_id)

    def indicator(self, indicator_id: str) -> Indicator:
        return next(i for i in self.indicators if i.id == indicator_id)

    def category(self, category_id: str) -> Category:
        return next(c for c in self.categories if c.id == category_id)

    def source(self, key: str) -> Source:
        return next(s for s in self.sources if s.key == key)
