"""``load_scenarios`` imports the shipped files once, keeps trainers' copies, and is idempotent."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from signaalwijzer.knowledge import load_knowledge_base
from signaalwijzer.scenarios import load_scenarios
from signaalwijzer.web.apps.training.models import Observation, Scenario, Scene
from signaalwijzer.web.apps.training.selectors import scenario_as_domain
from signaalwijzer.web.apps.training.services import scenario_copy, scenario_import

pytestmark = pytest.mark.django_db


def test_shipped_scenarios_cover_all_forms_and_a_case_without_signals(scenarios: None) -> None:
    rows = list(Scenario.objects.all())
    assert len(rows) >= 8
    forms = {form for row in rows for form in row.forms}
    assert forms == {"sexual_exploitation", "labour_exploitation", "criminal_exploitation"}
    benign = [row for row in rows if not row.forms]
    assert benign, "at least one scenario where nothing is wrong"
    for row in benign:
        assert not Observation.objects.filter(scene__scenario=row, is_signal=True).exists()
    illustrated = Scene.objects.exclude(illustration_svg="").count()
    assert illustrated > Scene.objects.count() / 2, "most scenes have an illustration"


def test_database_rows_round_trip_to_the_same_scenario(scenarios: None) -> None:
    shipped = {s.id: s for s in load_scenarios(kb=load_knowledge_base())}
    for row in Scenario.objects.all():
        assert scenario_as_domain(scenario=row) == shipped[row.slug]


def test_second_run_changes_nothing(scenarios: None) -> None:
    before = list(Scene.objects.values_list("pk", flat=True))
    call_command("load_scenarios", verbosity=0)
    assert list(Scene.objects.values_list("pk", flat=True)) == before


def test_newer_version_replaces_shipped_but_never_a_copy(scenarios: None) -> None:
    original = Scenario.objects.get(slug="nail_salon")
    copy = scenario_copy(scenario=original)
    assert copy.origin == Scenario.Origin.CUSTOM and copy.is_published is False
    assert copy.scenes.count() == original.scenes.count()

    domain = scenario_as_domain(scenario=original)
    from dataclasses import replace

    newer = replace(domain, version=domain.version + 1, scenes=domain.scenes[:1])
    assert scenario_import(domain=newer) == "updated"
    assert Scenario.objects.get(slug="nail_salon").scenes.count() == 1
    assert Scenario.objects.get(pk=copy.pk).scenes.count() == len(domain.scenes)
    # An older or equal version never overwrites.
    assert scenario_import(domain=domain) == "unchanged"
