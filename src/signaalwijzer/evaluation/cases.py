"""Labelled cases and predictions as typed records, read from JSON lines.

Two gold formats are understood: the project's own (``shared/eval/GUIDELINES.md``: id, lang, text,
forms, acute, anonymous, perspective, primary) and the US federal research summaries (``summary``
plus a heuristic ``form_derived`` label), which carry no acute or routing labels.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from signaalwijzer.knowledge.model import CHANNEL_IDS, FORM_IDS

GoldFormat = Literal["dev", "us-federal"]
Split = Literal["all", "heldout", "tuning"]

CONFIDENCE_LEVELS: tuple[str, ...] = ("low", "medium", "high")
US_FEDERAL_FORMS: dict[str, tuple[str, ...]] = {
    "sexual": ("sexual_exploitation",),
    "labour": ("labour_exploitation",),
    "labor": ("labour_exploitation",),
    "labour+sexual": ("sexual_exploitation", "labour_exploitation"),
    "labor+sexual": ("sexual_exploitation", "labour_exploitation"),
}
HELDOUT_EVERY = 3

_TRAILING_NUMBER = re.compile(r"(\d+)$")


class EvaluationError(ValueError):
    """Input the evaluation cannot use; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class GoldCase:
    """One labelled case. ``acute`` is None when the source has no acute label."""

    id: str
    lang: str
    text: str
    forms: tuple[str, ...]
    acute: bool | None
    anonymous: bool
    perspective: str
    primary: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Prediction:
    id: str
    forms: tuple[str, ...]
    acute: bool
    channels: tuple[str, ...]
    signals: tuple[str, ...] = ()


def _lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise EvaluationError(f"cannot read {path}: {error.strerror}") from error
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as error:
            raise EvaluationError(f"{path}:{number}: not valid UTF-8") from error
        except json.JSONDecodeError as error:
            raise EvaluationError(f"{path}:{number}: not valid JSON ({error.msg})") from error
        if not isinstance(item, dict):
            raise EvaluationError(f"{path}:{number}: expected a JSON object")
        yield number, item


def _str_list(value: object, where: str, field: str, allowed: Iterable[str]) -> tuple[str, ...]:
    known = set(allowed)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise EvaluationError(f"{where}: '{field}' must be a list of strings")
    unknown = [v for v in value if v not in known]
    if unknown:
        raise EvaluationError(f"{where}: '{field}' has unknown id(s): {', '.join(unknown)}")
    return tuple(value)


def detect_format(path: Path) -> GoldFormat:
    """``us-federal`` when the first record has a summary and form_derived, else ``dev``."""
    for _, item in _lines(path):
        if "summary" in item and "form_derived" in item:
            return "us-federal"
        return "dev"
    raise EvaluationError(f"{path}: no cases")


def _dev_case(item: dict[str, Any], where: str) -> GoldCase:
    for field in ("id", "text", "forms", "acute", "primary"):
        if field not in item:
            raise EvaluationError(f"{where}: missing field '{field}'")
    case_id, text, acute = item["id"], item["text"], item["acute"]
    if not isinstance(case_id, str) or not case_id:
        raise EvaluationError(f"{where}: 'id' must be a non-empty string")
    if not isinstance(text, str):
        raise EvaluationError(f"{where}: 'text' must be a string")
    if acute is not None and not isinstance(acute, bool):
        raise EvaluationError(f"{where}: 'acute' must be true, false or null")
    return GoldCase(
        id=case_id,
        lang=str(item.get("lang") or "und"),
        text=text,
        forms=_str_list(item["forms"], where, "forms", FORM_IDS),
        acute=acute,
        anonymous=bool(item.get("anonymous", False)),
        perspective=str(item.get("perspective") or "bystander"),
        primary=_str_list(item["primary"], where, "primary", CHANNEL_IDS),
    )


def _us_federal_case(item: dict[str, Any], where: str, min_confidence: str) -> GoldCase | None:
    label = item.get("form_derived")
    forms = US_FEDERAL_FORMS.get(str(label))
    if forms is None:
        return None  # "unknown": no usable label
    confidence = str(item.get("label_confidence") or "low")
    rank = CONFIDENCE_LEVELS.index(confidence) if confidence in CONFIDENCE_LEVELS else -1
    if rank < CONFIDENCE_LEVELS.index(min_confidence):
        return None
    summary = item.get("summary")
    if summary is None or summary == "":
        return None  # a few records have no summary: nothing to assess
    if not isinstance(summary, str):
        raise EvaluationError(f"{where}: 'summary' must be a string")
    case_id = item.get("case_id")
    if case_id is None:
        raise EvaluationError(f"{where}: missing field 'case_id'")
    return GoldCase(
        id=f"us{case_id}",
        lang="en",
        text=summary,
        forms=forms,
        acute=None,
        anonymous=False,
        perspective="professional",
        primary=(),
    )


def read_gold(
    path: Path,
    *,
    format: GoldFormat | None = None,
    min_confidence: str = "low",
) -> tuple[list[GoldCase], int]:
    """The usable cases and how many records were skipped (no summary, unknown or
    low-confidence label)."""
    if min_confidence not in CONFIDENCE_LEVELS:
        raise EvaluationError(f"min confidence must be one of {', '.join(CONFIDENCE_LEVELS)}")
    kind = format or detect_format(path)
    cases: list[GoldCase] = []
    seen: set[str] = set()
    skipped = 0
    for number, item in _lines(path):
        where = f"{path}:{number}"
        case = (
            _us_federal_case(item, where, min_confidence)
            if kind == "us-federal"
            else _dev_case(item, where)
        )
        if case is None:
            skipped += 1
            continue
        if case.id in seen:
            raise EvaluationError(f"{where}: duplicate id {case.id!r}")
        seen.add(case.id)
        cases.append(case)
    if not cases:
        raise EvaluationError(f"{path}: no usable cases")
    return cases, skipped


def read_predictions(path: Path) -> dict[str, Prediction]:
    """Batch output of ``signaalwijzer assess --jsonl``; an error line predicts nothing."""
    predictions: dict[str, Prediction] = {}
    for number, item in _lines(path):
        where = f"{path}:{number}"
        case_id = item.get("id")
        if not isinstance(case_id, str):
            raise EvaluationError(f"{where}: 'id' must be a string")
        if "error" in item:
            # score.py counts an error line as a prediction with nothing in it, not as missing.
            predictions[case_id] = Prediction(id=case_id, forms=(), acute=False, channels=())
            continue
        predictions[case_id] = Prediction(
            id=case_id,
            forms=_str_list(item.get("forms") or [], where, "forms", FORM_IDS),
            acute=bool(item.get("acute")),
            channels=_str_list(item.get("channels") or [], where, "channels", CHANNEL_IDS),
            signals=tuple(str(s) for s in item.get("signals") or []),
        )
    return predictions


def case_number(case_id: str) -> int | None:
    found = _TRAILING_NUMBER.search(case_id)
    return int(found.group(1)) if found else None


def in_split(case_id: str, split: Split) -> bool:
    """Held-out = ids whose number is divisible by 3 (d003, d006, ...): never tune on those."""
    if split == "all":
        return True
    number = case_number(case_id)
    if number is None:
        raise EvaluationError(f"case id {case_id!r} has no number, so it has no split")
    heldout = number % HELDOUT_EVERY == 0
    return heldout if split == "heldout" else not heldout
