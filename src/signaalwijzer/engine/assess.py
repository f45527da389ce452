"""Entry point of the engine (STUB: the real pipeline replaces this body; the signature stays)."""

from __future__ import annotations

from collections.abc import Iterable

from signaalwijzer.engine.result import Assessment
from signaalwijzer.knowledge.model import KnowledgeBase

MAX_TEXT_CHARS = 10_000


class InputError(ValueError):
    """Input the engine cannot use (e.g. unknown checklist ids); the message is user-readable."""


def assess(
    *,
    kb: KnowledgeBase,
    text: str = "",
    checklist: Iterable[str] = (),
    lang: str | None = None,
    urgent: bool = False,
    anonymous: bool = False,
    setting: str | None = None,
) -> Assessment:
    """Assess a free-text description and/or ticked checklist signals.

    ``urgent`` and ``anonymous`` are explicit answers from the step-by-step check; ``setting`` is
    where the visitor saw it (an id from the knowledge base's settings). ``lang`` forces the
    language; otherwise it is detected from the text.
    """
    unknown = [i for i in checklist if i not in {ind.id for ind in kb.indicators}]
    if unknown:
        raise InputError("Unknown indicator ids: " + ", ".join(sorted(unknown)))
    return Assessment(
        forms=(),
        signals=(),
        acute=urgent,
        acute_reason=None,
        acute_evidence=(),
        channels=(),
        language=lang or "nl",
        perspective="bystander",
        anonymous=anonymous,
        minor=False,
        kb_version=kb.version,
        notes=(),
    )
