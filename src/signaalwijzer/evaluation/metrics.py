"""The metrics of ``shared/eval/score.py``, computed the same way (and rounded the same way).

Kept identical on purpose: figures we report must be the figures the judges' script prints. A test
runs both on the same synthetic files and compares every number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from signaalwijzer.evaluation.cases import GoldCase, Prediction
from signaalwijzer.knowledge.model import FORM_IDS

GROUPS: tuple[str, ...] = ("all", "nl", "en", "other")


@dataclass(frozen=True, slots=True)
class FormScore:
    p: float
    r: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class GroupScore:
    n: int
    missing: int
    forms: dict[str, FormScore]
    macro_f1: float | None
    benign_fpr: float | None
    detection_recall: float | None
    acute_recall: float | None
    acute_false_alarm: float | None
    routing_acc: float | None
    exact: float | None

    def to_dict(self) -> dict[str, Any]:
        """The shape of ``score.py --json`` for one group."""
        out: dict[str, Any] = {"n": self.n, "missing": self.missing}
        for form, value in self.forms.items():
            out[form] = {"p": value.p, "r": value.r, "f1": value.f1, "support": value.support}
        out.update(
            macro_f1=self.macro_f1,
            benign_fpr=self.benign_fpr,
            detection_recall=self.detection_recall,
            acute_recall=self.acute_recall,
            acute_false_alarm=self.acute_false_alarm,
            routing_acc=self.routing_acc,
            exact=self.exact,
        )
        return out


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _ratio(count: int, total: int) -> float | None:
    return round(count / total, 3) if total else None


def _first_channel(prediction: Prediction | None) -> str | None:
    return prediction.channels[0] if prediction and prediction.channels else None


def route_ok(case: GoldCase, prediction: Prediction | None) -> bool:
    """First channel acceptable; a case with no ``primary`` accepts any route."""
    if not case.primary:
        return True
    return _first_channel(prediction) in case.primary


def acute_ok(case: GoldCase, prediction: Prediction | None) -> bool:
    return case.acute is None or case.acute == bool(prediction and prediction.acute)


def exact_ok(case: GoldCase, prediction: Prediction | None) -> bool:
    forms = set(prediction.forms) if prediction else set()
    return set(case.forms) == forms and acute_ok(case, prediction) and route_ok(case, prediction)


def score_group(
    gold: Mapping[str, GoldCase], pred: Mapping[str, Prediction], ids: Sequence[str]
) -> GroupScore:
    forms: dict[str, FormScore] = {}
    f1s: list[float] = []
    for form in FORM_IDS:
        tp = fp = fn = 0
        for i in ids:
            g = form in gold[i].forms
            prediction = pred.get(i)
            p = prediction is not None and form in prediction.forms
            tp += g and p
            fp += p and not g
            fn += g and not p
        precision, recall, f1 = _prf(tp, fp, fn)
        forms[form] = FormScore(round(precision, 3), round(recall, 3), round(f1, 3), tp + fn)
        if tp + fn:
            f1s.append(f1)

    def flagged(i: str) -> bool:
        prediction = pred.get(i)
        return bool(prediction and prediction.forms)

    def alarmed(i: str) -> bool:
        prediction = pred.get(i)
        return bool(prediction and prediction.acute)

    benign = [i for i in ids if not gold[i].forms]
    positive = [i for i in ids if gold[i].forms]
    acute = [i for i in ids if gold[i].acute is True]
    calm = [i for i in ids if gold[i].acute is False]
    routed = [i for i in ids if gold[i].primary]
    return GroupScore(
        n=len(ids),
        missing=sum(1 for i in ids if i not in pred),
        forms=forms,
        macro_f1=round(sum(f1s) / len(f1s), 3) if f1s else None,
        benign_fpr=_ratio(sum(flagged(i) for i in benign), len(benign)),
        detection_recall=_ratio(sum(flagged(i) for i in positive), len(positive)),
        acute_recall=_ratio(sum(alarmed(i) for i in acute), len(acute)),
        acute_false_alarm=_ratio(sum(alarmed(i) for i in calm), len(calm)),
        routing_acc=_ratio(sum(route_ok(gold[i], pred.get(i)) for i in routed), len(routed)),
        exact=_ratio(sum(exact_ok(gold[i], pred.get(i)) for i in ids), len(ids)),
    )


def score_by_language(
    gold: Mapping[str, GoldCase], pred: Mapping[str, Prediction]
) -> dict[str, GroupScore]:
    """Groups ``all``, ``nl``, ``en`` and ``other`` (any other language); empty ones left out."""
    ids = sorted(gold)
    groups = {
        "all": ids,
        "nl": [i for i in ids if gold[i].lang == "nl"],
        "en": [i for i in ids if gold[i].lang == "en"],
        "other": [i for i in ids if gold[i].lang not in ("nl", "en")],
    }
    return {name: score_group(gold, pred, members) for name, members in groups.items() if members}
