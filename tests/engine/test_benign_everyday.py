"""Ordinary arrangements that share words with signals: an owner who lives above his own shop, a
savings plan the worker chose, a cat in the kitchen, a child not yet allowed to cycle alone. The
sentences are written for these tests; the counterparts show the same words still count when
workers are the ones it happens to."""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    "text",
    [
        "The owner of the kebab shop sleeps above the shop because he lives there with his wife.",
        "De eigenaar van de snackbar woont boven de zaak met zijn vrouw en kinderen.",
        "My employer holds back part of my salary as a savings plan I signed up for and I can get "
        "it anytime.",
        "Mijn werkgever zet elke maand een deel van mijn loon apart in een spaarregeling waar ik "
        "zelf voor gekozen heb.",
        "De kat slaapt in de keuken.",
        "Mijn zoon van 10 mag nog niet alleen naar school fietsen.",
        "Right now I am stuck in traffic and my boss is waiting for me.",
    ],
)
def test_own_arrangements_are_no_signal_of_exploitation(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text).form_ids == ()


def test_one_phrase_is_one_signal(real_kb: KnowledgeBase) -> None:
    """ "Slaapt in de keuken" fits two indicators; it is one thing said, listed once."""
    text = "Onze hulp uit de Filipijnen slaapt in de keuken en krijgt geen loon."
    result = assess(kb=real_kb, text=text)
    assert "labour_exploitation" in result.form_ids
    spans = [tuple((e.start, e.end) for e in s.evidence) for s in result.signals]
    assert len(spans) == len(set(spans))


def test_workers_kept_at_the_shop_still_count(real_kb: KnowledgeBase) -> None:
    text = (
        "De eigenaar laat de meisjes boven de salon slapen, houdt hun paspoort en betaalt ze geen "
        "loon."
    )
    assert "labour_exploitation" in assess(kb=real_kb, text=text).form_ids
