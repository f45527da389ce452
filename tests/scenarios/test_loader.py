"""Scenario files are validated completely: every broken reference is reported, never loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from signaalwijzer.knowledge.model import KnowledgeBase
from signaalwijzer.scenarios import ScenarioError, check_svg, load_scenarios, validate_scenarios

VALID = """
id = "salon"
version = 2
forms = ["labour_exploitation"]
title = { nl = "Salon", en = "Salon" }
summary = { nl = "Kort", en = "Short" }
debrief = { nl = "Nabespreking", en = "Debrief" }

[[scene]]
id = "counter"
title = { nl = "Balie", en = "Counter" }
situation = { nl = "Je ziet de balie.", en = "You see the counter." }
illustration = "salon.svg"
illustration_alt = { nl = "Een balie", en = "A counter" }

[[scene.observation]]
id = "mattresses"
text = { nl = "Matrassen", en = "Mattresses" }
signal = true
indicators = ["sleeps_at_work"]
feedback = { nl = "Ja", en = "Yes" }

[[scene.observation]]
id = "flowers"
text = { nl = "Bloemen", en = "Flowers" }
signal = false
feedback = { nl = "Nee", en = "No" }

[[scene.action]]
id = "note"
text = { nl = "Noteer", en = "Write down" }
correct = true
feedback = { nl = "Goed", en = "Good" }

[[scene.action]]
id = "confront"
text = { nl = "Spreek de baas aan", en = "Confront the boss" }
feedback = { nl = "Niet doen", en = "Do not" }

[[scene.route]]
channel = "labour_inspectorate"
correct = true
feedback = { nl = "Goed", en = "Good" }

[[scene.route]]
channel = "none"
feedback = { nl = "Nee", en = "No" }
"""

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">'
    '<rect width="100" height="50" fill="#eee"/>'
    '<g class="hotspot" data-observation="mattresses">'
    '<rect x="5" y="5" width="20" height="10"/></g>'
    "</svg>"
)


def _write(folder: Path, toml: str = VALID, svg: str = SVG) -> Path:
    (folder / "illustrations").mkdir(exist_ok=True)
    (folder / "illustrations" / "salon.svg").write_text(svg, encoding="utf-8")
    (folder / "salon.toml").write_text(toml, encoding="utf-8")
    return folder


def test_valid_file_loads_with_route_names_from_the_knowledge_base(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    (scenario,) = load_scenarios(kb=kb, path=_write(tmp_path))
    scene = scenario.scenes[0]
    assert scenario.version == 2
    assert scene.signal_ids == ("mattresses",)
    assert scene.routes[0].text.nl == "Kanaal labour_inspectorate (0800-5151)"
    assert scene.illustration_svg is not None
    assert 'aria-hidden="true"' in scene.illustration_svg


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ('indicators = ["sleeps_at_work"]', 'indicators = ["no_such"]', "indicators", "no_such"),
        ('channel = "labour_inspectorate"', 'channel = "fire_brigade"', "channel", "fire_brigade"),
        ('forms = ["labour_exploitation"]', 'forms = ["tax_fraud"]', "forms", "tax_fraud"),
        ('indicators = ["sleeps_at_work"]', "indicators = []", "indicators", "at least one"),
        (
            'correct = true\nfeedback = { nl = "Goed", en = "Good" }\n\n[[scene.action]]',
            'correct = false\nfeedback = { nl = "Goed", en = "Good" }\n\n[[scene.action]]',
            "action",
            "correct = true",
        ),
        (
            'text = { nl = "Bloemen", en = "Flowers" }',
            'text = { nl = "Bloemen" }',
            "text",
            "English",
        ),
        ('id = "flowers"', 'id = "mattresses"', "observation", "duplicate"),
        ("version = 2", 'version = "two"', "version", "whole number"),
        ('illustration = "salon.svg"', 'illustration = "missing.svg"', "illustration", "not found"),
    ],
)
def test_each_broken_field_is_reported_with_its_place(
    tmp_path: Path, kb: KnowledgeBase, old: str, new: str, field: str, message: str
) -> None:
    assert old in VALID
    problems = validate_scenarios(kb=kb, path=_write(tmp_path, VALID.replace(old, new, 1)))
    assert any(p.field == field and message in p.message for p in problems), problems
    assert all(p.file == "salon.toml" for p in problems)
    with pytest.raises(ScenarioError):
        load_scenarios(kb=kb, path=tmp_path)


def test_unreadable_toml_is_a_problem_not_a_crash(tmp_path: Path, kb: KnowledgeBase) -> None:
    problems = validate_scenarios(kb=kb, path=_write(tmp_path, "id = [unclosed"))
    assert len(problems) == 1
    assert "cannot be read" in problems[0].message


def test_empty_folder_is_a_problem(tmp_path: Path, kb: KnowledgeBase) -> None:
    assert validate_scenarios(kb=kb, path=tmp_path)


@pytest.mark.parametrize(
    ("svg", "message"),
    [
        (SVG.replace("<rect", "<script>alert(1)</script><rect", 1), "<script>"),
        (SVG.replace("<rect", '<rect onclick="x()"', 1), "event attributes"),
        (SVG.replace("<rect", '<rect style="fill:red"', 1), "style"),
        (SVG.replace('fill="#eee"', 'fill="url(https://evil.example/x)"'), "outside"),
        (SVG.replace("mattresses", "unicorn"), "unknown observation"),
        (SVG.replace(' viewBox="0 0 100 50"', ""), "viewBox"),
        ('<!DOCTYPE svg [<!ENTITY a "b">]>' + SVG, "DOCTYPE"),
        ("<svg", "well-formed"),
    ],
)
def test_illustrations_that_could_run_code_or_break_csp_are_refused(svg: str, message: str) -> None:
    problems, markup = check_svg(svg, hotspots={"mattresses", "flowers"})
    assert markup == ""
    assert any(message in p for p in problems), problems
