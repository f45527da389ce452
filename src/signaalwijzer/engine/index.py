"""The knowledge base compiled for matching: one matcher per language, built on first use.

Compiling is the expensive part of start-up, so it happens once per knowledge base and language
and is kept for the life of the process.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property

from signaalwijzer.engine.patterns import Matcher, PatternError, compile_matcher, parse_pattern
from signaalwijzer.knowledge.model import Indicator, KnowledgeBase

INDICATOR_PREFIX = "ind:"
LEXICON_PREFIX = "lex:"
BENIGN_ACROSS = "benign_across"  # benign facts read over a sentence end (see across_matcher)


@dataclass
class CompiledKB:
    kb: KnowledgeBase
    indicators: dict[str, Indicator]
    _matchers: dict[str, Matcher] = field(default_factory=dict)
    _across: dict[str, tuple[Matcher, frozenset[str]]] = field(default_factory=dict)
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

    def across_matcher(self, lang: str) -> tuple[Matcher, frozenset[str]]:
        """The ``benign_across`` patterns compiled as ``benign`` cues, and the indicators they
        could explain away: those with a pattern whose every required slot shares a word stem
        (the first four letters, so an inflected form counts too) with these patterns. A
        generous look; the exact check runs on the words of the text."""
        found = self._across.get(lang)
        if found is not None:
            return found
        with self._lock:
            found = self._across.get(lang)
            if found is None:
                patterns = self.kb.lexicon.get(BENIGN_ACROSS)
                sources = patterns.get(lang) if patterns else ()
                matcher = compile_matcher(lang, [(LEXICON_PREFIX + "benign", p) for p in sources])
                stems = {
                    stem for source in sources for slot in _stem_slots(source) for stem in slot
                }
                owners = frozenset(
                    INDICATOR_PREFIX + indicator.id
                    for indicator in self.kb.indicators
                    if any(
                        all(not stems.isdisjoint(slot) for slot in _stem_slots(source))
                        for source in indicator.patterns.get(lang)
                    )
                )
                found = (matcher, owners)
                self._across[lang] = found
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


def _stem_slots(source: str) -> list[set[str]]:
    """The required slots of a pattern as sets of word stems (first four letters; "" stands for
    a number); an invalid pattern has none."""
    try:
        slots = parse_pattern(source)
    except PatternError:
        return []
    return [{value[:4] for _, value in terms} for optional, terms in slots if not optional]


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
