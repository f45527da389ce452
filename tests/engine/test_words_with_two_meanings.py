"""Words with two meanings in English: "escort" is sex work, "escorted" and "under escort" are
being guarded; "a 30-year-old man" is an older boyfriend only when he is the one she is seeing,
not when he is the one it happens to. Found in news and court texts about labour exploitation,
where such words made a second, sexual form. The sentences are our own."""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase

SEX = "sexual_exploitation"

GUARDED = [
    "The workers were escorted to and from the field by the foreman and slept in a shed.",
    "He was only allowed to the corner shop under escort, and worked seven days a week.",
    "The boss made them work late and escorted them back to the house every night.",
]
SEX_WORK = [
    "She works as an escort and her boyfriend takes all the money.",
    "Her pimp runs an escort agency from the flat and keeps their passports.",
    "He posts escort ads for the girls and they never see any of the money.",
]
GROWN_MEN = [
    "A 30-year-old man from Ghana was recruited to work on a fishing boat and never paid.",
    "A 45 year old man was found living in a garden shed behind the restaurant he worked for.",
]
OLDER_MEN = [
    "My niece is 15 and she is seeing a 30 year old man who picks her up from school.",
    "Her boyfriend is a 28 year old guy and he decides who she can talk to.",
]


@pytest.mark.parametrize("text", GUARDED)
def test_being_escorted_is_being_guarded_not_sex_work(real_kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=real_kb, text=text, learned=False)
    assert "escorted_guarded" in result.signal_ids
    assert "commercial_sex_context" not in result.signal_ids
    assert SEX not in result.form_ids


@pytest.mark.parametrize("text", SEX_WORK)
def test_escort_work_is_still_sex_work(real_kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=real_kb, text=text, learned=False)
    assert "commercial_sex_context" in result.signal_ids


@pytest.mark.parametrize("text", GROWN_MEN)
def test_a_grown_man_it_happens_to_is_no_older_boyfriend(real_kb: KnowledgeBase, text: str) -> None:
    assert "older_boyfriend_loverboy" not in assess(kb=real_kb, text=text).signal_ids


@pytest.mark.parametrize("text", OLDER_MEN)
def test_an_older_man_she_is_seeing_is_an_older_boyfriend(
    real_kb: KnowledgeBase, text: str
) -> None:
    assert "older_boyfriend_loverboy" in assess(kb=real_kb, text=text).signal_ids
