"""The learned layer raises acute danger only where the text names some danger, not a time alone.

A "now" word is everywhere in everyday writing ("I'm carrying a sofa upstairs right now"); what
makes a moment acute (``shared/eval/GUIDELINES.md``) is someone's safety at risk in it. The
sentences are our own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.engine import learned as learned_module
from signaalwijzer.engine.learned import MODEL_PATH
from signaalwijzer.knowledge import KnowledgeBase

# Everyday moments with a time word and nothing dangerous in them.
EVERYDAY_NOW: list[str] = [
    "I'm dragging a sofa up the stairs right now",
    "The neighbours are having a loud party right now, music and shouting",
    "The kids are fighting over the remote right now lol",
    "He is working right now at the warehouse, night shift until 6, normal contract",
    "she is crying right now because her boyfriend broke up with her",
    "Right now we are painting the living room and my son is helping",
    "Ik sjouw nu een kast naar de zolder, mijn buurman helpt mee",
    "Mijn dochter zit nu te huilen omdat haar vriendje het heeft uitgemaakt",
    "Vanavond werkt mijn man langer om een klus af te maken",
    "De buren hebben nu een feestje met harde muziek",
]

# The same moments with danger in them: these stay acute (by the rules or the learned layer).
DANGER_NOW: list[str] = [
    "Right now a man is dragging a girl into a van outside my house",
    "The boss has locked the workers in the shed right now and one of them is bleeding",
    "Er wordt nu iemand in elkaar geslagen voor het huis van de buren",
    "Ze zit nu opgesloten in de kelder en ze krijgt geen eten",
]


@pytest.mark.parametrize("text", EVERYDAY_NOW)
def test_a_time_word_without_danger_is_not_acute(real_kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=real_kb, text=text)
    assert not result.acute
    assert "emergency" not in result.channel_ids


@pytest.mark.parametrize("text", DANGER_NOW)
def test_danger_now_stays_acute(real_kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=real_kb, text=text)
    assert result.acute
    assert result.channel_ids[0] == "emergency"


def _always_acute_model(tmp_path: Path) -> Path:
    """The shipped weights, but the acute opinion says yes to every text and no form is added:
    what is left to decide acute danger is the gate in the engine."""
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    shipped["acute"] = {"bias": 8.0, "weights": {}}
    for form in shipped["forms"]:
        shipped["forms"][form] = {"bias": -8.0, "weights": {}}
    path = tmp_path / "always_acute.json"
    path.write_text(json.dumps(shipped), encoding="utf-8")
    return path


# (text, acute): with a model that always says "acute", only a time word plus danger, force or
# a form found by the rules may make it so; a time word alone not, in a short text.
GATE: list[tuple[str, bool]] = [
    ("I'm carrying a sofa upstairs right now.", False),
    ("Ik ben nu boodschappen aan het doen met mijn moeder.", False),
    ("We are cooking dinner tonight for the whole family.", False),
    # A form from the rules: people kept to work, told about now.
    (
        "Right now the boss keeps all their passports and they work 14 hours a day for 2 euros "
        "an hour.",
        True,
    ),
    # Force named with a time word, no form.
    ("Tonight he is forcing her again, she told me.", True),
    ("Hij dwingt haar vanavond weer, zei ze.", True),
]


@pytest.mark.parametrize(("text", "acute"), GATE)
def test_the_learned_layer_needs_danger_besides_a_time_word(
    real_kb: KnowledgeBase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    acute: bool,
) -> None:
    monkeypatch.setattr(learned_module, "_chosen_path", [_always_acute_model(tmp_path)])
    result = assess(kb=real_kb, text=text)
    assert result.acute is acute
    if acute:
        assert result.acute_reason is not None


def test_a_very_sure_model_needs_only_a_time_word_in_a_longer_text(
    real_kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plea nobody spells out ("she wrote 'help' on the mirror") has no danger word, but a
    model of words that is very sure about a text of some length may raise acute danger."""
    monkeypatch.setattr(learned_module, "_chosen_path", [_always_acute_model(tmp_path)])
    short = "I'm at the petrol station right now."
    longer = (
        "I'm at the petrol station on the motorway right now and a girl from the van at pump "
        "four just wrote something on the mirror in the toilet with her lipstick."
    )
    assert not assess(kb=real_kb, text=short).acute
    assert assess(kb=real_kb, text=longer).acute
    assert not assess(kb=real_kb, text=longer, learned=False).acute


def test_a_minor_fetched_tonight_is_acute_once_the_model_reads_the_story_as_sexual(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rules see a 13-year-old picked up tonight, but nothing sexual; when the learned layer
    finds sexual exploitation, the pickup is read again as one and is danger now."""
    text = (
        "Het nichtje van de buren is 13 en ze wordt vanavond om 9 uur opgehaald door een vriend "
        "van haar oom, ze gaan samen naar de kermis in de stad en ze krijgt van hem een nieuwe "
        "telefoon en wat geld, zegt ze."
    )
    rules = assess(kb=kb, text=text, learned=False)
    assert rules.minor and not rules.acute and not rules.form_ids
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    shipped["forms"]["sexual_exploitation"] = {"bias": -4.0, "weights": {"w:kermis": 9.0}}
    path = tmp_path / "model.json"
    path.write_text(json.dumps(shipped), encoding="utf-8")
    monkeypatch.setattr(learned_module, "_chosen_path", [path])
    result = assess(kb=kb, text=text)
    assert "sexual_exploitation" in result.form_ids
    assert result.acute and result.channel_ids[0] == "emergency"
