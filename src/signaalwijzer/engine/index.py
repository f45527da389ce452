"""The knowledge base compiled for matching: one matcher per language, built on first use.

Compiling is the expensive part of start-up, so it happens once per knowledge base and language
and is kept for the life of the process.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property

from signaalwijzer.engine.patterns import Matcher, compile_matcher
from signaalwijzer.knowledge.model import Indicator, KnowledgeBase

INDICATOR_PREFIX = "ind:"
LEXICON_PREFIX = "lex:"


@dataclass
class CompiledKB:
    kb: KnowledgeBase
    indicators: dict[str, Indicator]
    _matchers: dict[str, Matcher] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @cached_property
    def negation_words(self) -> frozenset[str]:
        """Single negation words of both languages (the learned layer skips denying sentences)."""
        negation = self.kb.lexicon.get("negation")
        words = (*negation.nl, *negation.en) if negation else ()
        return frozenset(w for w in words if " " not in w and w.isalpha())

    def matcher(self, lang: str) -> Matcher:
        pattern_lang = "en" if lang == "en" else "nl"
        found = self._matchers.get(pattern_lang)
        if found is not None:
            return found
        with self._lock:
            found = self._matchers.get(pattern_lang)
            if found is None:
                found = compile_matcher(pattern_lang, self._owned_patterns(pattern_lang))
                self._matchers[pattern_lang] = found
        return found

    def _owned_patterns(self, lang: str) -> list[tuple[str, str]]:
        owned: list[tuple[str, str]] = []
        for indicator in self.kb.indicators:
            for pattern in indicator.patterns.get(lang):
                owned.append((INDICATOR_PREFIX + indicator.id, pattern))
        for key, patterns in sorted(self.kb.lexicon.items()):
            for pattern in patterns.get(lang):
                owned.append((LEXICON_PREFIX + key, pattern))
        return owned


_CACHE: dict[int, CompiledKB] = {}
_CACHE_LOCK = threading.Lock()


def compiled(kb: KnowledgeBase) -> CompiledKB:
    """The compiled form of ``kb`` (kept alive with it, keyed by identity: a KB is immutable)."""
    entry = _CACHE.get(id(kb))
    if entry is not None and entry.kb is kb:
        return entry
    with _CACHE_LOCK:
        entry = _CACHE.get(id(kb))
        if entry is None or entry.kb is not kb:
            if len(_CACHE) >= 8:
                _CACHE.pop(next(iter(_CACHE)))
            entry = CompiledKB(kb=kb, indicators={i.id: i for i in kb.indicators})
            _CACHE[id(kb)] = entry
    return entry
