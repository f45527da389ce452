"""A small learned second opinion on top of the rules: which forms, and is it acute?

Why: the pattern rules explain well but miss many ways people describe the same thing; on texts
written by people who did not write the patterns they found too few forms and too little acute
danger. A logistic-regression model per form (and one for acute danger) reads the words and what
the rules found (forms, signals, acute or not), and is trained only on cases the project wrote
itself (``eval/cases/``, ``scripts/train_learned_model.py``), never on the development or
research cases.

It never hides the explanation. It may add a form when the rules found a signal that points to
it, or, far more sure, from the words alone, citing the words that weighed most; never where a
benign fact explained a signal away, and for the forms it reads each sentence only up to its
first denial (a denial must never make a result look worse). It may set aside a form the rules
found when it finds that form very unlikely (the signals stay in the result, with a note); never
one the visitor chose, sexual exploitation of a minor, or a form resting on signals the model may
not overrule (``assess._protected_forms``, ``assess._second_opinion_on_forms``). It may raise
acute danger, never lower it.
Deterministic: fixed weights in ``engine/data/learned_model.json``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from sys import intern

MODEL_PATH = Path(__file__).resolve().parent / "data" / "learned_model.json"
ACUTE = "acute"

_LETTERS = "a-zà-öø-ÿ"
_WORD = re.compile(f"[{_LETTERS}]+", re.IGNORECASE)
_LOWER_WORD = re.compile(f"[{_LETTERS}]+")  # the same words in lower-cased text, found faster
WORD_PREFIX = 6
BIGRAM_PREFIX = 5
MIN_WORD = 3
WORD_KEY = "w:"
PAIR_KEY = "b:"
SIGNAL_PREFIX = "s:"


@dataclass(frozen=True, slots=True)
class TextFeatures:
    """The features of :func:`features` in a form that is cheap to build per text: word stems,
    stem pairs as tuples (no string per pair), and the rule findings as strings."""

    stems: set[str]
    pairs: set[tuple[str, str]]
    rules: set[str]


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Weights split by kind of feature, so that :meth:`score` needs no string per feature.
    Stems are interned: the ~60,000 weights share a few thousand stems (peak memory)."""

    bias: float
    stem_weights: dict[str, float] = field(default_factory=dict)
    pair_weights: dict[tuple[str, str], float] = field(default_factory=dict)
    rule_weights: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, bias: float, weights: dict[str, float]) -> LinearModel:
        stems: dict[str, float] = {}
        pairs: dict[tuple[str, str], float] = {}
        rules: dict[str, float] = {}
        for name, weight in weights.items():
            kind, key = split_feature(name)
            if kind == WORD_KEY:
                stems[intern(key[0])] = weight
            elif kind == PAIR_KEY:
                pairs[(intern(key[0]), intern(key[1]))] = weight
            else:
                rules[name] = weight
        return cls(bias=bias, stem_weights=stems, pair_weights=pairs, rule_weights=rules)

    def probability(self, features: set[str] | frozenset[str]) -> float:
        """The same as :meth:`score`, from feature strings (training and tests)."""
        z = self.bias
        for name in features:
            kind, key = split_feature(name)
            if kind == WORD_KEY:
                z += self.stem_weights.get(key[0], 0.0)
            elif kind == PAIR_KEY:
                z += self.pair_weights.get((key[0], key[1]), 0.0)
            else:
                z += self.rule_weights.get(name, 0.0)
        return _sigmoid(z)

    def score(self, found: TextFeatures) -> float:
        """:meth:`probability` of the same features, read from a :class:`TextFeatures`."""
        z = self.bias
        z += sum(map(self.stem_weights.__getitem__, found.stems & self.stem_weights.keys()))
        z += sum(map(self.pair_weights.__getitem__, found.pairs & self.pair_weights.keys()))
        z += sum(map(self.rule_weights.__getitem__, found.rules & self.rule_weights.keys()))
        return _sigmoid(z)


def split_feature(name: str) -> tuple[str, tuple[str, ...]]:
    """("w:", (stem,)), ("b:", (first, second)) or ("", ()) for a rule finding."""
    if name.startswith(WORD_KEY):
        return WORD_KEY, (name.removeprefix(WORD_KEY),)
    if name.startswith(PAIR_KEY) and name.count("_") == 1:
        first, second = name.removeprefix(PAIR_KEY).split("_")
        return PAIR_KEY, (first, second)
    return "", ()


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True, slots=True)
class LearnedModel:
    version: str
    forms: dict[str, LinearModel]
    acute: LinearModel
    form_add: float
    acute_add: float
    # A form may also come from the words alone, far above form_add (absent: never).
    form_add_words: float = 1.0
    # A form the rules found is set aside below this (absent: never).
    form_drop: float = 0.0
    # Acute danger from a cue of "now" alone, without other signs of danger (absent: never).
    acute_sure: float = 1.0


@dataclass(frozen=True, slots=True)
class Judgement:
    form_probability: dict[str, float]
    acute_probability: float
    affirmed_words: int = 0


_SENTENCE = re.compile(r"[^.!?;\n]+")


def text_words(text: str) -> list[tuple[str, int, int]]:
    """Lower-cased words with their offsets in ``text`` itself (evidence must point there)."""
    return [
        (m.group().lower(), sentence.start() + m.start(), sentence.start() + m.end())
        for sentence in _SENTENCE.finditer(text)
        for m in _WORD.finditer(sentence.group())
    ]


# A new sentence also starts where a capital follows a small letter ("lol ok Niemand neemt ..."),
# and a clause at a comma or a joining word: a denial reaches the rest of its sentence, from the
# start of its own clause.
_RUN_ON = re.compile(r"(?<=[a-zà-öø-ÿ0-9]) +(?=[A-ZÀ-ÖØ-Þ])")
_CLAUSE = re.compile(
    r",|\b(?:en|maar|want|omdat|dus|terwijl|and|but|because|so|while)\b", re.IGNORECASE
)


