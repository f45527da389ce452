"""Text preparation: offsets stay valid in the input, lemmas and their overrides, language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signaalwijzer.engine import text as text_module
from signaalwijzer.engine.text import (
    LEMMA_OVERRIDES,
    clean,
    detect_language,
    lemma,
    normalise_word,
    tokenise,
)


def test_tokens_point_into_the_original_text() -> None:
    text = "Zij   werkt\tbij de CARWASH, élke dag!"
    doc = tokenise(text)
    for token in doc.tokens:
        assert text[token.start : token.end].lower().replace("é", "e") == token.norm
    assert [t.norm for t in doc.tokens] == ["zij", "werkt", "bij", "de", "carwash", "elke", "dag"]


def test_control_characters_become_spaces_without_moving_offsets() -> None:
    text = "baas\x00heeft\x1bpaspoort\u200b"
    cleaned = clean(text)
    assert len(cleaned) == len(text)
    assert "\x00" not in cleaned and "\x1b" not in cleaned and "\u200b" not in cleaned
    assert [t.norm for t in tokenise(text).tokens] == ["baas", "heeft", "paspoort"]


def test_apostrophes_are_dropped_inside_words() -> None:
    norms = [t.norm for t in tokenise("He can't leave, m'n baas, doesn’t pay").tokens]
    assert norms == ["he", "cant", "leave", "mn", "baas", "doesnt", "pay"]


def test_sentences_split_on_stops_and_newlines_not_on_decimals() -> None:
    doc = tokenise("Hij kreeg 3.50 per uur. Daarna niks!\nNieuwe regel")
    sentences = [t.sentence for t in doc.tokens]
    assert sentences[0] == sentences[3]  # "hij kreeg 3 50" stays together
    assert len(set(sentences)) == 3


def test_comma_marks_a_clause_boundary() -> None:
    doc = tokenise("geen contract, wel loon")
    assert [t.comma_before for t in doc.tokens] == [False, False, True, False]


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("gedwongen", "nl", "dwingen"),
        ("dwong", "nl", "dwingen"),
        ("paspoorten", "nl", "paspoort"),
        ("werkgever", "nl", "werkgever"),  # simplemma says werkgeefster
        ("opgesloten", "nl", "opsluiten"),  # simplemma says op_sluiten
        ("ingehouden", "nl", "inhouden"),
        ("mn", "nl", "mijn"),
        ("threatened", "en", "threaten"),
        ("pimped", "en", "pimp"),
        ("brothels", "en", "brothel"),
        ("children", "en", "child"),
    ],
)
def test_lemmas(word: str, lang: str, expected: str) -> None:
    assert lemma(word, lang) == expected


def test_every_override_is_what_lemma_returns() -> None:
    for lang, table in LEMMA_OVERRIDES.items():
        for word, base in table.items():
            assert lemma(word, lang) == base


def test_separable_verb_underscore_is_removed() -> None:
    assert "_" not in lemma("ingenomen", "nl")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn buurman werkt elke dag tot laat en hij krijgt geen loon", "nl"),
        ("ik weet niet of dit de goeie plek is maar er klopt iets niet", "nl"),
        ("My neighbour works every day until late and he is not paid", "en"),
        ("i dont know if this is the right place but something is wrong", "en"),
        (
            "Pracuję w magazynie i nie dostaję pieniędzy, szef ma mój paszport i nie mogę wyjść",
            "pl",
        ),
        ("Lucrez la o fermă și nu primesc bani, șeful are pașaportul meu și nu pot pleca", "ro"),
    ],
)
def test_language_detection(text: str, expected: str) -> None:
    assert detect_language(tokenise(text)) == expected


def test_a_dutch_text_with_english_words_stays_dutch() -> None:
    text = "Hij zegt steeds 'no problem boss' maar hij werkt elke dag van 6 tot 10 en krijgt niks"
    assert detect_language(tokenise(text)) == "nl"


def _reference_tokens(text: str) -> list[tuple[int, int, str, int, bool, int]]:
    """The plain reading of the rules, word by word: a word's sentence is the number of sentence
    ends before it; it follows a comma when a clause mark stands between it and the word before;
    a new clause starts at every such mark and every new sentence."""
    cleaned = clean(text)
    ends = [m.end() for m in text_module._SENTENCE_END.finditer(cleaned)]
    marks = [m.start() for m in text_module._CLAUSE_MARK.finditer(cleaned)]
    out: list[tuple[int, int, str, int, bool, int]] = []
    previous_start, previous_sentence, clause = -1, 0, 0
    for match in text_module._WORD.finditer(cleaned):
        start, end = match.span()
        sentence = sum(1 for e in ends if e <= start)
        comma = any(previous_start < m < start for m in marks)
        if comma or sentence != previous_sentence:
            clause += 1
        previous_start, previous_sentence = start, sentence
        out.append((start, end, normalise_word(match.group()), sentence, comma, clause))
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "ze",
                "Werkt",
                "14",
                "uur",
                "m'n",
                "baas",
                "Één",
                ".",
                ",",
                "!",
                "?",
                ";",
                ":",
                "(",
                ")",
                " - ",
                "\n",
                "\n\n",
                " ",
                "  ",
                "\u2013",
                "...",
                "x.y",
                "3.5",
                "\x00",
                "can't",
            ]
        ),
        max_size=40,
    ).map(" ".join)
    | st.text(max_size=80)
)
def test_tokens_follow_the_plain_rules(text: str) -> None:
    """The piecewise tokeniser gives exactly what reading the rules word by word gives."""
    assert [tuple(t) for t in tokenise(text).tokens] == _reference_tokens(text)
