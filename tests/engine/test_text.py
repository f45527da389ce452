"""Text preparation: offsets stay valid in the input, lemmas and their overrides, language."""

from __future__ import annotations

import pytest

from signaalwijzer.engine.text import LEMMA_OVERRIDES, clean, detect_language, lemma, tokenise


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
