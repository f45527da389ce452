"""Run the engine over labelled cases and put the figures and the misses into one report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from signaalwijzer.engine import assess
from signaalwijzer.evaluation.cases import GoldCase, Prediction
from signaalwijzer.evaluation.metrics import (
    GroupScore,
    acute_ok,
    exact_ok,
    route_ok,
    score_by_language,
)
from signaalwijzer.knowledge.model import FORM_IDS, KnowledgeBase


@dataclass(frozen=True, slots=True)
class Miss:
    """A case the engine got wrong in forms, acute danger or first channel."""

    id: str
    lang: str
    gold_forms: tuple[str, ...]
    pred_forms: tuple[str, ...]
    gold_acute: bool | None
    pred_acute: bool
    gold_primary: tuple[str, ...]
    pred_first: str | None
    signals: tuple[str, ...]
    wrong: tuple[str, ...]  # which parts: forms, acute, route, missing

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "lang": self.lang,
            "wrong": list(self.wrong),
            "gold_forms": list(self.gold_forms),
            "pred_forms": list(self.pred_forms),
            "gold_acute": self.gold_acute,
            "pred_acute": self.pred_acute,
            "gold_primary": list(self.gold_primary),
            "pred_first_channel": self.pred_first,
            "signals": list(self.signals),
        }


@dataclass(frozen=True, slots=True)
class Report:
    groups: dict[str, GroupScore]
    misses: tuple[Miss, ...]
    n_cases: int
    n_skipped: int
    kb_version: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kb_version": self.kb_version,
            "n_cases": self.n_cases,
            "n_skipped": self.n_skipped,
            "groups": {name: group.to_dict() for name, group in self.groups.items()},
            "misses": [miss.to_dict() for miss in self.misses],
        }


def predict(cases: Iterable[GoldCase], kb: KnowledgeBase) -> dict[str, Prediction]:
    """What the engine says about each case's text alone (no language hint, no checklist):
    the same information a visitor's free text gives it."""
    predictions: dict[str, Prediction] = {}
    for case in cases:
        result = assess(kb=kb, text=case.text)
        predictions[case.id] = Prediction(
            id=case.id,
            forms=result.form_ids,
            acute=result.acute,
            channels=result.channel_ids,
            signals=result.signal_ids,
        )
    return predictions


def _order(forms: Iterable[str]) -> tuple[str, ...]:
    chosen = set(forms)
    return tuple(f for f in FORM_IDS if f in chosen)


def find_misses(gold: Mapping[str, GoldCase], pred: Mapping[str, Prediction]) -> tuple[Miss, ...]:
    misses = []
    for case_id in sorted(gold):
        case = gold[case_id]
        prediction = pred.get(case_id)
        if exact_ok(case, prediction):
            continue
        wrong: list[str] = []
        if prediction is None:
            wrong.append("missing")
        if set(case.forms) != set(prediction.forms if prediction else ()):
            wrong.append("forms")
        if not acute_ok(case, prediction):
            wrong.append("acute")
        if not route_ok(case, prediction):
            wrong.append("route")
        misses.append(
            Miss(
                id=case_id,
                lang=case.lang,
                gold_forms=_order(case.forms),
                pred_forms=_order(prediction.forms) if prediction else (),
                gold_acute=case.acute,
                pred_acute=bool(prediction and prediction.acute),
                gold_primary=case.primary,
                pred_first=prediction.channels[0] if prediction and prediction.channels else None,
                signals=prediction.signals if prediction else (),
                wrong=tuple(wrong),
            )
        )
    return tuple(misses)


def evaluate(
    cases: Iterable[GoldCase],
    predictions: Mapping[str, Prediction],
    *,
    n_skipped: int = 0,
    kb_version: str | None = None,
) -> Report:
    gold = {case.id: case for case in cases}
    return Report(
        groups=score_by_language(gold, predictions),
        misses=find_misses(gold, predictions),
        n_cases=len(gold),
        n_skipped=n_skipped,
        kb_version=kb_version,
    )


_SHORT = {
    "sexual_exploitation": "SE",
    "labour_exploitation": "LE",
    "criminal_exploitation": "CE",
}
_METRICS = (
    "n",
    "missing",
    "macro_f1",
    "benign_fpr",
    "detection_recall",
    "acute_recall",
    "acute_false_alarm",
    "routing_acc",
    "exact",
)


def render_report(report: Report) -> str:
    """A plain-text table (one column per language group) followed by the misses."""
    names = list(report.groups)
    rows = [g.to_dict() for g in report.groups.values()]
    lines = ["metric".ljust(22) + "".join(n.rjust(9) for n in names)]
    for key in _METRICS:
        lines.append(key.ljust(22) + "".join(str(row[key]).rjust(9) for row in rows))
    for form in FORM_IDS:
        for part in ("p", "r", "f1"):
            label = f"{form} {part}"
            lines.append(label.ljust(22) + "".join(str(row[form][part]).rjust(9) for row in rows))
    header = f"{report.n_cases} cases"
    if report.n_skipped:
        header += f" ({report.n_skipped} skipped: no usable label)"
    if report.kb_version:
        header += f", knowledge base {report.kb_version}"
    lines.insert(0, header)
    lines.append("")
    lines.append(f"misses: {len(report.misses)} (gold -> predicted)")

    def forms(values: tuple[str, ...]) -> str:
        return "+".join(_SHORT[f] for f in values) or "-"

    for miss in report.misses:
        acute = "" if miss.gold_acute is None else f", acute {miss.gold_acute} -> {miss.pred_acute}"
        route = ""
        if miss.gold_primary:
            route = f", route {'/'.join(miss.gold_primary)} -> {miss.pred_first or '-'}"
        lines.append(
            f"  {miss.id} [{miss.lang}] {','.join(miss.wrong)}: forms "
            f"{forms(miss.gold_forms)} -> {forms(miss.pred_forms)}{acute}{route}"
            + (f"; signals: {' '.join(miss.signals)}" if miss.signals else "")
        )
    return "\n".join(lines)
