"""Hands finished assessments (public checks and API) to the stats service in batches.

Counting in the request means every check waits for a write lock on the same hot counter rows
(SQLite: the whole database; PostgreSQL: the rows, plus a commit flush); the benchmarks showed that
this, not the engine, limited the API and the free-text result page. So each worker process queues
the assessments and one background thread records them every ``STATS_FLUSH_SECONDS`` in a single
transaction, with one increment per distinct counter: the same counts, far fewer writes.

What is queued is the engine's result without any piece of the visitor's text (evidence spans
are dropped, ids and levels stay); it lives in memory for at most one interval. Counts of the last
interval can be lost if a worker is killed hard (SIGKILL); a normal stop or restart flushes first
(atexit and gunicorn's ``worker_exit``). With ``STATS_FLUSH_SECONDS=0`` every assessment is
recorded at once, in the request.
"""

from __future__ import annotations

import atexit
import dataclasses
import logging
import os
import threading

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection

from signaalwijzer.engine import Assessment
from signaalwijzer.web.apps.stats.services import stats_record_assessments

logger = logging.getLogger("signaalwijzer.stats")

MAX_PENDING = 10_000
"""If the database is away for long, drop the oldest counts rather than grow without bound."""


def without_text(assessment: Assessment) -> Assessment:
    """The result with every quoted span removed: statistics need ids, never words."""
    return dataclasses.replace(
        assessment,
        signals=tuple(dataclasses.replace(s, evidence=()) for s in assessment.signals),
        acute_evidence=(),
    )


class StatsBatcher:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[tuple[str, Assessment]] = []
        self._thread: threading.Thread | None = None
        self._pid = 0
        self._stop = threading.Event()

    def record(self, *, kind: str, assessment: Assessment) -> None:
        interval = float(settings.STATS_FLUSH_SECONDS)
        if interval <= 0:
            stats_record_assessments(batch=[(kind, assessment)])
            return
        with self._lock:
            self._pending.append((kind, without_text(assessment)))
            if len(self._pending) > MAX_PENDING:
                del self._pending[: len(self._pending) - MAX_PENDING]
            self._ensure_thread(interval)

    def _ensure_thread(self, interval: float) -> None:
        # After a fork (gunicorn workers) the parent's thread does not exist in the child.
        if self._thread is not None and self._pid == os.getpid() and self._thread.is_alive():
            return
        self._pid = os.getpid()
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(interval,), name="stats-batch", daemon=True
        )
        self._thread.start()

    def _run(self, interval: float) -> None:
        while not self._stop.wait(interval):
            # This thread's own connection: drop it if the database went away meanwhile.
            close_old_connections()
            self.flush()
        connection.close()

    def flush(self) -> int:
        """Record everything queued now; returns how many assessments were recorded."""
        with self._lock:
            batch, self._pending = self._pending, []
        if not batch:
            return 0
        try:
            stats_record_assessments(batch=batch)
        except DatabaseError:
            # Database away for a moment: keep the counts for the next round.
            logger.warning(
                "stats.flush_failed", extra={"event": "stats_flush_failed", "count": len(batch)}
            )
            with self._lock:
                self._pending[:0] = batch
                if len(self._pending) > MAX_PENDING:
                    del self._pending[: len(self._pending) - MAX_PENDING]
            return 0
        return len(batch)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._pending)

    def stop(self) -> None:
        """End the thread and record what is left (worker shutdown)."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=10)
        self.flush()


batcher = StatsBatcher()
atexit.register(batcher.flush)
