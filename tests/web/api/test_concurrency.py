"""Many parallel assess calls give exactly the answers the same calls give one by one."""

from __future__ import annotations

import json
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from signaalwijzer.knowledge import load_knowledge_base

PAYLOADS: list[dict[str, Any]] = [
    {"text": "De schoonmakers in het hotel krijgen geen loon en slapen in de kelder."},
    {"text": "Hij moet van zijn oom drugs verkopen op het station, anders slaan ze hem."},
    {"text": "She works every night in a massage parlour and the owner keeps her passport."},
    {"text": "Mijn collega heeft een grote schuld bij het uitzendbureau.", "lang": "en"},
    {"text": "Er is niets bijzonders gebeurd, ik had alleen een vraag."},
    {"urgent": True, "anonymous": True},
    {"text": "Ze wordt opgesloten en er staat nu iemand met een mes voor de deur!"},
]


@pytest.fixture
def payloads() -> list[dict[str, Any]]:
    kb = load_knowledge_base()
    ids = [i.id for i in kb.indicators if i.checklist]
    return [*PAYLOADS, {"signals": ids[:3]}, {"signals": ids[-2:], "text": PAYLOADS[0]["text"]}]


def test_parallel_answers_equal_sequential_answers(
    api_server: str, payloads: list[dict[str, Any]]
) -> None:
    """Under gunicorn with two worker processes, like production."""
    url = api_server + "/api/v1/assess"

    def post(payload: dict[str, Any]) -> tuple[int, Any]:
        request = urllib.request.Request(  # noqa: S310 - our own live test server
            url,
            data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, json.loads(response.read())

    sequential = [post(p) for p in payloads]
    assert all(status == 200 for status, _ in sequential)
    rounds = 6
    with ThreadPoolExecutor(max_workers=16) as pool:
        parallel = list(pool.map(post, payloads * rounds))
    assert parallel == sequential * rounds
