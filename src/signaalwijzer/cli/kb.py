"""``signaalwijzer kb validate|stats``: let a domain expert check the data files without Python."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from signaalwijzer.cli.main import CliError
from signaalwijzer.knowledge import (
    DEFAULT_DATA_DIR,
    FORM_IDS,
    KnowledgeBase,
    KnowledgeBaseError,
    load_knowledge_base,
    validate_knowledge_base,
)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kb = sub.add_parser("kb", help="validate the knowledge base or count its indicators")
    kb_sub = kb.add_subparsers(dest="kb_command", metavar="ACTION")
    kb.set_defaults(handler=lambda _args: _help(kb))

    validate = kb_sub.add_parser("validate", help="report every problem with file, entry and field")
    validate.add_argument("--path", type=Path, default=None, help="data folder (default: shipped)")
    validate.set_defaults(handler=run_validate)

    stats = kb_sub.add_parser("stats", help="indicators per form and per category")
    stats.add_argument("--path", type=Path, default=None, help="data folder (default: shipped)")
    stats.set_defaults(handler=run_stats)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0


def _folder(path: Path | None) -> Path:
    folder = path if path is not None else DEFAULT_DATA_DIR
    if not folder.is_dir():
        raise CliError(f"knowledge-base folder not found: {folder}")
    return folder


def run_validate(args: argparse.Namespace) -> int:
    folder = _folder(args.path)
    problems = validate_knowledge_base(folder)
    if problems:
        for problem in problems:
            print(problem)
        noun = "problem" if len(problems) == 1 else "problems"
        print(f"{len(problems)} {noun} in {folder}")
        return 1
    kb = load_knowledge_base(folder)
    print(
        f"OK: knowledge base {kb.version} in {folder}: {len(kb.indicators)} indicators, "
        f"{len(kb.forms)} forms, {len(kb.categories)} categories, {len(kb.settings)} settings, "
        f"{len(kb.channels)} channels, {len(kb.routing)} routing rules, {len(kb.sources)} sources"
    )
    return 0


def _load(folder: Path) -> KnowledgeBase:
    try:
        return load_knowledge_base(folder)
    except KnowledgeBaseError as error:
        raise CliError(
            f"the knowledge base has {len(error.problems)} problem(s); "
            "run `signaalwijzer kb validate` to list them"
        ) from error


def stats_table(kb: KnowledgeBase) -> str:
    """Indicators per category (rows) and form (columns), then per setting; an indicator counts
    once per form and once per setting it lists."""
    per_cell: Counter[tuple[str, str]] = Counter()
    per_category: Counter[str] = Counter()
    per_form: Counter[str] = Counter()
    for indicator in kb.indicators:
        per_category[indicator.category] += 1
        for form in indicator.forms:
            per_cell[(indicator.category, form)] += 1
            per_form[form] += 1
    short = {"sexual_exploitation": "sexual", "labour_exploitation": "labour"}
    short["criminal_exploitation"] = "criminal"
    width = max([len(c.id) for c in kb.categories] + [len(s.id) + 2 for s in kb.settings] + [8])
    header = "category".ljust(width) + "".join(short[f].rjust(10) for f in FORM_IDS)
    lines = [header + "total".rjust(8), "-" * (len(header) + 8)]
    for category in kb.categories:
        cells = "".join(str(per_cell[(category.id, f)]).rjust(10) for f in FORM_IDS)
        lines.append(category.id.ljust(width) + cells + str(per_category[category.id]).rjust(8))
    lines.append("-" * (len(header) + 8))
    totals = "".join(str(per_form[f]).rjust(10) for f in FORM_IDS)
    lines.append("all".ljust(width) + totals + str(len(kb.indicators)).rjust(8))
    per_setting = Counter(s for i in kb.indicators for s in i.settings)
    lines.append("")
    lines.append("indicators typical for a setting:")
    for setting in kb.settings:
        lines.append(f"  {setting.id.ljust(width - 2)}{str(per_setting[setting.id]).rjust(8)}")
    coercion = sum(1 for i in kb.indicators if i.coercion)
    checklist = sum(1 for i in kb.indicators if i.checklist)
    patterns = sum(len(i.patterns.nl) + len(i.patterns.en) for i in kb.indicators)
    lines.append("")
    lines.append(
        f"knowledge base {kb.version}: {len(kb.indicators)} indicators "
        f"({coercion} coercion, {checklist} in the checklist), {patterns} patterns"
    )
    return "\n".join(lines)


def run_stats(args: argparse.Namespace) -> int:
    kb = _load(_folder(args.path))
    print(stats_table(kb))
    return 0
