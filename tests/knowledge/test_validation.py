"""Validation reports every problem with file, entry and field, and never stops at the first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from signaalwijzer.knowledge import (
    KnowledgeBaseError,
    Problem,
    load_knowledge_base,
    pattern_problems,
    validate_knowledge_base,
)


def _only(problems: list[Problem], **match: str) -> Problem:
    found = [p for p in problems if all(getattr(p, k) == v for k, v in match.items())]
    assert len(found) == 1, f"expected one problem matching {match}, got {problems}"
    return found[0]


def test_shipped_knowledge_base_has_no_problems() -> None:
    assert validate_knowledge_base() == []


def test_a_valid_extra_indicator_is_accepted(
    kb_copy: Path, write_indicator: Callable[..., Path]
) -> None:
    write_indicator()
    assert validate_knowledge_base(kb_copy) == []
    kb = load_knowledge_base(kb_copy)
    assert kb.indicator("test_signal").patterns.nl == ("baas houdt paspoort*",)


def test_toml_syntax_error_names_file_and_line(kb_copy: Path) -> None:
    (kb_copy / "settings.toml").write_text('[[setting]]\nid = "x"\nname = {nl = \n', "utf-8")
    problem = _only(validate_knowledge_base(kb_copy), file="settings.toml")
    assert problem.entry == "line 3"
    assert "TOML syntax error" in problem.message


def test_invalid_utf8_is_a_problem_not_a_crash(kb_copy: Path) -> None:
    (kb_copy / "categories.toml").write_bytes(b"# ok\n# caf\xe9 \xff\n[[category]]\n")
    problem = _only(validate_knowledge_base(kb_copy), file="categories.toml")
    assert problem.entry == "line 2"
    assert "UTF-8" in problem.message


def test_missing_file_is_reported(kb_copy: Path) -> None:
    (kb_copy / "routing.toml").unlink()
    problem = _only(validate_knowledge_base(kb_copy), file="routing.toml")
    assert problem.message == "file is missing"


def test_unreadable_folder_is_reported(tmp_path: Path) -> None:
    problems = validate_knowledge_base(tmp_path / "nope")
    assert len(problems) == 1 and "not found" in problems[0].message


def test_missing_field(kb_copy: Path, write_indicator: Callable[..., Path]) -> None:
    path = write_indicator()
    path.write_text(path.read_text("utf-8").replace("weight = 0.5\n", ""), "utf-8")
    problem = _only(validate_knowledge_base(kb_copy), entry="test_signal", field="weight")
    assert problem.file == "indicators/zz_test.toml"
    assert problem.message == "missing"


def test_unknown_source_key(kb_copy: Path, write_indicator: Callable[..., Path]) -> None:
    write_indicator(sources='["ILO", "MADE-UP"]')
    problem = _only(validate_knowledge_base(kb_copy), entry="test_signal", field="sources")
    assert "MADE-UP" in problem.message


@pytest.mark.parametrize(
    ("override", "field", "fragment"),
    [
        ({"category": "gossip"}, "category", "unknown category"),
        ({"settings": '["moon_base"]'}, "settings", "unknown setting"),
        ({"forms": '["organ_trade"]'}, "forms", "unknown form"),
        ({"forms": "[]"}, "forms", "must not be empty"),
        ({"weight": "1.5"}, "weight", "outside"),
        ({"weight": "0"}, "weight", "outside"),
        ({"weight": '"high"'}, "weight", "must be a number"),
        ({"explanation_nl": "   "}, "explanation.nl", "is empty"),
        ({"id": "Passport Held"}, "id", "snake_case"),
        ({"sources": "[]"}, "sources", "must not be empty"),
    ],
)
def test_wrong_values_are_reported(
    kb_copy: Path,
    write_indicator: Callable[..., Path],
    override: dict[str, str],
    field: str,
    fragment: str,
) -> None:
    write_indicator(**override)
    problems = [p for p in validate_knowledge_base(kb_copy) if p.field == field]
    assert len(problems) == 1, problems
    assert problems[0].file == "indicators/zz_test.toml"
    assert fragment in problems[0].message


@pytest.mark.parametrize(
    "pattern",
    [
        "paspoort**",
        "pas*poort",
        "[paspoort",
        "a||b",
        "[optioneel]",
        "pa* weg",
        "Paspoort",
        "can't",
        "24/7",
        "",
        "een twee drie vier vijf zes zeven acht negen",
        "[heel erg] moe",
        "moe [heel erg]",
        "baas [houdt|heeft het] paspoort",
        "ziekenhuis| dokter",
        "ziekenhuis |dokter",
        "bang voor hem|de baas",
        "afraid of them|the boss",
    ],
)
def test_bad_pattern_syntax(
    kb_copy: Path, write_indicator: Callable[..., Path], pattern: str
) -> None:
    write_indicator(patterns_nl=f'["{pattern}"]')
    problem = _only(validate_knowledge_base(kb_copy), entry="test_signal", field="patterns.nl")
    assert repr(pattern) in problem.message


@pytest.mark.parametrize(
    "pattern",
    [
        "paspoort",
        "paspoort* afpakken|innemen",
        "*bureau",
        "*schuld*",
        "[de] baas",
        "# euro",
        "heel [erg] moe",
        "baas houdt zijn|haar|de paspoort*",
        "# euro per|an|a hour",
        "[het|de] ziekenhuis",
    ],
)
def test_good_pattern_syntax(pattern: str) -> None:
    assert pattern_problems(pattern) == []


def test_duplicate_id_across_files(kb_copy: Path, write_indicator: Callable[..., Path]) -> None:
    write_indicator(id="passport_held")
    problem = _only(validate_knowledge_base(kb_copy), entry="passport_held", field="id")
    assert problem.file == "indicators/zz_test.toml"
    assert "duplicate" in problem.message and "movement_documents.toml" in problem.message


def test_routing_condition_outside_the_vocabulary(kb_copy: Path) -> None:
    path = kb_copy / "routing.toml"
    path.write_text(path.read_text("utf-8").replace('when = "labour_only"', 'when = "sunny"'))
    problem = _only(validate_knowledge_base(kb_copy), file="routing.toml", field="when")
    assert problem.entry == "labour_only" and "sunny" in problem.message


def test_channel_tel_must_match_phone(kb_copy: Path) -> None:
    path = kb_copy / "channels.toml"
    path.write_text(path.read_text("utf-8").replace('tel = "09008844"', 'tel = "09008845"'))
    problem = _only(validate_knowledge_base(kb_copy), file="channels.toml", field="tel")
    assert problem.entry == "police"


def test_every_problem_is_reported_at_once(
    kb_copy: Path, write_indicator: Callable[..., Path]
) -> None:
    write_indicator(sources='["NOPE"]', weight="7")
    (kb_copy / "meta.toml").write_text('version = "latest"\n', "utf-8")
    problems = validate_knowledge_base(kb_copy)
    assert {(p.file, p.field) for p in problems} >= {
        ("indicators/zz_test.toml", "sources"),
        ("indicators/zz_test.toml", "weight"),
        ("meta.toml", "version"),
    }


def test_load_raises_with_all_problems(kb_copy: Path, write_indicator: Callable[..., Path]) -> None:
    write_indicator(category="gossip", weight="2")
    with pytest.raises(KnowledgeBaseError) as caught:
        load_knowledge_base(kb_copy)
    assert {p.field for p in caught.value.problems} == {"category", "weight"}
    assert "indicators/zz_test.toml: test_signal: category:" in str(caught.value)


def test_lexicon_is_loaded_when_present(kb_copy: Path) -> None:
    (kb_copy / "lexicon.toml").write_text(
        '[negation]\nnl = ["niet", "geen"]\nen = ["not"]\n', "utf-8"
    )
    kb = load_knowledge_base(kb_copy)
    assert kb.lexicon["negation"].nl == ("niet", "geen")
    assert kb.lexicon["negation"].get("en") == ("not",)


def test_lexicon_with_wrong_shape_is_reported(kb_copy: Path) -> None:
    (kb_copy / "lexicon.toml").write_text('negation = "niet"\n[acute]\nnl = "nu"\n', "utf-8")
    problems = validate_knowledge_base(kb_copy)
    assert {(p.file, p.entry) for p in problems} == {
        ("lexicon.toml", "negation"),
        ("lexicon.toml", "acute"),
    }


def test_routing_condition_may_combine_known_words(kb_copy: Path) -> None:
    path = kb_copy / "routing.toml"
    text = path.read_text("utf-8")
    path.write_text(text.replace('when = "labour_only"', 'when = "labour_only and not victim"'))
    assert validate_knowledge_base(kb_copy) == []
    path.write_text(text.replace('when = "labour_only"', 'when = "labour_only and not sunny"'))
    problem = _only(validate_knowledge_base(kb_copy), file="routing.toml", field="when")
    assert "'sunny'" in problem.message


@pytest.mark.parametrize(
    ("pattern", "fragments"),
    [
        ("[heel erg] moe", ["'[heel erg]'", "no optional phrase", "once with and once without"]),
        ("bang voor hem|haar|de baas", ["'hem|haar|de'", "followed by 'baas'", "'de baas'"]),
        ("ziekenhuis| eerste hulp", ["'ziekenhuis|'", "space next to '|'"]),
        ("ik zie|zie ik hoe", ["'zie|zie'", "repeated", "one pattern per multi-word alternative"]),
    ],
)
def test_what_the_syntax_cannot_express_is_named_with_a_way_out(
    pattern: str, fragments: list[str]
) -> None:
    """One message per mistake, saying what was read instead and how to write it."""
    messages = pattern_problems(pattern)
    assert len(messages) == 1, messages
    for fragment in fragments:
        assert fragment in messages[0]


def test_lexicon_patterns_follow_the_indicator_syntax(kb_copy: Path) -> None:
    path = kb_copy / "lexicon.toml"
    text = path.read_text("utf-8")
    text = text.replace('[negation]\nnl = ["niet", ', '[negation]\nnl = ["niet", "Nooit*", ')
    text = text.replace('[acute_now]\nnl = ["nu", ', '[acute_now]\nnl = ["nu", "[heel erg] snel", ')
    text = text.replace("[benign]\nnl = [", '[benign]\nnl = ["", ')
    text = text.replace("[topic]\nnl = [", '[topic]\nnl = ["mensen|de handel", ')
    text = text.replace("[anonymous]\nnl = [", '[anonymous]\nnl = ["x*", ')
    path.write_text(text, "utf-8")
    problems = [p for p in validate_knowledge_base(kb_copy) if p.file == "lexicon.toml"]
    assert {(p.entry, p.field) for p in problems} == {
        ("negation", "nl"),
        ("acute_now", "nl"),
        ("benign", "nl"),
        ("topic", "nl"),
        ("anonymous", "nl"),
    }
    by_entry = {p.entry: p.message for p in problems}
    assert "'Nooit*'" in by_entry["negation"] and "lower case" in by_entry["negation"]
    assert "no optional phrase" in by_entry["acute_now"]
    assert "is empty" in by_entry["benign"]
    assert "'de handel'" in by_entry["topic"]
    assert "shorter than 3" in by_entry["anonymous"]
    with pytest.raises(KnowledgeBaseError):
        load_knowledge_base(kb_copy)


def test_english_lexicon_patterns_are_checked_too(kb_copy: Path) -> None:
    path = kb_copy / "lexicon.toml"
    text = path.read_text("utf-8")
    path.write_text(text.replace('\nen = ["not", ', '\nen = ["not", "dont|", ', 1), "utf-8")
    problem = _only(validate_knowledge_base(kb_copy), file="lexicon.toml")
    assert (problem.entry, problem.field) == ("negation", "en")
    assert "'dont|'" in problem.message
