"""The scenarios shipped with the product load against the shipped knowledge base."""

from __future__ import annotations

from signaalwijzer.knowledge import FORM_IDS, load_knowledge_base
from signaalwijzer.scenarios import NO_REPORT, load_scenarios


def test_shipped_scenarios_are_valid_and_cover_the_brief() -> None:
    kb = load_knowledge_base()
    scenarios = load_scenarios(kb=kb)
    assert len(scenarios) >= 8
    assert {form for s in scenarios for form in s.forms} == set(FORM_IDS)
    benign = [s for s in scenarios if not s.forms]
    assert benign
    for scenario in benign:
        for scene in scenario.scenes:
            assert scene.signal_ids == ()
            assert scene.correct_route_ids == (NO_REPORT,)
    scenes = [scene for s in scenarios for scene in s.scenes]
    assert sum(1 for scene in scenes if scene.illustration_svg) > len(scenes) / 2
    for scene in scenes:
        if scene.illustration_svg:
            # Every picture has something to click, and only observations of its own scene.
            assert "data-observation=" in scene.illustration_svg, scene.id


def test_every_signal_points_to_an_indicator_of_a_form_of_its_scenario() -> None:
    """A labour scenario should not teach signals the knowledge base files under other forms
    only; this keeps scenario feedback and the indicator catalogue telling the same story."""
    kb = load_knowledge_base()
    forms_of = {i.id: set(i.forms) for i in kb.indicators}
    for scenario in load_scenarios(kb=kb):
        for scene in scenario.scenes:
            for observation in scene.observations:
                if observation.signal:
                    linked = set().union(*(forms_of[i] for i in observation.indicators))
                    assert linked & set(scenario.forms), (scenario.id, observation.id)
