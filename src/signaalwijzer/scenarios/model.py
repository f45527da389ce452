"""Typed, immutable shape of a training scenario.

Scenarios are content (data files under ``scenarios/data``), like the knowledge base. The web app
stores them in its database so trainers can copy and adapt them, but every score is computed on
these dataclasses, so self-study, live sessions and tests score a scene in exactly one way.
"""

from __future__ import annotations

from dataclasses import dataclass

from signaalwijzer.knowledge.model import Text

#: Route option meaning "no report needed": the right answer in a scene where nothing is wrong.
NO_REPORT = "none"


@dataclass(frozen=True, slots=True)
class Observation:
    """Something the participant can notice; ``signal`` says whether it is a signal."""

    id: str
    text: Text
    signal: bool
    indicators: tuple[str, ...]
    feedback: Text


@dataclass(frozen=True, slots=True)
class Option:
    """A single-choice answer ("what do you do now" or "where do you report")."""

    id: str
    text: Text
    correct: bool
    feedback: Text


@dataclass(frozen=True, slots=True)
class Scene:
    id: str
    title: Text
    situation: Text
    observations: tuple[Observation, ...]
    actions: tuple[Option, ...]
    routes: tuple[Option, ...]
    illustration: str | None = None
    illustration_svg: str | None = None
    illustration_alt: Text | None = None

    def observation(self, observation_id: str) -> Observation:
        return next(o for o in self.observations if o.id == observation_id)

    @property
    def signal_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.observations if o.signal)

    @property
    def correct_action_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.actions if o.correct)

    @property
    def correct_route_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.routes if o.correct)


@dataclass(frozen=True, slots=True)
class Scenario:
    id: str
    version: int
    forms: tuple[str, ...]
    title: Text
    summary: Text
    debrief: Text
    scenes: tuple[Scene, ...]

    def scene(self, scene_id: str) -> Scene:
        return next(s for s in self.scenes if s.id == scene_id)
