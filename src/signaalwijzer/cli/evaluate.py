"""``signaalwijzer evaluate FILE.jsonl``: the figures of shared/eval/score.py plus the misses."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from signaalwijzer.cli.main import CliError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "evaluate",
        help="measure the engine on labelled cases (per-form F1, acute, routing, misses)",
        description="Run the engine on labelled cases (or read its predictions) and print the "
        "metrics of the labelling guidelines, split by language, and the cases it got wrong.",
    )
    parser.add_argument("file", type=Path, help="labelled cases (JSON lines)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--pred",
        type=Path,
        metavar="PRED.jsonl",
        help="score these predictions (output of 'assess --jsonl') instead of running the engine",
    )
    parser.add_argument(
        "--format",
        choices=("auto", "dev", "us-federal"),
        default="auto",
        help="format of FILE (default: detect)",
    )
    parser.add_argument(
        "--min-confidence",
        choices=("low", "medium", "high"),
        default="low",
        help="us-federal: skip cases whose label confidence is lower",
    )
    parser.add_argument(
        "--split",
        choices=("all", "heldout", "tuning"),
        default="all",
        help="heldout = ids whose number is divisible by 3 (never tune on them); tuning = rest",
    )
    parser.add_argument(
        "--learned-model",
        type=Path,
        help="use these weights for the learned layer (e.g. trained without the file scored)",
    )
    parser.set_defaults(handler=run_evaluate)


def run_evaluate(args: argparse.Namespace) -> int:
    from signaalwijzer.evaluation import (
        EvaluationError,
        evaluate,
        in_split,
        predict,
        read_gold,
        read_predictions,
        render_report,
    )

    if not args.file.is_file():
        raise CliError(f"no such file: {args.file}")
    if args.learned_model is not None:
        from signaalwijzer.engine import learned

        if not args.learned_model.is_file():
            raise CliError(f"no such file: {args.learned_model}")
        learned.use_model(args.learned_model)
    try:
        cases, skipped = read_gold(
            args.file,
            format=None if args.format == "auto" else args.format,
            min_confidence=args.min_confidence,
        )
        cases = [case for case in cases if in_split(case.id, args.split)]
        if not cases:
            raise CliError(f"no cases in split {args.split!r}")
        kb_version: str | None = None
        if args.pred is not None:
            if not args.pred.is_file():
                raise CliError(f"no such file: {args.pred}")
            predictions = read_predictions(args.pred)
        else:
            from signaalwijzer.knowledge import KnowledgeBaseError, load_knowledge_base

            try:
                kb = load_knowledge_base()
            except KnowledgeBaseError as error:
                raise CliError(
                    "the knowledge base has problems (run 'signaalwijzer kb validate')"
                ) from error
            kb_version = kb.version
            predictions = predict(cases, kb)
    except EvaluationError as error:
        raise CliError(str(error)) from error
    report = evaluate(cases, predictions, n_skipped=skipped, kb_version=kb_version)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        print(render_report(report))
    return 0
