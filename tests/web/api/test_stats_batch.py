"""API checks reach the statistics: at once, or in batches from a background thread."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.apps import apps

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase
from signaalwijzer.web.apps.api.stats_batch import StatsBatcher

from .conftest import ASSESS, ApiClient


def api_checks() -> int:
    counter: Any = apps.get_model("stats", "DailyCounter")
    return sum(r.count for r in counter.objects.filter(metric="checks", key="api"))


def test_flush_records_every_queued_assessment(settings: Any, kb: KnowledgeBase) -> None:
    settings.API_STATS_FLUSH_SECONDS = 3600  # the thread will not flush during this test
    batcher = StatsBatcher()
    result = assess(kb=kb, text="", urgent=True)
    before = api_checks()  # on PostgreSQL the gunicorn tests may have counted some already
    for _ in range(5):
        batcher.record(result)
    assert api_checks() == before
    assert batcher.flush() == 5
    assert api_checks() == before + 5
    assert batcher.flush() == 0
    batcher.stop()


@pytest.mark.django_db(transaction=True)
def test_background_thread_flushes_after_the_interval(
    api: ApiClient, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from signaalwijzer.web.apps.api import api as api_module

    batcher = StatsBatcher()
    monkeypatch.setattr(api_module, "batcher", batcher)
    settings.API_STATS_FLUSH_SECONDS = 0.2
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


def test_failed_flush_keeps_the_counts(
    settings: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.db import OperationalError

    from signaalwijzer.web.apps.api import stats_batch

    settings.API_STATS_FLUSH_SECONDS = 3600
    before = api_checks()
    batcher = StatsBatcher()
    result = assess(kb=kb, text="", urgent=True)
    batcher.record(result)
    batcher.record(result)

    def database_away(**kwargs: Any) -> None:
        raise OperationalError("connection refused")

    monkeypatch.setattr(stats_batch, "stats_record_assessment", database_away)
    assert batcher.flush() == 0
    assert batcher.pending == 2
    monkeypatch.undo()
    settings.API_STATS_FLUSH_SECONDS = 3600
    assert batcher.flush() == 2
    assert api_checks() == before + 2
    batcher.stop()


def test_queue_holds_no_words_of_the_text(settings: Any, kb: KnowledgeBase) -> None:
    settings.API_STATS_FLUSH_SECONDS = 3600
    text = "De baas houdt hun paspoorten en ze slapen in de loods."
    result = assess(kb=kb, text=text, lang="nl")
    assert any(s.evidence for s in result.signals), "the engine quotes the text"
    batcher = StatsBatcher()
    batcher.record(result)
    queued = batcher._pending[0]
    assert queued.signal_ids == result.signal_ids
    assert queued.form_ids == result.form_ids and queued.channel_ids == result.channel_ids
    assert all(not s.evidence for s in queued.signals) and not queued.acute_evidence
    assert "paspoort" not in repr(queued) and "loods" not in repr(queued)
    batcher.stop()
