"""The public API of the framework-free packages is exactly what ``__all__`` promises."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.parametrize("module_name", ["signaalwijzer.knowledge", "signaalwijzer.evaluation"])
def test_every_exported_name_exists(module_name: str) -> None:
    module = importlib.import_module(module_name)
    missing = [name for name in module.__all__ if not hasattr(module, name)]
    assert missing == []


def test_knowledge_exports_loader_and_model() -> None:
    import signaalwijzer.knowledge as knowledge

    assert {"load_knowledge_base", "validate_knowledge_base", "KnowledgeBase", "Problem"} <= set(
        knowledge.__all__
    )
