"""Trainers' edits in the admin are validated like the data files."""

from __future__ import annotations

import pytest
from django.test import Client

from signaalwijzer.web.apps.training.admin import scenario_problems
from signaalwijzer.web.apps.training.models import ActionOption, Observation, Scenario
from signaalwijzer.web.apps.training.services import scenario_copy

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


def test_shipped_content_is_read_only_and_copies_are_editable(
    trainer_client: Client, nail_salon: Scenario
) -> None:
    page = trainer_client.get(f"/admin/training/scenario/{nail_salon.pk}/change/")
    body = page.content.decode()
    assert page.status_code == 200
    assert 'name="is_published"' in body
    assert 'name="title_nl"' not in body
    scene = nail_salon.scenes.first()
    assert scene is not None
    assert trainer_client.post(f"/admin/training/scene/{scene.pk}/change/", {}).status_code == 403

    copy = scenario_copy(scenario=nail_salon)
    copy_page = trainer_client.get(f"/admin/training/scenario/{copy.pk}/change/")
    assert 'name="title_nl"' in copy_page.content.decode()
    copy_scene = copy.scenes.first()
    assert copy_scene is not None
    scene_page = trainer_client.get(f"/admin/training/scene/{copy_scene.pk}/change/")
    assert 'name="observation_set-0-text_nl"' in scene_page.content.decode()
