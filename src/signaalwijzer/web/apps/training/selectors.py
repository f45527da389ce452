"""Reads for training: scenarios as domain objects, live-session state and aggregated answers."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Max, QuerySet

from signaalwijzer.knowledge.model import Text
from signaalwijzer.scenarios import Observation as DomainObservation
from signaalwijzer.scenarios import Option as DomainOption
from signaalwijzer.scenarios import Scenario as DomainScenario
from signaalwijzer.scenarios import Scene as DomainScene
from signaalwijzer.scenarios import SceneAnswer, scenario_from_dict, score_scene
from signaalwijzer.web.apps.training.models import (
    Answer,
    LiveSession,
    Participant,
    Scenario,
)


def scenario_list_published() -> QuerySet[Scenario]:
    return Scenario.objects.filter(is_published=True).order_by("title_nl")


def scenario_as_domain(*, scenario: Scenario) -> DomainScenario:
    """The database rows as the framework-free dataclass, so scoring has one implementation."""
    scenes = []
    for scene in scenario.scenes.prefetch_related(
        "observation_set", "actionoption_set", "routeoption_set"
    ).order_by("position"):
        scenes.append(
            DomainScene(
                id=scene.key,
                title=Text(scene.title_nl, scene.title_en),
                situation=Text(scene.situation_nl, scene.situation_en),
                observations=tuple(
                    DomainObservation(
                        id=o.key,
                        text=Text(o.text_nl, o.text_en),
                        signal=o.is_signal,
                        indicators=tuple(o.indicators),
                        feedback=Text(o.feedback_nl, o.feedback_en),
                    )
                    for o in sorted(scene.observation_set.all(), key=lambda o: o.position)
                ),
                actions=tuple(
                    DomainOption(
                        o.key,
                        Text(o.text_nl, o.text_en),
                        o.is_correct,
                        Text(o.feedback_nl, o.feedback_en),
                    )
                    for o in sorted(scene.actionoption_set.all(), key=lambda o: o.position)
                ),
                routes=tuple(
                    DomainOption(
                        o.key,
                        Text(o.text_nl, o.text_en),
                        o.is_correct,
                        Text(o.feedback_nl, o.feedback_en),
                    )
                    for o in sorted(scene.routeoption_set.all(), key=lambda o: o.position)
                ),
                illustration=scene.illustration or None,
                illustration_svg=scene.illustration_svg or None,
                illustration_alt=(
                    Text(scene.illustration_alt_nl, scene.illustration_alt_en)
                    if scene.illustration_alt_nl
                    else None
                ),
            )
        )
    return DomainScenario(
        id=scenario.slug,
        version=scenario.version,
        forms=tuple(scenario.forms),
        title=Text(scenario.title_nl, scenario.title_en),
        summary=Text(scenario.summary_nl, scenario.summary_en),
        debrief=Text(scenario.debrief_nl, scenario.debrief_en),
        scenes=tuple(scenes),
    )


def live_session_by_code(*, code: str) -> LiveSession | None:
    return LiveSession.objects.filter(code=code.strip().upper()).first()


def live_session_scenario(*, session: LiveSession) -> DomainScenario:
    return scenario_from_dict(session.snapshot)


def live_session_current_scene(*, session: LiveSession) -> DomainScene | None:
    scenes = live_session_scenario(session=session).scenes
    if session.state in (LiveSession.State.LOBBY, LiveSession.State.FINISHED):
        return None
    return scenes[min(session.scene_index, len(scenes) - 1)]


@dataclass(frozen=True, slots=True)
class SessionState:
    revision: int
    state: str
    scene_index: int


#: Per-process memo of (code, token) -> (time read, state); see ``live_session_state``.
_STATE_MEMO: dict[tuple[str, str], tuple[float, SessionState]] = {}
STATE_MEMO_SECONDS = 0.5


def live_session_state(*, code: str, token: str) -> SessionState | None:
    """The session's position for a participant, read at most every half second per process.

    Polling phones only need to notice that the trainer moved on; half a second of delay is
    invisible next to the two-second polling interval, and it keeps a full room of polls from
    turning into a full room of queries.
    """
    key = (code, token)
    now = time.monotonic()
    memo = _STATE_MEMO.get(key)
    if memo is not None and now - memo[0] < STATE_MEMO_SECONDS:
        return memo[1]
    row = (
        Participant.objects.filter(session__code=code, token=token)
        .values_list("session__revision", "session__state", "session__scene_index")
        .first()
    )
    if row is None:
        return None
    if len(_STATE_MEMO) > 10_000:
        _STATE_MEMO.clear()
    state = SessionState(revision=row[0], state=row[1], scene_index=row[2])
    _STATE_MEMO[key] = (now, state)
    return state


def participant_by_code_and_token(*, code: str, token: str) -> Participant | None:
    """The participant with their session in one query (it runs on every answer and page)."""
    return (
        Participant.objects.select_related("session")
        .filter(session__code=code.strip().upper(), token=token)
        .first()
    )


def live_session_etag(*, session: LiveSession, scene_key: str | None) -> str:
    """Changes whenever the trainer's view would change: state, participants or answers.

    One aggregate query; an unchanged room costs the poller a 304 without rendering anything.
    """
    participants = Participant.objects.filter(session=session).count()
    answers = Answer.objects.filter(session=session)
    if scene_key is not None:
        answers = answers.filter(scene_key=scene_key)
    agg = answers.aggregate(n=Count("id"), last=Max("answered_at"))
    raw = "|".join(
        str(x) for x in (session.pk, session.revision, participants, agg["n"], agg["last"])
    )
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Bar:
    key: str
    label: Text
    count: int
    correct: bool


@dataclass(frozen=True, slots=True)
class SceneResults:
    scene: DomainScene
    answered: int
    observations: tuple[Bar, ...]
    actions: tuple[Bar, ...]
    routes: tuple[Bar, ...]
    #: How many participants got everything in this scene right.
    perfect: int


def scene_results(*, session: LiveSession, scene: DomainScene) -> SceneResults:
    """Counts per option for one scene, in the scene's order (what the charts show)."""
    observation_counts: Counter[str] = Counter()
    action_counts: Counter[str] = Counter()
    route_counts: Counter[str] = Counter()
    answered = perfect = 0
    rows = Answer.objects.filter(session=session, scene_key=scene.id).values_list(
        "observations", "action", "route"
    )
    for observations, action, route in rows:
        answered += 1
        observation_counts.update(set(observations))
        action_counts[action] += 1
        route_counts[route] += 1
        # Answers were checked against this snapshot when they were stored.
        answer = SceneAnswer.of(observations, action or None, route or None)
        if score_scene(scene, answer).perfect:
            perfect += 1
    return SceneResults(
        scene=scene,
        answered=answered,
        observations=tuple(
            Bar(o.id, o.text, observation_counts[o.id], o.signal) for o in scene.observations
        ),
        actions=tuple(Bar(o.id, o.text, action_counts[o.id], o.correct) for o in scene.actions),
        routes=tuple(Bar(o.id, o.text, route_counts[o.id], o.correct) for o in scene.routes),
        perfect=perfect,
    )


def live_session_answer_rows(*, session: LiveSession) -> list[list[str]]:
    """One row per answer for the CSV export: scores, not just raw choices."""
    scenario = live_session_scenario(session=session)
    scenes = {s.id: (i, s) for i, s in enumerate(scenario.scenes, start=1)}
    rows: list[list[str]] = []
    answers = (
        Answer.objects.filter(session=session)
        .select_related("participant")
        .order_by("participant__number", "scene_key")
    )
    for answer in answers:
        if answer.scene_key not in scenes:
            continue
        position, scene = scenes[answer.scene_key]
        score = score_scene(
            scene,
            SceneAnswer.of(answer.observations, answer.action or None, answer.route or None),
        )
        rows.append(
            [
                str(position),
                scene.id,
                str(answer.participant.number),
                answer.participant.nickname,
                " ".join(score.spotted),
                " ".join(score.missed),
                " ".join(score.false_alarms),
                answer.action,
                "1" if score.action_correct else "0",
                answer.route,
                "1" if score.route_correct else "0",
            ]
        )
    rows.sort(key=lambda r: (int(r[0]), int(r[2])))
    return rows
