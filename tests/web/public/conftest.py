from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import Client
from django.utils import translation

from signaalwijzer.knowledge import KnowledgeBase, load_knowledge_base


@pytest.fixture
def kb() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.fixture
def client() -> Iterator[Client]:
    yield Client()
    translation.activate("nl")
