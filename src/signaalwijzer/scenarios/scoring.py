"""Scoring one scene and a whole scenario: pure functions, no I/O, no framework.

A participant's answer to a scene is the set of observations they marked as signals, one action
and one route. The score says which signals were spotted and missed, which observations were
marked although nothing is wrong with them, and whether the action and the route were right.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from signaalwijzer.scenarios.model import Scenario, Scene


class AnswerError(ValueError):
    """An answer refers to something the scene does not offer (tampered or stale form)."""


@dataclass(frozen=True, slots=True)
class SceneAnswer:
    observations: frozenset[str]
    action: str | None = None
    route: str | None = None

    @classmethod
    def of(
        cls, observations: Iterable[str] = (), action: str | None = None, route: str | None = None
    ) -> SceneAnswer:
        return cls(frozenset(observations), action or None, route or None)


@dataclass(frozen=True, slots=True)
class SceneScore:
    scene_id: str
    spotted: tuple[str, ...]
    missed: tuple[str, ...]
    false_alarms: tuple[str, ...]
    action: str | None
    action_correct: bool
    route: str | None
    route_correct: bool

    @property
    def signals_total(self) -> int:
        return len(self.spotted) + len(self.missed)

    @property
    def perfect(self) -> bool:
        return (
            not self.missed and not self.false_alarms and self.action_correct and self.route_correct
        )


@dataclass(frozen=True, slots=True)
class ScenarioScore:
    scenario_id: str
    scenes: tuple[SceneScore, ...]

    @property
    def spotted(self) -> int:
        return sum(len(s.spotted) for s in self.scenes)

    @property
    def signals_total(self) -> int:
        return sum(s.signals_total for s in self.scenes)

    @property
    def false_alarms(self) -> int:
        return sum(len(s.false_alarms) for s in self.scenes)

    @property
    def routes_correct(self) -> int:
        return sum(1 for s in self.scenes if s.route_correct)

    @property
    def actions_correct(self) -> int:
        return sum(1 for s in self.scenes if s.action_correct)


def check_answer(scene: Scene, answer: SceneAnswer) -> None:
    """Raise :class:`AnswerError` if the answer names an option the scene does not have."""
    known = {o.id for o in scene.observations}
    unknown = sorted(answer.observations - known)
    if unknown:
        raise AnswerError("unknown observation: " + ", ".join(unknown))
    if answer.action is not None and answer.action not in {o.id for o in scene.actions}:
        raise AnswerError("unknown action: " + answer.action)
    if answer.route is not None and answer.route not in {o.id for o in scene.routes}:
        raise AnswerError("unknown route: " + answer.route)


def score_scene(scene: Scene, answer: SceneAnswer) -> SceneScore:
    """Score one answer; the order of observations follows the scene, not the answer."""
    check_answer(scene, answer)
    chosen = answer.observations
    return SceneScore(
        scene_id=scene.id,
        spotted=tuple(o.id for o in scene.observations if o.signal and o.id in chosen),
        missed=tuple(o.id for o in scene.observations if o.signal and o.id not in chosen),
        false_alarms=tuple(o.id for o in scene.observations if not o.signal and o.id in chosen),
        action=answer.action,
        action_correct=answer.action in scene.correct_action_ids,
        route=answer.route,
        route_correct=answer.route in scene.correct_route_ids,
    )


def score_scenario(scenario: Scenario, answers: Mapping[str, SceneAnswer]) -> ScenarioScore:
    """Score every scene; a scene without an answer counts as nothing spotted, nothing chosen."""
    unknown = sorted(set(answers) - {s.id for s in scenario.scenes})
    if unknown:
        raise AnswerError("unknown scene: " + ", ".join(unknown))
    return ScenarioScore(
        scenario_id=scenario.id,
        scenes=tuple(
            score_scene(scene, answers.get(scene.id, SceneAnswer(frozenset())))
            for scene in scenario.scenes
        ),
    )
