"""Trainers' edits in the admin are validated like the data files."""

from __future__ import annotations

import pytest

from signaalwijzer.web.apps.training.admin import scenario_problems
from signaalwijzer.web.apps.training.models import ActionOption, Observation, Scenario

pytestmark = pytest.mark.django_db


def test_shipped_scenarios_have_no_problems(scenarios: None) -> None:
    for scenario in Scenario.objects.all():
        assert scenario_problems(scenario) == [], scenario.slug


def test_unknown_indicator_and_no_right_action_are_problems(nail_salon: Scenario) -> None:
    observation = Observation.objects.filter(scene__scenario=nail_salon, is_signal=True).first()
    assert observation is not None
    observation.indicators = ["not_in_the_knowledge_base"]
    observation.save()
    scene = observation.scene
    ActionOption.objects.filter(scene=scene).update(is_correct=False)
    problems = scenario_problems(nail_salon)
    assert any("not_in_the_knowledge_base" in p for p in problems)
    assert any("correct = true" in p for p in problems)
