"""Pattern compiler and matcher (syntax: ``knowledge/data/README.md``).

Patterns are compiled once per knowledge base and language into an index keyed by word, lemma,
prefix and suffix. Matching a text is then: look up each distinct word once (cached), collect the
patterns whose anchor term occurs, and check term order and gaps with a linear dynamic programme.
No regular expressions are built from data, so no input can trigger catastrophic backtracking.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from signaalwijzer.engine.text import Doc, function_words, lemma, normalise_word

MAX_GAP = 4  # other words allowed between two consecutive terms
TYPO_MIN_LEN = 8  # words this long also match with one typo (same first two letters)
MAX_MATCHES_PER_PATTERN = 20
MAX_WORD_LEN = 40


class PatternError(ValueError):
    """A pattern that does not follow the syntax; the message says what is wrong."""


@dataclass(frozen=True, slots=True)
class Slot:
    terms: frozenset[int]
    optional: bool


@dataclass(frozen=True, slots=True)
class Pattern:
    owner: str
    source: str
    slots: tuple[Slot, ...]


class Match(NamedTuple):
    owner: str
    pattern: int
    start: int  # token index of the first matched term
    end: int  # token index of the last matched term
    positions: tuple[int, ...]


def _parse_term(raw: str) -> tuple[str, str]:
    """(kind, value) for one alternative: exact, prefix, suffix, infix or number."""
    if raw == "#":
        return ("number", "")
    star_start = raw.startswith("*")
    star_end = raw.endswith("*") and len(raw) > 1
    core = raw[1 if star_start else 0 : len(raw) - 1 if star_end else len(raw)]
    if not core or "*" in core:
        raise PatternError(f"bad term {raw!r}: '*' only at the start and/or end of a word")
    word = normalise_word(core)
    if not all(c.isalnum() for c in word):
        raise PatternError(f"bad term {raw!r}: only letters and digits inside a word")
    if star_start and star_end:
        return ("infix", word)
    if star_start:
        return ("suffix", word)
    if star_end:
        return ("prefix", word)
    return ("exact", word)


def parse_pattern(source: str) -> list[tuple[bool, list[tuple[str, str]]]]:
    """Split a pattern into slots of alternatives; raises PatternError on bad syntax."""
    items = source.split()
    if not items:
        raise PatternError("empty pattern")
    slots: list[tuple[bool, list[tuple[str, str]]]] = []
    for item in items:
        optional = item.startswith("[") and item.endswith("]")
        body = item[1:-1] if optional else item
        if "[" in body or "]" in body:
            raise PatternError(f"bad brackets in {item!r}")
        alternatives = body.split("|")
        if any(not a for a in alternatives):
            raise PatternError(f"empty alternative in {item!r}")
        slots.append((optional, [_parse_term(a) for a in alternatives]))
    if all(optional for optional, _ in slots):
        raise PatternError("a pattern needs at least one term that is not optional")
    return slots


def check_pattern(source: str) -> str | None:
    """None when the pattern is valid, else a readable message (for ``kb validate``)."""
    try:
        parse_pattern(source)
    except PatternError as error:
        return str(error)
    return None


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _within_one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance <= 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if la < lb else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


@dataclass
class Matcher:
    """All patterns of one language, compiled into lookup tables."""

    lang: str
    patterns: list[Pattern] = field(default_factory=list)
    _terms: dict[tuple[str, str], int] = field(default_factory=dict)
    _exact: dict[str, set[int]] = field(default_factory=dict)
    _prefix: dict[str, set[int]] = field(default_factory=dict)
    _suffix: dict[str, set[int]] = field(default_factory=dict)
    _infix: list[tuple[str, int]] = field(default_factory=list)
    _term_lengths: list[int] = field(default_factory=list)
    _typo: dict[str, set[tuple[str, int]]] = field(default_factory=dict)
    _number: int | None = None
    # term id -> patterns whose anchor slot (the required slot with the least common words,
    # judged by length) it fills; the other required slots are checked before any matching.
    _anchor: dict[int, list[int]] = field(default_factory=dict)
    _others_masks: list[tuple[int, ...]] = field(default_factory=list)

    def add(self, owner: str, source: str) -> None:
        slots = []
        for optional, alternatives in parse_pattern(source):
            slots.append(Slot(frozenset(self._term_id(k, v) for k, v in alternatives), optional))
        # Optional terms are compiled away: one all-required variant per choice (at most 2^k).
        variants: list[list[Slot]] = [[]]
        for slot in slots:
            plain = Slot(slot.terms, False)
            if slot.optional:
                variants = [v + [plain] for v in variants] + variants
            else:
                variants = [v + [plain] for v in variants]
        for variant in variants:
            if variant:
                self.patterns.append(Pattern(owner=owner, source=source, slots=tuple(variant)))

    def _choose_anchors(self) -> None:
        """Each pattern is looked at only when its anchor term occurs in the text: the required
        slot without function words or numbers ("en", "the", "12") whose words the patterns use
        least (a word many patterns need, like "moet" or "have", is common in texts too), then
        the one with the longest shortest word."""
        common = function_words(self.lang)
        frequent = {tid for (kind, value), tid in self._terms.items() if kind == "number"}
        frequent.update(tid for (kind, value), tid in self._terms.items() if value in common)
        uses: dict[int, int] = {}
        for pattern in self.patterns:
            for slot in pattern.slots:
                for term in slot.terms:
                    uses[term] = uses.get(term, 0) + 1

        def cost(slot: Slot) -> tuple[bool, int, int]:
            return (
                not frequent.isdisjoint(slot.terms),
                sum(uses[t] for t in slot.terms),
                -self._rarity(slot),
            )

        for index, pattern in enumerate(self.patterns):
            required = [s for s in pattern.slots if not s.optional]
            anchor = min(required, key=cost)
            self._others_masks.append(
                tuple(sum(1 << t for t in s.terms) for s in required if s is not anchor)
            )
            for term in anchor.terms:
                self._anchor.setdefault(term, []).append(index)

    def _rarity(self, slot: Slot) -> int:
        """Longer words are rarer: the length of the slot's shortest alternative."""
        return min(self._term_lengths[tid] for tid in slot.terms)

    def _term_id(self, kind: str, value: str) -> int:
        key = (kind, value)
        existing = self._terms.get(key)
        if existing is not None:
            return existing
        tid = len(self._terms)
        self._terms[key] = tid
        self._term_lengths.append(len(value) if kind != "number" else 2)
        if kind == "exact":
            # The word itself or any word whose lemma it is; the pattern word is not lemmatised,
            # so "was" does not match every form of "zijn"/"be".
            self._exact.setdefault(value, set()).add(tid)
            if len(value) >= TYPO_MIN_LEN and value.isalpha():
                for variant in _deletes(value) | {value}:
                    self._typo.setdefault(variant, set()).add((value, tid))
        elif kind == "prefix":
            self._prefix.setdefault(value, set()).add(tid)
        elif kind == "suffix":
            self._suffix.setdefault(value, set()).add(tid)
        elif kind == "infix":
            self._infix.append((value, tid))
        else:
            self._number = tid
        return tid

    def finish(self) -> None:
        """Choose the anchors and freeze the tables; word lookups are cached from here on."""
        self._choose_anchors()
        self.word_terms = lru_cache(maxsize=100_000)(self._word_terms)
        self.word_mask = lru_cache(maxsize=100_000)(self._word_mask)

    def _word_terms(self, word: str) -> frozenset[int]:
        if len(word) > MAX_WORD_LEN:  # not a word anyone types; keeps hostile input cheap
            return frozenset()
        found: set[int] = set()
        forms = {word, lemma(word, self.lang)}
        for form in forms:
            hit = self._exact.get(form)
            if hit:
                found |= hit
            for k in range(1, len(form) + 1):
                hit = self._prefix.get(form[:k])
                if hit:
                    found |= hit
                hit = self._suffix.get(form[-k:])
                if hit:
                    found |= hit
            for sub, tid in self._infix:
                if sub in form:
                    found.add(tid)
        if self._number is not None and word.isdigit():
            found.add(self._number)
        if len(word) >= TYPO_MIN_LEN - 1 and word.isalpha():
            for variant in _deletes(word) | {word}:
                for value, tid in self._typo.get(variant, ()):
                    if tid not in found and value[:2] == word[:2] and _within_one_edit(value, word):
                        found.add(tid)
        return frozenset(found)

    def _word_mask(self, word: str) -> int:
        """The terms a word fills, as bits: sentences are compared with whole patterns in C."""
        mask = 0
        for tid in self.word_terms(word):
            mask |= 1 << tid
        return mask

    def match(self, doc: Doc) -> list[Match]:
        tokens = doc.tokens
        if not tokens:
            return []
        lookup = self.word_terms
        word_mask = self.word_mask
        by_term: dict[int, list[int]] = {}
        sentence_masks: dict[int, int] = {}
        sentences = [t.sentence for t in tokens]
        for pos, token in enumerate(tokens):
            terms = lookup(token.norm)
            if terms:
                for tid in terms:
                    by_term.setdefault(tid, []).append(pos)
                sentence = token.sentence
                sentence_masks[sentence] = sentence_masks.get(sentence, 0) | word_mask(token.norm)
        # A pattern can only match inside one sentence: keep those whose anchor term stands in a
        # sentence that also holds a term of every other required slot.
        anchor = self._anchor
        others = self._others_masks
        candidates: set[int] = set()
        for tid, where in by_term.items():
            hit = anchor.get(tid)
            if not hit:
                continue
            if len(where) == 1:  # most words occur once
                masks = [sentence_masks[sentences[where[0]]]]
            else:
                masks = [sentence_masks[s] for s in {sentences[p] for p in where}]
            for index in hit:
                required = others[index]
                for present in masks:
                    for mask in required:
                        if not mask & present:
                            break
                    else:
                        candidates.add(index)
                        break
        memo: dict[frozenset[int], list[int]] = {}
        out: list[Match] = []
        patterns = self.patterns
        for index in sorted(candidates):
            pattern = patterns[index]
            slots = pattern.slots
            if len(slots) == 1:  # one word: its positions are the matches
                terms = slots[0].terms
                if len(terms) == 1:
                    (tid,) = terms
                    positions = by_term[tid]
                else:
                    positions = sorted({p for t in terms if t in by_term for p in by_term[t]})
                out.extend(
                    Match(pattern.owner, index, p, p, (p,))
                    for p in positions[:MAX_MATCHES_PER_PATTERN]
                )
                continue
            out.extend(self._match_chain(index, by_term, sentences, memo))
        return out

    def _positions(
        self,
        terms: frozenset[int],
        by_term: dict[int, list[int]],
        memo: dict[frozenset[int], list[int]],
    ) -> list[int]:
        # Many patterns share a slot ("laat|liet"): its positions are worked out once per text.
        found = memo.get(terms)
        if found is None:
            present = terms & by_term.keys()  # in C; mostly one alternative or none occurs
            if len(present) == 1:
                found = by_term[next(iter(present))]
            else:
                found = sorted({p for t in present for p in by_term[t]})
            memo[terms] = found
        return found

    def _match_chain(
        self,
        index: int,
        by_term: dict[int, list[int]],
        sentences: Sequence[int],
        memo: dict[frozenset[int], list[int]],
    ) -> list[Match]:
        """All terms required, in order: link each position to the nearest earlier end of the
        previous terms within the gap and the sentence. Linear in the number of positions."""
        pattern = self.patterns[index]
        slots = pattern.slots
        ends = self._positions(slots[0].terms, by_term, memo)
        limit = MAX_GAP + 1
        if len(slots) == 2:  # the most common chain: no links to keep
            pairs: list[Match] = []
            for p in self._positions(slots[1].terms, by_term, memo):
                i = bisect_left(ends, p) - 1
                if i >= 0:
                    e = ends[i]
                    if p - e <= limit and sentences[e] == sentences[p]:
                        pairs.append(Match(pattern.owner, index, e, p, (e, p)))
                        if len(pairs) == MAX_MATCHES_PER_PATTERN:
                            break
            return pairs
        # Per slot the positions that end a chain so far, and for each the index of the end of
        # the previous slot it continues; tuples are built only for the matches returned.
        levels: list[list[int]] = [ends]
        links: list[list[int]] = []
        for slot in slots[1:]:
            positions = self._positions(slot.terms, by_term, memo)
            new_ends: list[int] = []
            back: list[int] = []
            for p in positions:
                i = bisect_left(ends, p) - 1
                if i >= 0:
                    e = ends[i]
                    if p - e <= limit and sentences[e] == sentences[p]:
                        new_ends.append(p)
                        back.append(i)
            if not new_ends:
                return []
            links.append(back)
            levels.append(new_ends)
            ends = new_ends
        owner = pattern.owner
        out: list[Match] = []
        for j in range(min(len(ends), MAX_MATCHES_PER_PATTERN)):
            chain = [ends[j]]
            k = j
            for level in range(len(links) - 1, -1, -1):
                k = links[level][k]
                chain.append(levels[level][k])
            chain.reverse()
            out.append(Match(owner, index, chain[0], chain[-1], tuple(chain)))
        return out


def compile_matcher(lang: str, owned_patterns: Iterable[tuple[str, str]]) -> Matcher:
    """Build a matcher from (owner, pattern) pairs; invalid patterns are left out."""
    matcher = Matcher(lang=lang)
    for owner, source in owned_patterns:
        try:
            matcher.add(owner, source)
        except PatternError:
            # `kb validate` and the lexicon test report it; one bad cue must not stop a check.
            continue
    matcher.finish()
    return matcher
