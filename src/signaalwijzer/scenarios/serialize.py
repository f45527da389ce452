"""Scenario <-> plain JSON-compatible dict.

A live session keeps a snapshot of its scenario, so a trainer editing the scenario in the admin
during a session (or a new release of the data files) cannot change the questions under the
participants' feet or make earlier answers point to options that no longer exist.
"""

from __future__ import annotations

from typing import Any

from signaalwijzer.knowledge.model import Text
from signaalwijzer.scenarios.model import Observation, Option, Scenario, Scene


def _t(text: Text) -> dict[str, str]:
    return {"nl": text.nl, "en": text.en}


def _opt(option: Option) -> dict[str, Any]:
    return {
        "id": option.id,
        "text": _t(option.text),
        "correct": option.correct,
        "feedback": _t(option.feedback),
    }


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    return {
        "id": scenario.id,
        "version": scenario.version,
        "forms": list(scenario.forms),
        "title": _t(scenario.title),
        "summary": _t(scenario.summary),
        "debrief": _t(scenario.debrief),
        "scenes": [
            {
                "id": scene.id,
                "title": _t(scene.title),
                "situation": _t(scene.situation),
                "illustration": scene.illustration,
                "illustration_svg": scene.illustration_svg,
                "illustration_alt": _t(scene.illustration_alt) if scene.illustration_alt else None,
                "observations": [
                    {
                        "id": o.id,
                        "text": _t(o.text),
                        "signal": o.signal,
                        "indicators": list(o.indicators),
                        "feedback": _t(o.feedback),
                    }
                    for o in scene.observations
                ],
                "actions": [_opt(o) for o in scene.actions],
                "routes": [_opt(o) for o in scene.routes],
            }
            for scene in scenario.scenes
        ],
    }


def _text(data: dict[str, str]) -> Text:
    return Text(nl=data["nl"], en=data["en"])


def _option(data: dict[str, Any]) -> Option:
    return Option(
        id=data["id"],
        text=_text(data["text"]),
        correct=bool(data["correct"]),
        feedback=_text(data["feedback"]),
    )


def scenario_from_dict(data: dict[str, Any]) -> Scenario:
    """Inverse of :func:`scenario_to_dict` (trusted input: written by this module)."""
    return Scenario(
        id=data["id"],
        version=int(data["version"]),
        forms=tuple(data["forms"]),
        title=_text(data["title"]),
        summary=_text(data["summary"]),
        debrief=_text(data["debrief"]),
        scenes=tuple(
            Scene(
                id=s["id"],
                title=_text(s["title"]),
                situation=_text(s["situation"]),
                illustration=s.get("illustration"),
                illustration_svg=s.get("illustration_svg"),
                illustration_alt=_text(s["illustration_alt"])
                if s.get("illustration_alt")
                else None,
                observations=tuple(
                    Observation(
                        id=o["id"],
                        text=_text(o["text"]),
                        signal=bool(o["signal"]),
                        indicators=tuple(o["indicators"]),
                        feedback=_text(o["feedback"]),
                    )
                    for o in s["observations"]
                ),
                actions=tuple(_option(o) for o in s["actions"]),
                routes=tuple(_option(o) for o in s["routes"]),
            )
            for s in data["scenes"]
        ),
    )
