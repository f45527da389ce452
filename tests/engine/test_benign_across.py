"""A benign fact told over two sentences explains a signal away like one told in one sentence.

Financial sextortion (``shared/eval/GUIDELINES.md``: a crime, but no exploitation of a person into
sex work) is mostly told in two steps: the blackmail with pictures, then the demand for money.
It must not make the engine advise the police for sexual exploitation; a demand for sex, for
clients or for shows for others still does. The sentences are our own.
"""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase

SEX = "sexual_exploitation"

# Money demanded for pictures, over a sentence end: no form, no police.
MONEY_ONLY: list[str] = [
    "Mijn vriendin wordt gechanteerd met naaktfoto's. Hij eist 200 euro, anders zet hij ze online.",
    "Iemand op Instagram chanteert mijn broer met een filmpje. Hij vraagt 300 euro in bitcoin.",
    "Een onbekende heeft naaktfoto's van mijn zus. Hij wil 250 euro, anders stuurt hij ze naar "
    "haar werk.",
    "Hij eist 500 euro. Anders zet hij haar naaktfoto's online.",
    "Mijn zoon van 15 wordt gechanteerd met naaktfoto's. De man eist 100 euro via een tikkie.",
    "Someone is blackmailing my son with nude pictures. He wants 300 euros or he will send them "
    "to his friends.",
    "My daughter (14) is being blackmailed with naked pictures. The guy demands 50 dollars in "
    "gift cards.",
    "He demands 400 dollars. Otherwise the nude video goes to her parents.",
]

# The same blackmail, but the second sentence asks for sex or earnings with others: still a form.
SEX_DEMANDED: list[str] = [
    "Hij chanteert haar met naaktfoto's. Ze moet nu seks hebben met zijn vrienden, anders zet "
    "hij ze online.",
    "Hij chanteert haar met naaktfoto's. Ze moet geld verdienen met klanten en alles aan hem "
    "geven.",
    "He blackmails her with nude pictures. Now she has to do webcam shows for men who pay him.",
]


@pytest.mark.parametrize("text", MONEY_ONLY)
def test_money_demanded_for_pictures_over_two_sentences_is_no_form(
    real_kb: KnowledgeBase, text: str
) -> None:
    result = assess(kb=real_kb, text=text)
    assert "sextortion_nude_images" not in result.signal_ids
    assert result.form_ids == ()
    assert "police" not in result.channel_ids


@pytest.mark.parametrize("text", SEX_DEMANDED)
def test_blackmail_into_sex_for_others_stays_sexual_exploitation(
    real_kb: KnowledgeBase, text: str
) -> None:
    result = assess(kb=real_kb, text=text)
    assert SEX in result.form_ids
    assert "police" in result.channel_ids


@pytest.mark.parametrize(
    "text",
    [
        # The blackmail and the money are told far apart: nothing links them.
        "Hij chanteert haar met naaktfoto's. Ze woont bij hem en moet elke avond met mannen mee. "
        "Zijn vrienden betalen hem 100 euro per keer.",
    ],
)
def test_a_money_sentence_further_away_explains_nothing(real_kb: KnowledgeBase, text: str) -> None:
    assert SEX in assess(kb=real_kb, text=text).form_ids


def test_a_cross_sentence_fact_points_into_the_text(real_kb: KnowledgeBase) -> None:
    """The explained-away signal leaves no evidence, and other signals keep theirs."""
    text = (
        "Hij heeft haar paspoort afgepakt en ze werkt zeven dagen per week. Verder wordt ze "
        "gechanteerd met naaktfoto's. Hij eist 200 euro."
    )
    result = assess(kb=real_kb, text=text)
    assert "passport_held" in result.signal_ids
    assert "sextortion_nude_images" not in result.signal_ids
    for signal in result.signals:
        for span in signal.evidence:
            assert text[span.start : span.end] == span.text
