"""Registry of sub-commands. Each feature adds one ``add_*`` call here and a module of its own."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    # Filled in by: cli/assess.py, cli/evaluate.py, cli/kb.py, cli/serve.py
    for module_name in ("assess", "evaluate", "kb", "serve", "staff"):
        try:
            module = __import__(f"signaalwijzer.cli.{module_name}", fromlist=["add_parser"])
        except ModuleNotFoundError as error:
            if error.name != f"signaalwijzer.cli.{module_name}":
                raise
            continue
        module.add_parser(sub)