def affirmed_words(text: str, negations: frozenset[str]) -> list[str]:
    """The words no denial reaches: a denial is never evidence for a form.

    Each sentence counts up to the clause with its first denial ("hij werkt 14 uur per dag, en
    krijgt geen loon" keeps "hij werkt 14 uur per dag"). A denial added to a text, with or
    without a full stop, leaves the words of the text as they were."""
    find = _LOWER_WORD.findall
    kept: list[str] = []
    for sentence in _SENTENCE.findall(text):
        for part in _RUN_ON.split(sentence):
            for clause in _CLAUSE.split(part.lower()):
                words = find(clause)
                if not negations.isdisjoint(words):
                    break
                kept.extend(words)
    return kept


def _word_features(tokens: list[str]) -> set[str]:
    """Word stems and stem pairs: the text part of the features (training and tests)."""
    found = {WORD_KEY + w[:WORD_PREFIX] for w in tokens if len(w) >= MIN_WORD}
    stems = [w[:BIGRAM_PREFIX] for w in tokens]
    found.update(PAIR_KEY + a + "_" + b for a, b in zip(stems, stems[1:], strict=False))
    return found


def text_features(tokens: list[str], rules: set[str]) -> TextFeatures:
    """What :func:`_word_features` gives, plus ``rules``, built without a string per feature."""
    short = [w[:BIGRAM_PREFIX] for w in tokens]
    return TextFeatures(
        stems={w[:WORD_PREFIX] for w in tokens if len(w) >= MIN_WORD},
        pairs=set(zip(short, short[1:], strict=False)),
        rules=rules,
    )


def rule_features(
    form_ids: Iterable[str],
    *,
    signal_ids: Iterable[str] = (),
    pointed: Iterable[str] = (),
    acute: bool = False,
) -> set[str]:
    """What the rules found: the forms, the signals (weighing little, see the training script:
    the patterns were tuned on the very cases the model learns from), and for acute danger also
    which forms the signals point to (once, and twice or more) and whether the rules saw danger."""
    found = {"f:" + f for f in form_ids}
    found.update(SIGNAL_PREFIX + i for i in signal_ids)
    counts: dict[str, int] = {}
    for form in pointed:
        counts[form] = counts.get(form, 0) + 1
    found.update("p:" + f for f in counts)
    found.update("p2:" + f for f, n in counts.items() if n >= 2)
    if acute:
        found.add("acute:rules")
    return found


def features(
    words: Iterable[str],
    *,
    form_ids: Iterable[str],
    signal_ids: Iterable[str] = (),
    pointed: Iterable[str] = (),
    acute: bool = False,
) -> set[str]:
    """The same features at training and at run time: word stems, stem pairs, rule findings."""
    return _word_features(list(words)) | rule_features(
        form_ids, signal_ids=signal_ids, pointed=pointed, acute=acute
    )


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
        return LinearModel.of(float(str(entry["bias"])), weights)

    thresholds = raw["thresholds"]
    return LearnedModel(
        version=str(raw["version"]),
        forms={form: linear(entry) for form, entry in raw["forms"].items()},
        acute=linear(raw[ACUTE]),
        form_add=float(thresholds["form_add"]),
        acute_add=float(thresholds["acute_add"]),
        form_add_words=float(thresholds.get("form_add_words", 1.0)),
        form_drop=float(thresholds.get("form_drop", 0.0)),
        acute_sure=float(thresholds.get("acute_sure", 1.0)),
    )


def judge(
    model: LearnedModel,
    text: str,
    *,
    negations: frozenset[str],
    form_ids: Iterable[str],
    signal_ids: Iterable[str] = (),
    pointed: Iterable[str] = (),
    acute: bool,
) -> Judgement:
    """Forms from the affirmed sentences, acute danger from all words, both with the rules."""
    every_word = _LOWER_WORD.findall(text.lower())  # no word holds a sentence end
    affirmed = affirmed_words(text, negations)
    signal_ids = list(signal_ids)
    rules = rule_features(form_ids, signal_ids=signal_ids)
    acute_rules = rule_features(form_ids, signal_ids=signal_ids, pointed=pointed, acute=acute)
    acute_features = text_features(every_word, acute_rules)
    # The forms read the affirmed words; they are rarely all words (the joining words that end
    # a clause are left out too), so they are always read on their own.
    form_features = text_features(affirmed, rules)
    return Judgement(
        form_probability={
            form: linear.score(form_features) for form, linear in model.forms.items()
        },
        acute_probability=model.acute.score(acute_features),
        affirmed_words=len(affirmed),
    )


def acute_words(text: str, model: LearnedModel, limit: int = 3) -> tuple[tuple[int, int], ...]:
    """Where the words that pushed most towards 'acute' stand in the text (first occurrence)."""
    return weighty_words(text, model.acute, limit)


def weighty_words(text: str, linear: LinearModel, limit: int = 3) -> tuple[tuple[int, int], ...]:
    """Where the words that pushed one opinion most stand in the text (first occurrence each)."""
    weights = linear.stem_weights
    first: dict[str, tuple[int, int]] = {}
    for word, start, end in text_words(text):
        if len(word) >= MIN_WORD:
            first.setdefault(word[:WORD_PREFIX], (start, end))
    ranked = sorted(
        (f for f in first if weights.get(f, 0.0) > 0),
        key=lambda f: (-weights[f], first[f]),
    )
    return tuple(sorted(first[f] for f in ranked[:limit]))
