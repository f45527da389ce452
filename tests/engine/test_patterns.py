"""The pattern language of knowledge/data/README.md, term by term, and the matcher's limits."""

from __future__ import annotations

import pytest

from signaalwijzer.engine.patterns import MAX_MATCHES_PER_PATTERN, check_pattern, compile_matcher
from signaalwijzer.engine.text import tokenise
from signaalwijzer.knowledge.loader import pattern_problems


def matches(pattern: str, text: str, lang: str = "nl") -> list[str]:
    matcher = compile_matcher(lang, [("x", pattern)])
    doc = tokenise(text)
    return [doc.text[doc.tokens[m.start].start : doc.tokens[m.end].end] for m in matcher.match(doc)]


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        # a word matches itself and every word with that lemma
        ("paspoort", "ze hebben de paspoorten", ["paspoorten"]),
        ("dwingen", "hij werd gedwongen", ["gedwongen"]),
        ("dwingen", "de baas dwong hem", ["dwong"]),
        ("werkgever", "mijn werkgever betaalt niet", ["werkgever"]),
        # one typo in words of 7+ letters, same first two letters
        ("paspoort", "hij heeft mijn pasport", ["pasport"]),
        ("paspoort", "zijn paspoord is weg", ["paspoord"]),
        ("klanten", "ze verzorgt de planten", []),
        ("paspoort", "hij heeft mijn pasport", ["pasport"]),
        ("slapen", "het slagen van de proef", []),
        # wildcards
        ("paspoort*", "paspoortafname door de baas", ["paspoortafname"]),
        ("*bureau", "via een uitzendbureau", ["uitzendbureau"]),
        ("*schuld*", "een reisschulden-verhaal", ["reisschulden"]),
        # alternatives and the number term
        ("slaan|schoppen", "ze schopten hem", ["schopten"]),
        ("# uur", "werkt 14 uur per dag", ["14 uur"]),
        ("# uur", "werkt veel uur", []),
        # order and gaps: at most 4 words between terms, same sentence
        ("baas paspoort", "de baas heeft zijn oude paspoort", ["baas heeft zijn oude paspoort"]),
        ("baas paspoort", "de baas heeft echt al heel lang zijn paspoort", []),
        ("baas paspoort", "het paspoort ligt bij de baas", []),
        ("baas paspoort", "dat is de baas. Het paspoort is weg", []),
        # optional terms
        (
            "[eigen] paspoort kwijt",
            "eigen paspoort kwijt",
            ["eigen paspoort kwijt", "paspoort kwijt"],
        ),
        ("[eigen] paspoort kwijt", "paspoort kwijt", ["paspoort kwijt"]),
        # English lemmas
        ("threaten", "they threatened his family", ["threatened"]),
        ("pimp", "he pimped her out", ["pimped"]),
    ],
)
def test_pattern_terms(pattern: str, text: str, found: list[str]) -> None:
    lang = "en" if pattern in ("threaten", "pimp") else "nl"
    assert matches(pattern, text, lang) == found


def test_evidence_is_the_tightest_span() -> None:
    assert matches("baas paspoort", "baas baas baas paspoort") == ["baas paspoort"]


@pytest.mark.parametrize(
    "bad",
    ["", "   ", "a|", "|a", "[a", "a]", "*", "**a", "a*b", "[a] [b]", "pas-poort", "x [a|]"],
)
def test_bad_patterns_are_reported(bad: str) -> None:
    assert check_pattern(bad) is not None


def test_engine_accepts_every_pattern_the_loader_accepts() -> None:
    for pattern in [
        "paspoort* afpakken|innemen",
        "[eigen] *schuld*",
        "# uur per dag",
        "cant leave",
    ]:
        assert pattern_problems(pattern) == []
        assert check_pattern(pattern) is None


def test_repeated_input_has_bounded_output() -> None:
    text = "baas paspoort " * 2000
    doc = tokenise(text)
    matcher = compile_matcher("nl", [("x", "baas [heeft] paspoort"), ("y", "*oort* *aas*")])
    found = matcher.match(doc)
    assert 0 < len(found) <= 2 * MAX_MATCHES_PER_PATTERN


def test_long_words_do_not_break_matching() -> None:
    text = ("a" * 5000) + " paspoort afgepakt " + ("b" * 4000)
    assert matches("paspoort afpakken", text) == ["paspoort afgepakt"]


def test_every_lexicon_cue_is_a_valid_pattern(real_kb) -> None:  # type: ignore[no-untyped-def]
    assert real_kb.lexicon, "lexicon.toml was not loaded"
    for key, patterns in real_kb.lexicon.items():
        for lang in ("nl", "en"):
            for pattern in patterns.get(lang):
                assert check_pattern(pattern) is None, (key, lang, pattern)
                assert pattern_problems(pattern) == [], (key, lang, pattern)


def test_a_bad_pattern_is_left_out_not_fatal() -> None:
    matcher = compile_matcher("nl", [("x", "e-bike*"), ("y", "paspoort")])
    doc = tokenise("zijn paspoort en een e-bike")
    assert [m.owner for m in matcher.match(doc)] == ["y"]
