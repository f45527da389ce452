"""Fixtures for knowledge-base tests: a writable copy of the shipped data to break on purpose."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from signaalwijzer.knowledge import DEFAULT_DATA_DIR


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    """A copy of the shipped data folder in a temporary directory."""
    target = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, target, ignore=shutil.ignore_patterns("*.md"))
    return target


INDICATOR_TEMPLATE = """
[[indicator]]
id = "{id}"
forms = {forms}
category = "{category}"
settings = {settings}
weight = {weight}
coercion = false
title = {{ nl = "Titel", en = "Title" }}
explanation = {{ nl = "{explanation_nl}", en = "Explanation." }}
question = {{ nl = "Vraag?", en = "Question?" }}
sources = {sources}
patterns.nl = {patterns_nl}
patterns.en = ["boss keeps passport*"]
"""


@pytest.fixture
def write_indicator(kb_copy: Path) -> Callable[..., Path]:
    """Write one indicator (valid unless overridden) to ``indicators/zz_test.toml``."""

    def write(file: str = "zz_test.toml", **overrides: str) -> Path:
        values = {
            "id": "test_signal",
            "forms": '["labour_exploitation"]',
            "category": "debt",
            "settings": '["car_wash"]',
            "weight": "0.5",
            "explanation_nl": "Uitleg.",
            "sources": '["ILO"]',
            "patterns_nl": '["baas houdt paspoort*"]',
        }
        values.update(overrides)
        path = kb_copy / "indicators" / file
        with path.open("a", encoding="utf-8") as handle:
            handle.write(INDICATOR_TEMPLATE.format(**values))
        return path

    return write
