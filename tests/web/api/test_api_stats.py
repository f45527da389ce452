"""API checks are counted by the shared stats batcher's background thread, off the request path."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.apps import apps
from pytest_django import Settings

from signaalwijzer.web.apps.stats.batching import StatsBatcher

from .conftest import ASSESS, ApiClient


def api_checks() -> int:
    counter: Any = apps.get_model("stats", "DailyCounter")
    return sum(r.count for r in counter.objects.filter(metric="checks", key="api"))


@pytest.mark.django_db(transaction=True)
def test_background_thread_flushes_after_the_interval(
    api: ApiClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from signaalwijzer.web.apps.api import api as api_module

    batcher = StatsBatcher()
    monkeypatch.setattr(api_module, "batcher", batcher)
    settings.STATS_FLUSH_SECONDS = 0.2
    before = api_checks()
    for _ in range(3):
        assert api.post_json(ASSESS, {"urgent": True}).status_code == 200
    assert batcher.pending == 3
    # Only the background thread touches the database now (the in-memory test database
    # refuses a reader while another connection writes).
    deadline = time.monotonic() + 10
    while batcher.pending and time.monotonic() < deadline:
        time.sleep(0.05)
    assert batcher.pending == 0, "the background thread did not flush"
    batcher.stop()
    assert api_checks() == before + 3
