"""Training scenarios: data files, a validating loader and scene scoring. No Django.

Public API::

    scenarios = load_scenarios(kb=kb)            # shipped scenarios, validated against the kb
    problems = validate_scenarios(kb=kb, path=p) # every problem with file, entry and field
    score = score_scene(scene, SceneAnswer.of({"mattresses"}, "note_and_report", "police"))
"""

from signaalwijzer.scenarios.loader import (
    DEFAULT_DATA_DIR,
    ScenarioError,
    check_svg,
    load_scenarios,
    parse_scenario,
    validate_scenarios,
)
from signaalwijzer.scenarios.model import NO_REPORT, Observation, Option, Scenario, Scene
from signaalwijzer.scenarios.scoring import (
    AnswerError,
    ScenarioScore,
    SceneAnswer,
    SceneScore,
    check_answer,
    score_scenario,
    score_scene,
)
from signaalwijzer.scenarios.serialize import scenario_from_dict, scenario_to_dict

__all__ = [
    "DEFAULT_DATA_DIR",
    "NO_REPORT",
    "AnswerError",
    "Observation",
    "Option",
    "Scenario",
    "ScenarioError",
    "ScenarioScore",
    "Scene",
    "SceneAnswer",
    "SceneScore",
    "check_answer",
    "check_svg",
    "load_scenarios",
    "parse_scenario",
    "scenario_from_dict",
    "scenario_to_dict",
    "score_scenario",
    "score_scene",
    "validate_scenarios",
]
