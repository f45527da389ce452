"""Checks reach the statistics in batches: counted once per counter, never with their text."""

from __future__ import annotations

from typing import Any

import pytest
from django.apps import apps
from pytest_django import Settings

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase, load_knowledge_base
from signaalwijzer.web.apps.stats.batching import StatsBatcher

pytestmark = pytest.mark.django_db


@pytest.fixture
def kb() -> KnowledgeBase:
    return load_knowledge_base()


def api_checks() -> int:
    counter: Any = apps.get_model("stats", "DailyCounter")
    return sum(r.count for r in counter.objects.filter(metric="checks", key="api"))


def test_flush_records_every_queued_assessment(settings: Settings, kb: KnowledgeBase) -> None:
    settings.STATS_FLUSH_SECONDS = 3600  # the thread will not flush during this test
    batcher = StatsBatcher()
    result = assess(kb=kb, text="", urgent=True)
    before = api_checks()  # on PostgreSQL the gunicorn tests may have counted some already
    for _ in range(5):
        batcher.record(kind="api", assessment=result)
    assert api_checks() == before
    assert batcher.flush() == 5
    assert api_checks() == before + 5
    assert batcher.flush() == 0
    batcher.stop()


def test_failed_flush_keeps_the_counts(
    settings: Settings, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.db import OperationalError

    from signaalwijzer.web.apps.stats import batching as stats_batch

    settings.STATS_FLUSH_SECONDS = 3600
    before = api_checks()
    batcher = StatsBatcher()
    result = assess(kb=kb, text="", urgent=True)
    batcher.record(kind="api", assessment=result)
    batcher.record(kind="api", assessment=result)

    def database_away(**kwargs: Any) -> None:
        raise OperationalError("connection refused")

    monkeypatch.setattr(stats_batch, "stats_record_assessments", database_away)
    assert batcher.flush() == 0
    assert batcher.pending == 2
    monkeypatch.undo()
    settings.STATS_FLUSH_SECONDS = 3600
    assert batcher.flush() == 2
    assert api_checks() == before + 2
    batcher.stop()


def test_queue_holds_no_words_of_the_text(settings: Settings, kb: KnowledgeBase) -> None:
    settings.STATS_FLUSH_SECONDS = 3600
    text = "De baas houdt hun paspoorten en ze slapen in de loods."
    result = assess(kb=kb, text=text, lang="nl")
    assert any(s.evidence for s in result.signals), "the engine quotes the text"
    batcher = StatsBatcher()
    batcher.record(kind="api", assessment=result)
    kind, queued = batcher._pending[0]
    assert kind == "api"
    assert queued.signal_ids == result.signal_ids
    assert queued.form_ids == result.form_ids and queued.channel_ids == result.channel_ids
    assert all(not s.evidence for s in queued.signals) and not queued.acute_evidence
    assert "paspoort" not in repr(queued) and "loods" not in repr(queued)
    batcher.stop()


def test_a_batch_is_counted_per_counter_with_the_same_totals(
    settings: Settings, kb: KnowledgeBase
) -> None:
    """Two kinds in one flush: each kind, form and first route counted as often as it was seen."""
    settings.STATS_FLUSH_SECONDS = 3600
    counter: Any = apps.get_model("stats", "DailyCounter")
    acute = assess(kb=kb, text="", urgent=True)
    calm = assess(kb=kb, text="")
    batcher = StatsBatcher()
    for _ in range(3):
        batcher.record(kind="free_text", assessment=acute)
    batcher.record(kind="signal_check", assessment=calm)
    assert batcher.flush() == 4
    totals = {(r.metric, r.key): r.count for r in counter.objects.all()}
    assert totals[("checks", "free_text")] == 3
    assert totals[("checks", "signal_check")] == 1
    assert totals[("acute", "free_text")] == 3
    assert ("acute", "signal_check") not in totals
    assert totals[("first_route", "emergency")] == 3
    batcher.stop()
