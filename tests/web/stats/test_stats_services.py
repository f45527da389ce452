"""The statistics services keep exact daily counts and nothing else."""

from __future__ import annotations

import pytest

from signaalwijzer.engine import Assessment, ChannelAdvice, FormResult
from signaalwijzer.knowledge.model import Text
from signaalwijzer.web.apps.stats.models import DailyCounter
from signaalwijzer.web.apps.stats.services import stats_record_assessment, stats_record_training

pytestmark = pytest.mark.django_db


def make_assessment(
    *, forms: tuple[str, ...] = (), channels: tuple[str, ...] = (), acute: bool = False
) -> Assessment:
    return Assessment(
        forms=tuple(FormResult(form_id=f, level="possible", score=0.5, signals=()) for f in forms),
        signals=(),
        acute=acute,
        acute_reason=None,
        acute_evidence=(),
        channels=tuple(ChannelAdvice(channel_id=c, reason=Text(nl="x", en="x")) for c in channels),
        language="nl",
        perspective="bystander",
        anonymous=False,
        minor=False,
        kb_version="test",
        notes=(),
    )


def counts() -> dict[tuple[str, str], int]:
    return {(c.metric, c.key): c.count for c in DailyCounter.objects.all()}


def test_assessment_counts_kind_forms_first_route_and_acute() -> None:
    stats_record_assessment(
        kind="free_text",
        assessment=make_assessment(
            forms=("sexual_exploitation", "criminal_exploitation"),
            channels=("emergency", "police"),
            acute=True,
        ),
    )
    stats_record_assessment(
        kind="free_text",
        assessment=make_assessment(forms=("sexual_exploitation",), channels=("police",)),
    )
    stats_record_assessment(kind="signal_check", assessment=make_assessment())
    assert counts() == {
        ("checks", "free_text"): 2,
        ("checks", "signal_check"): 1,
        ("forms", "sexual_exploitation"): 2,
        ("forms", "criminal_exploitation"): 1,
        ("forms", "none"): 1,
        ("first_route", "emergency"): 1,
        ("first_route", "police"): 1,
        ("first_route", "none"): 1,
        ("acute", "free_text"): 1,
    }
    assert DailyCounter.objects.count() == 9


def test_unknown_kind_and_event_are_refused() -> None:
    with pytest.raises(ValueError):
        stats_record_assessment(kind="visit", assessment=make_assessment())
    with pytest.raises(ValueError):
        stats_record_training(event="coffee")
    with pytest.raises(ValueError):
        stats_record_training(event="session_started", participants=-1)
    assert DailyCounter.objects.count() == 0


def test_training_events_and_participants() -> None:
    stats_record_training(event="session_started", participants=12)
    stats_record_training(event="session_started")
    stats_record_training(event="participant_joined")
    stats_record_training(event="participant_joined", participants=3)
    stats_record_training(event="selfstudy_completed")
    assert counts() == {
        ("training", "session_started"): 2,
        ("training_participants", "session_started"): 12,
        ("training", "participant_joined"): 2,
        ("training_participants", "participant_joined"): 4,
        ("training", "selfstudy_completed"): 1,
    }
