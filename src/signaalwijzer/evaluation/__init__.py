"""Quality measurement of the engine on labelled cases (framework-free).

Public API::

    cases, skipped = read_gold(path)                 # dev format or US federal summaries
    predictions = predict(cases, kb)                 # or read_predictions(pred_path)
    report = evaluate(cases, predictions, n_skipped=skipped, kb_version=kb.version)
    print(render_report(report))                     # same figures as shared/eval/score.py
"""

from signaalwijzer.evaluation.cases import (
    CONFIDENCE_LEVELS,
    EvaluationError,
    GoldCase,
    Prediction,
    detect_format,
    in_split,
    read_gold,
    read_predictions,
)
from signaalwijzer.evaluation.metrics import FormScore, GroupScore, score_by_language, score_group
from signaalwijzer.evaluation.run import Miss, Report, evaluate, find_misses, predict, render_report

__all__ = [
    "CONFIDENCE_LEVELS",
    "EvaluationError",
    "FormScore",
    "GoldCase",
    "GroupScore",
    "Miss",
    "Prediction",
    "Report",
    "detect_format",
    "evaluate",
    "find_misses",
    "in_split",
    "predict",
    "read_gold",
    "read_predictions",
    "render_report",
    "score_by_language",
    "score_group",
]
