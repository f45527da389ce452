"""A small learned second opinion on top of the rules: which forms, and is it acute?

Why: the pattern rules explain well but miss many ways people describe the same thing; on texts
written by people who did not write the patterns they found too few forms and too little acute
danger. A logistic-regression model per form (and one for acute danger) reads the words and the
signals the rules found, and is trained only on cases the project wrote itself (``eval/cases/``,
``scripts/train_learned_model.py``), never on the development or research cases.

It never overrules the explanation: it may add a form only when the rules found at least one
signal that points to that form (so the result still shows why) and the text denies no signal
(any added word shifts the probabilities, and a denial must never make a result look worse);
it never removes what the rules found; it may raise acute danger (never lower it), citing the
words that weighed most. Deterministic: fixed weights in ``engine/data/learned_model.json``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "data" / "learned_model.json"
ACUTE = "acute"

_WORD = re.compile(r"[a-zà-öø-ÿ]+", re.IGNORECASE)
WORD_PREFIX = 6
BIGRAM_PREFIX = 5
MIN_WORD = 3


@dataclass(frozen=True, slots=True)
class LinearModel:
    bias: float
    weights: dict[str, float]
    vocabulary: frozenset[str] = frozenset()

    @classmethod
    def of(cls, bias: float, weights: dict[str, float]) -> LinearModel:
        return cls(bias=bias, weights=weights, vocabulary=frozenset(weights))

    def probability(self, features: set[str] | frozenset[str]) -> float:
        # Intersect first (in C): a text has a few hundred features, few of them weighted.
        known = features & self.vocabulary
        z = self.bias + sum(map(self.weights.__getitem__, known))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True, slots=True)
class LearnedModel:
    version: str
    forms: dict[str, LinearModel]
    acute: LinearModel
    form_add: float
    acute_add: float


@dataclass(frozen=True, slots=True)
class Judgement:
    form_probability: dict[str, float]
    acute_probability: float


_SENTENCE = re.compile(r"[^.!?;\n]+")


def _sentence_words(text: str) -> list[list[tuple[str, int, int]]]:
    """Per sentence: its lower-cased words with offsets in ``text``; one pass over the text."""
    sentences = []
    for sentence in _SENTENCE.finditer(text):
        base = sentence.start()
        words = [
            (m.group().lower(), base + m.start(), base + m.end())
            for m in _WORD.finditer(sentence.group())
        ]
        sentences.append(words)
    return sentences


def text_words(text: str) -> list[tuple[str, int, int]]:
    """Lower-cased words with their offsets in ``text`` itself (evidence must point there)."""
    return [word for words in _sentence_words(text) for word in words]


def affirmed_words(text: str, negations: frozenset[str]) -> list[str]:
    """The words of the sentences that deny nothing: a denial is never evidence for a form."""
    return _affirmed(_sentence_words(text), negations)


def _affirmed(sentences: list[list[tuple[str, int, int]]], negations: frozenset[str]) -> list[str]:
    kept: list[str] = []
    for words in sentences:
        found = [w for w, _, _ in words]
        if negations.isdisjoint(found):
            kept.extend(found)
    return kept


def features(
    words: Iterable[str], *, signal_ids: Iterable[str], form_ids: Iterable[str], acute: bool = False
) -> set[str]:
    """The same features at training and at run time: word stems, stem pairs, rule findings."""
    tokens = list(words)
    found = {"w:" + w[:WORD_PREFIX] for w in tokens if len(w) >= MIN_WORD}
    found.update(
        "b:" + a[:BIGRAM_PREFIX] + "_" + b[:BIGRAM_PREFIX]
        for a, b in zip(tokens, tokens[1:], strict=False)
    )
    found.update("s:" + s for s in signal_ids)
    found.update("f:" + f for f in form_ids)
    if acute:
        found.add("acute:rules")
    return found


_chosen_path: list[Path] = []


def use_model(path: Path) -> None:
    """Use other weights in this process (evaluation of a model trained without some cases)."""
    _chosen_path[:] = [path]


def load_model(path: Path | None = None) -> LearnedModel | None:
    """The shipped weights (read on first use, not at import); None when the file is absent."""
    return _read_model(path or (_chosen_path[0] if _chosen_path else MODEL_PATH))


@cache
def _read_model(path: Path) -> LearnedModel | None:
    if not path.is_file():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))

    def linear(entry: dict[str, object]) -> LinearModel:
        weights = entry["weights"]
        assert isinstance(weights, dict)
        return LinearModel.of(float(str(entry["bias"])), dict(weights))

    thresholds = raw["thresholds"]
    return LearnedModel(
        version=str(raw["version"]),
        forms={form: linear(entry) for form, entry in raw["forms"].items()},
        acute=linear(raw[ACUTE]),
        form_add=float(thresholds["form_add"]),
        acute_add=float(thresholds["acute_add"]),
    )


def judge(
    model: LearnedModel,
    text: str,
    *,
    negations: frozenset[str],
    signal_ids: Iterable[str],
    form_ids: Iterable[str],
    acute: bool,
) -> Judgement:
    """Forms from the affirmed sentences, acute danger from all words, both with the rules."""
    signal_ids, form_ids = tuple(signal_ids), tuple(form_ids)
    sentences = _sentence_words(text)
    form_features = features(
        _affirmed(sentences, negations), signal_ids=signal_ids, form_ids=form_ids
    )
    acute_features = features(
        (w for words in sentences for w, _, _ in words),
        signal_ids=signal_ids,
        form_ids=form_ids,
        acute=acute,
    )
    return Judgement(
        form_probability={
            form: linear.probability(form_features) for form, linear in model.forms.items()
        },
        acute_probability=model.acute.probability(acute_features),
    )


def acute_words(text: str, model: LearnedModel, limit: int = 3) -> tuple[tuple[int, int], ...]:
    """Where the words that pushed most towards 'acute' stand in the text (first occurrence)."""
    weights = model.acute.weights
    first: dict[str, tuple[int, int]] = {}
    for word, start, end in text_words(text):
        if len(word) >= MIN_WORD:
            first.setdefault("w:" + word[:WORD_PREFIX], (start, end))
    ranked = sorted(
        (f for f in first if weights.get(f, 0.0) > 0),
        key=lambda f: (-weights[f], first[f]),
    )
    return tuple(sorted(first[f] for f in ranked[:limit]))
