"""Writes for the statistics: increment daily counters, nothing else.

Callers (public check, API, training) hand over a finished assessment or a training event; only
aggregate numbers survive. Increments are atomic in the database (``count = count + n``), so
parallel requests on several workers never lose a count, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable
from typing import Final

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from signaalwijzer.engine import Assessment
from signaalwijzer.web.apps.stats.models import DailyCounter, Metric

CHECK_KINDS: Final = ("signal_check", "free_text", "api")
TRAINING_EVENTS: Final = ("session_started", "participant_joined", "selfstudy_completed")
#: Key used under ``forms`` / ``first_route`` when the assessment indicated nothing.
NONE_KEY: Final = "none"


def counter_increment(
    *, metric: str, key: str = "", amount: int = 1, date: datetime.date | None = None
) -> None:
    """Add ``amount`` to one counter, creating the row on first use.

    UPDATE first (the common case, one statement); if no row exists, INSERT inside a savepoint;
    if a parallel request inserted the row in the meantime, the unique constraint makes our INSERT
    fail and we fall back to the UPDATE, which then finds the row.
    """
    if amount <= 0:
        return
    day = date or timezone.localdate()
    rows = DailyCounter.objects.filter(date=day, metric=metric, key=key)
    with transaction.atomic():
        if rows.update(count=F("count") + amount):
            return
        try:
            with transaction.atomic():
                DailyCounter.objects.create(date=day, metric=metric, key=key, count=amount)
        except IntegrityError:
            rows.update(count=F("count") + amount)


def stats_record_assessment(*, kind: str, assessment: Assessment) -> None:
    """Count one finished check: its kind, the forms it indicated, its first route, acute or not.

    Only ids from the knowledge base are used as keys; nothing the visitor typed is touched.
    """
    stats_record_assessments(batch=[(kind, assessment)])


def stats_record_assessments(*, batch: Iterable[tuple[str, Assessment]]) -> None:
    """Count many finished checks with one increment per distinct counter (batched writers)."""
    counts: Counter[tuple[str, str]] = Counter()
    for kind, assessment in batch:
        if kind not in CHECK_KINDS:
            raise ValueError("Unknown check kind: " + kind)
        counts[(Metric.CHECKS, kind)] += 1
        for form_id in assessment.form_ids or (NONE_KEY,):
            counts[(Metric.FORMS, form_id)] += 1
        channel_ids = assessment.channel_ids
        counts[(Metric.FIRST_ROUTE, channel_ids[0] if channel_ids else NONE_KEY)] += 1
        if assessment.acute:
            counts[(Metric.ACUTE, kind)] += 1
    if not counts:
        return
    with transaction.atomic():
        # Sorted: concurrent flushes take row locks in the same order (no deadlock on PostgreSQL).
        for (metric, key), amount in sorted(counts.items()):
            counter_increment(metric=metric, key=key, amount=amount)


def stats_record_training(*, event: str, participants: int = 0) -> None:
    """Count one training event; ``participants`` (if any) is added to a separate counter.

    ``session_started`` with ``participants=12`` counts one session and twelve participants;
    ``participant_joined`` without a number counts one participant.
    """
    if event not in TRAINING_EVENTS:
        raise ValueError("Unknown training event: " + event)
    if participants < 0:
        raise ValueError("participants must not be negative")
    if event == "participant_joined" and participants == 0:
        participants = 1
    with transaction.atomic():
        counter_increment(metric=Metric.TRAINING, key=event)
        counter_increment(metric=Metric.TRAINING_PARTICIPANTS, key=event, amount=participants)
