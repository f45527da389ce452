"""TEMPORARY STUB: the knowledge-base work replaces this with the validating TOML loader."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from signaalwijzer.knowledge.model import KnowledgeBase

DEFAULT_DATA_DIR = Path(__file__).resolve().parent / "data"


class KnowledgeBaseError(Exception):
    """The knowledge base cannot be loaded; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.entry}: {self.field}: {self.message}"


def validate_knowledge_base(path: Path | None = None) -> list[Problem]:
    return []


@cache
def load_knowledge_base(path: Path | None = None) -> KnowledgeBase:
    return KnowledgeBase(
        version="0.0.0",
        forms=(),
        categories=(),
        settings=(),
        channels=(),
        indicators=(),
        sources=(),
        routing=(),
    )
