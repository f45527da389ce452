"""Routing: the rules in ``routing.toml`` read top to bottom; the first rule whose condition holds
gives the first channel(s). Other fitting routes follow, each with its own reason.

A rule's ``when`` is one condition from a closed vocabulary, or several joined by `` and ``, each
optionally preceded by ``not``. Unknown words never match (``kb validate`` reports them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from signaalwijzer.engine.result import ChannelAdvice
from signaalwijzer.knowledge.model import KnowledgeBase, Text

CONDITIONS: tuple[str, ...] = (
    "acute",
    "anonymous",
    "victim",
    "question",
    "labour_only",
    "sexual_or_criminal",
    "professional_advice",
    "no_form",
)

LABOUR = "labour_exploitation"
SEXUAL_OR_CRIMINAL = frozenset({"sexual_exploitation", "criminal_exploitation"})

_ACUTE_FIRST = Text(
    nl="Er lijkt nu gevaar te zijn. Bel eerst 112.",
    en="There seems to be danger right now. Call 112 first.",
)


@dataclass(frozen=True, slots=True)
class Situation:
    acute: bool
    anonymous: bool
    perspective: str
    asks_advice: bool
    forms: frozenset[str]


def _conditions(s: Situation) -> dict[str, Callable[[], bool]]:
    return {
        "acute": lambda: s.acute,
        "anonymous": lambda: s.anonymous,
        "victim": lambda: s.perspective == "victim",
        "question": lambda: s.perspective == "question",
        "labour_only": lambda: s.forms == {LABOUR},
        "sexual_or_criminal": lambda: bool(s.forms & SEXUAL_OR_CRIMINAL),
        # A professional asking advice about a presumed victim of sexual or criminal exploitation.
        "professional_advice": lambda: (
            s.perspective == "professional" and s.asks_advice and bool(s.forms & SEXUAL_OR_CRIMINAL)
        ),
        "no_form": lambda: not s.forms,
    }


def condition_problems(when: str) -> list[str]:
    """Why ``when`` is not a valid condition (empty list: valid)."""
    problems = []
    for part in when.split(" and "):
        word = part.strip().removeprefix("not ").strip()
        if word not in CONDITIONS:
            problems.append(f"unknown condition {word!r} (known: {', '.join(CONDITIONS)})")
    return problems


def holds(when: str, situation: Situation) -> bool:
    conditions = _conditions(situation)
    for part in when.split(" and "):
        part = part.strip()
        negate = part.startswith("not ")
        word = part.removeprefix("not ").strip()
        check = conditions.get(word)
        if check is None or check() == negate:
            return False
    return True


def route(kb: KnowledgeBase, situation: Situation) -> tuple[ChannelAdvice, ...]:
    known = {c.id: c for c in kb.channels}
    advice: list[ChannelAdvice] = []

    def add(channel_id: str, reason: Text) -> None:
        if channel_id in known and all(a.channel_id != channel_id for a in advice):
            advice.append(ChannelAdvice(channel_id=channel_id, reason=reason))

    if situation.acute:
        rule = next((r for r in kb.routing if "emergency" in r.channels), None)
        add("emergency", rule.reason if rule else _ACUTE_FIRST)
    for rule in kb.routing:
        if holds(rule.when, situation):
            for channel_id in rule.channels:
                add(channel_id, rule.reason)
            break
    # Other routes that fit, after the first: each with the channel's own "when" as reason.
    extra: list[str] = ["anonymous"] if situation.anonymous else []
    if situation.forms:
        if LABOUR in situation.forms:
            extra.append("labour_inspectorate")
        extra.append("police")
        extra.append("anonymous")
        extra.append("comensha")
    elif situation.perspective in ("question", "victim") or situation.asks_advice:
        extra.append("comensha")
    if situation.anonymous:
        extra.append("anonymous")
    for channel_id in extra:
        if channel_id in known:
            add(channel_id, known[channel_id].when)
    return tuple(advice)
