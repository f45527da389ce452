"""Texts that switch between Dutch and English are read with both languages' patterns.

People write the way they talk: "mijn neef werkt bij een car wash and the boss keeps his
passport", or an English note with the words someone said in Dutch. The engine reads a text in
its main language and, where a stretch is clearly in the other language, with that language's
patterns too. One stray word ("the", "a van", "die") does not make a text mixed, and who writes
is read in the main language only (the other stretch is mostly someone else's words).
The sentences are our own.
"""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.engine.text import detect_language, other_language_positions, tokenise
from signaalwijzer.knowledge import KnowledgeBase

LAB = "labour_exploitation"


def _other_words(text: str) -> list[str]:
    doc = tokenise(text)
    found = other_language_positions(doc, detect_language(doc))
    return [t.norm for i, t in enumerate(doc.tokens) if i in found]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "mijn neef werkt bij een car wash and the boss keeps his passport",
            ["and", "the", "boss", "keeps", "his", "passport"],
        ),
        # Switches at commas: mostly English, so the Dutch clauses are the other language.
        (
            "Haar vriend controleert alles, she is not allowed to go out alone, ze is erg stil.",
            ["haar", "vriend", "controleert", "alles", "ze", "is", "erg", "stil"],
        ),
        # English text, one sentence in Dutch.
        (
            "My neighbour works at a farm near us and he is always tired. Hij zei: de baas heeft "
            "mijn paspoort.",
            ["hij", "zei", "de", "baas", "heeft", "mijn", "paspoort"],
        ),
    ],
)
def test_the_stretch_in_the_other_language_is_found(text: str, words: list[str]) -> None:
    assert _other_words(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Ze werkt in de keuken van een restaurant, the boss is aardig.",  # one English word
        "Mijn dochter is fan van The Voice en kijkt elke week.",
        "A white van picks them up at the door and they could die of the heat in there.",
        "Jan de Vries from Den Haag called me yesterday about the workers.",
        "Er, I think the men are sleeping in the barn.",
        "Hij had een gebroken been, zei de dokter.",  # 'had', 'been' are Dutch here
    ],
)
def test_a_stray_word_does_not_make_a_text_mixed(text: str) -> None:
    assert _other_words(text) == []


# (text, signal the other language's patterns find, form): the signal is only in the stretch
# that is written in the other language.
FOUND_IN_THE_OTHER_LANGUAGE: list[tuple[str, str, str | None]] = [
    ("mijn neef werkt bij een car wash and the boss keeps his passport", "passport_held", LAB),
    (
        "Ik werk op een camping. Een van de Poolse jongens zei: we sleep in the barn, the boss "
        "keeps our papers and we get no money.",
        "passport_held",
        LAB,
    ),
    (
        "My neighbour from Poland works at a farm near us and he is always very tired when I "
        "see him. Hij zei: de baas heeft mijn paspoort en ik krijg geen loon.",
        "passport_held",
        LAB,
    ),
]


@pytest.mark.parametrize(("text", "signal", "form"), FOUND_IN_THE_OTHER_LANGUAGE)
def test_a_signal_in_the_other_language_is_found(
    real_kb: KnowledgeBase, text: str, signal: str, form: str | None
) -> None:
    result = assess(kb=real_kb, text=text)
    assert signal in result.signal_ids
    if form is not None:
        assert form in result.form_ids
    for found in result.signals:
        for span in found.evidence:
            assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "text",
    [
        "Ik zit op een Engelse les en we oefenen zinnen: the boss is nice and I have a day off "
        "on Sunday.",
        "Mijn collega is Engels. He works from home every day and has a lot of meetings, alles "
        "gewoon.",
        "Onze buurvrouw is Engelse. She runs a small hair salon in her kitchen, so there are "
        "many visitors, maar verder niks raars.",
        "My daughter has a job at the Albert Heijn, ze krijgt gewoon betaald en heeft een "
        "contract.",
    ],
)
def test_ordinary_mixed_texts_indicate_nothing(real_kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=real_kb, text=text)
    assert result.form_ids == ()
    assert not result.acute


def test_words_quoted_in_the_other_language_do_not_make_the_writer_the_victim(
    real_kb: KnowledgeBase,
) -> None:
    """A neighbour writes in Dutch and quotes a girl in English: what happens is read from the
    quote, who writes from the Dutch."""
    text = (
        "Ik woon boven een nagelsalon. Gisteren huilde een van de meisjes in het trappenhuis en "
        "zei tegen mij: 'I must work every day and the boss keeps my passport'."
    )
    result = assess(kb=real_kb, text=text)
    assert result.language == "nl"
    assert "passport_held" in result.signal_ids
    assert result.perspective == "bystander"
    assert result.channel_ids[0] == "labour_inspectorate"


def test_a_wish_quoted_in_the_other_language_is_not_the_writers(real_kb: KnowledgeBase) -> None:
    """The worker asks not to be named, in English; the Dutch writer does not: the report is
    not an anonymous one."""
    text = (
        "De baas houdt hun paspoorten en betaalt ze niet. Een van de mannen zei tegen mij in het "
        "Engels: they must never find out I told you about this."
    )
    result = assess(kb=real_kb, text=text)
    assert "passport_held" in result.signal_ids
    assert not result.anonymous


def test_a_forced_language_is_the_main_language(real_kb: KnowledgeBase) -> None:
    """The visitor's chosen language is the main one; the English stretch is still read."""
    text = "mijn neef werkt bij een car wash and the boss keeps his passport"
    result = assess(kb=real_kb, text=text, lang="nl")
    assert result.language == "nl"
    assert "passport_held" in result.signal_ids
