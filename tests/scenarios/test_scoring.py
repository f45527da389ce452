"""Scoring a scene: spotted, missed, false alarms, action and route. No database, no Django."""

from __future__ import annotations

import pytest

from signaalwijzer.knowledge.model import Text
from signaalwijzer.scenarios import (
    AnswerError,
    Observation,
    Option,
    Scenario,
    Scene,
    SceneAnswer,
    score_scenario,
    score_scene,
)

T = Text("x", "x")


def _scene(scene_id: str = "counter") -> Scene:
    return Scene(
        id=scene_id,
        title=T,
        situation=T,
        observations=(
            Observation("mattresses", T, True, ("sleeps_at_work",), T),
            Observation("flowers", T, False, (), T),
            Observation("passports", T, True, ("passport_held",), T),
            Observation("radio", T, False, (), T),
        ),
        actions=(Option("confront", T, False, T), Option("note", T, True, T)),
        routes=(
            Option("police", T, True, T),
            Option("labour_inspectorate", T, True, T),
            Option("none", T, False, T),
        ),
    )


def test_all_signals_and_right_choices_is_perfect() -> None:
    score = score_scene(_scene(), SceneAnswer.of({"passports", "mattresses"}, "note", "police"))
    assert score.spotted == ("mattresses", "passports")  # scene order, not answer order
    assert score.missed == ()
    assert score.false_alarms == ()
    assert score.action_correct is True
    assert score.route_correct is True
    assert score.perfect is True


def test_missed_signal_and_false_alarm_are_reported_separately() -> None:
    score = score_scene(_scene(), SceneAnswer.of({"mattresses", "radio"}, "note", "police"))
    assert score.spotted == ("mattresses",)
    assert score.missed == ("passports",)
    assert score.false_alarms == ("radio",)
    assert score.signals_total == 2
    assert score.perfect is False


def test_any_route_marked_correct_counts_and_wrong_action_does_not() -> None:
    score = score_scene(_scene(), SceneAnswer.of(set(), "confront", "labour_inspectorate"))
    assert score.route_correct is True
    assert score.action_correct is False
    assert score.missed == ("mattresses", "passports")


def test_no_answer_is_not_correct() -> None:
    score = score_scene(_scene(), SceneAnswer.of())
    assert score.action_correct is False
    assert score.route_correct is False


@pytest.mark.parametrize(
    "answer",
    [
        SceneAnswer.of({"unicorn"}),
        SceneAnswer.of(set(), action="run_away"),
        SceneAnswer.of(set(), route="emergency"),
    ],
)
def test_unknown_options_are_rejected(answer: SceneAnswer) -> None:
    with pytest.raises(AnswerError):
        score_scene(_scene(), answer)


def test_scenario_totals_count_unanswered_scenes_as_missed() -> None:
    scenario = Scenario("s", 1, (), T, T, T, (_scene("one"), _scene("two")))
    total = score_scenario(scenario, {"one": SceneAnswer.of({"mattresses"}, "note", "police")})
    assert total.spotted == 1
    assert total.signals_total == 4
    assert total.routes_correct == 1
    assert total.actions_correct == 1
    with pytest.raises(AnswerError):
        score_scenario(scenario, {"three": SceneAnswer.of()})
